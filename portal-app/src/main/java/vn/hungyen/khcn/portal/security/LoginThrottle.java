package vn.hungyen.khcn.portal.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chặn dò mật khẩu: counts failed sign-ins per account and per client address, and refuses further attempts of a
 * locked account or address — before the password is even checked, so the right password does not help either.
 * Signing in resets the account's count; an address's count runs out with its window only, so that an attacker's
 * own account cannot wipe the count of the address guessing other accounts' passwords.
 */
final class LoginThrottle {

    /** The longest user name the portal accepts: longer ones cannot exist, and are cut to bound the memory used. */
    private static final int MAX_KEY_LENGTH = 100;
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,45}");

    private final FailureTable accounts;
    private final FailureTable addresses;

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.accounts = new FailureTable(limits.maxFailures(), limits.failureWindow(), limits.lockout(),
                limits.maxLockout(), limits.trackedKeys(), clock);
        this.addresses = new FailureTable(limits.maxFailuresPerAddress(), limits.failureWindow(), limits.lockout(),
                limits.maxLockout(), limits.trackedKeys(), clock);
    }

    /** How long sign-ins to this account or from this address stay refused; zero when they may be tried now. */
    Duration lockedFor(String username, @Nullable String address) {
        Duration account = accounts.lockedFor(accountKey(username));
        Duration client = addresses.lockedFor(addressKey(address));
        return account.compareTo(client) >= 0 ? account : client;
    }

    void failed(String username, @Nullable String address) {
        accounts.fail(accountKey(username));
        addresses.fail(addressKey(address));
    }

    void succeeded(String username) {
        accounts.forget(accountKey(username));
    }

    int trackedAccounts() {
        return accounts.size();
    }

    int trackedAddresses() {
        return addresses.size();
    }

    /** User names are compared without case: MariaDB's collation finds "Admin" for "admin". */
    static String accountKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }

    /**
     * The client's address; an IPv6 address by its /64 network, since one subscriber usually holds a whole /64 and
     * could otherwise change address at each attempt.
     */
    static String addressKey(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        String a = address.strip();
        if (a.indexOf(':') >= 0 && IPV6.matcher(a).matches()) {
            return ipv6Network(a);
        }
        return a.length() <= 45 ? a : a.substring(0, 45);
    }

    /** The address's first 64 bits, e.g. {@code 2001:db8:0:1::/64}; the text as given when it is no IPv6 literal. */
    private static String ipv6Network(String literal) {
        try {
            // Only hex digits and colons reach here: parsed as a literal, never looked up in the DNS.
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length != 16) {
                return literal;
            }
            byte[] network = Arrays.copyOf(bytes, 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return literal.length() <= 45 ? literal : literal.substring(0, 45);
        }
    }
}
