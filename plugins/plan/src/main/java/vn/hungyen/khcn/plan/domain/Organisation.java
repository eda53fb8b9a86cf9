package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import vn.hungyen.khcn.content.domain.ContentChanges;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Đơn vị: a unit named in plans (a department office, a sub-department, a centre, another agency), with the
 * other spellings under which the plans name it ("Chi cục TCĐLCL" for "Chi cục Tiêu chuẩn Đo lường Chất lượng").
 */
@Entity
@EntityListeners(ContentChanges.Listener.class)
@Table(name = "plan_organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "slug", nullable = false, length = 200, unique = true)
    private String slug;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "short_name", length = 200)
    private @Nullable String shortName;

    /** Lazy: only the units page shows them, and every activity's units would otherwise load them too. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "alias", nullable = false, length = 500)
    private Set<String> aliases = new TreeSet<>();

    protected Organisation() {
        this.slug = "";
        this.name = "";
    }

    public Organisation(String name, @Nullable String shortName, Set<String> aliases) {
        this.name = name;
        this.slug = Slugs.of(name);
        this.shortName = shortName;
        this.aliases = new TreeSet<>(aliases);
        this.aliases.remove(name);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getShortName() {
        return shortName;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    public void addAliases(Set<String> more) {
        more.stream().filter(a -> !a.equals(name)).forEach(aliases::add);
    }
}
