package vn.hungyen.khcn.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per key (an account or a client address) in a table of bounded size: {@code threshold} failures
 * within the window lock the key, for a lock-out that doubles with each lock of the same key up to a maximum.
 *
 * <p>When the table is full, the quiet entries go first, then the least recently seen unlocked one; a locked key is
 * dropped only when every key is locked. Filling the table takes at least {@code capacity} failed sign-ins, which
 * the lock of the attacker's own address slows down, so a flood of invented names cannot wash out a real lock.
 */
final class FailureTable {

    private final int threshold;
    private final Duration window;
    private final Duration lockout;
    private final Duration maxLockout;
    private final int capacity;
    private final Clock clock;
    /** In access order: the eldest entry is the one seen longest ago. */
    private final LinkedHashMap<String, Strikes> entries = new LinkedHashMap<>(64, 0.75f, true);

    FailureTable(int threshold, Duration window, Duration lockout, Duration maxLockout, int capacity, Clock clock) {
        this.threshold = threshold;
        this.window = window;
        this.lockout = lockout;
        this.maxLockout = maxLockout;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** How long the key stays locked from now; zero when it is not locked. */
    synchronized Duration lockedFor(String key) {
        Strikes s = entries.get(key);
        Instant now = clock.instant();
        return s == null || !s.lockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, s.lockedUntil);
    }

    /** Counts a failure; the one that reaches the threshold locks the key. */
    synchronized void fail(String key) {
        Instant now = clock.instant();
        Strikes s = entries.get(key);
        if (s != null && s.isQuiet(now, window)) {
            entries.remove(key);
            s = null;
        }
        if (s == null) {
            makeRoom(now);
            s = new Strikes(now);
            entries.put(key, s);
        }
        if (s.windowStart.plus(window).isBefore(now)) {
            s.failures = 0;
            s.windowStart = now;
        }
        s.failures++;
        s.lastFailure = now;
        if (s.failures >= threshold) {
            s.lockedUntil = now.plus(lockDuration(s.lockouts));
            s.lockouts++;
            s.failures = 0;
            s.windowStart = now;
        }
    }

    /** Forgets the key's failures and lock-outs. */
    synchronized void forget(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private Duration lockDuration(int previousLockouts) {
        // lockout · 2^n, without overflow for any n.
        Duration d = lockout;
        for (int i = 0; i < previousLockouts && d.compareTo(maxLockout) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxLockout) > 0 ? maxLockout : d;
    }

    private void makeRoom(Instant now) {
        if (entries.size() < capacity) {
            return;
        }
        entries.values().removeIf(s -> s.isQuiet(now, window));
        if (entries.size() < capacity) {
            return;
        }
        Iterator<Map.Entry<String, Strikes>> eldestFirst = entries.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            if (!eldestFirst.next().getValue().lockedUntil.isAfter(now)) {
                eldestFirst.remove();
                return;
            }
        }
        Iterator<String> eldest = entries.keySet().iterator();
        eldest.next();
        eldest.remove();
    }

    private static final class Strikes {
        private int failures;
        private int lockouts;
        private Instant windowStart;
        private Instant lastFailure;
        private Instant lockedUntil = Instant.EPOCH;

        private Strikes(Instant now) {
            this.windowStart = now;
            this.lastFailure = now;
        }

        /**
         * No failure and no lock for a whole window: nothing worth remembering, lock-outs included. Someone who tries
         * again as soon as a lock ends meets a longer one.
         */
        private boolean isQuiet(Instant now, Duration window) {
            Instant lastActivity = lockedUntil.isAfter(lastFailure) ? lockedUntil : lastFailure;
            return lastActivity.plus(window).isBefore(now);
        }
    }
}
