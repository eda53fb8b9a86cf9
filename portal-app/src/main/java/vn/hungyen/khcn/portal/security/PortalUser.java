package vn.hungyen.khcn.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Người dùng: an editor, admin or reporter who signs in; readers need no account. */
@Entity
@Table(name = "portal_user")
class PortalUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    /** Only ever a hash with its algorithm prefix, e.g. {@code {bcrypt}$2a$10$…}. */
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Comma-separated role names ({@code EDITOR,ADMIN}). */
    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    /** Comma-separated slugs of the units a reporter reports for; empty for editors and admins. */
    @Column(name = "units", nullable = false, length = 2000)
    private String units = "";

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PortalUser() {
        this.username = "";
        this.passwordHash = "";
        this.displayName = "";
        this.roles = "";
    }

    PortalUser(String username, String passwordHash, String displayName, Set<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = String.join(",", roles.stream().sorted().toList());
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    List<String> getRoles() {
        return roles.isBlank() ? List.of() : Arrays.stream(roles.split(",")).map(String::strip).toList();
    }

    List<String> getUnits() {
        return units.isBlank() ? List.of() : Arrays.stream(units.split(",")).map(String::strip).toList();
    }

    void setUnits(Set<String> unitSlugs) {
        this.units = String.join(",", unitSlugs.stream().sorted().toList());
    }

    boolean isEnabled() {
        return enabled;
    }

    void disable() {
        this.enabled = false;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
