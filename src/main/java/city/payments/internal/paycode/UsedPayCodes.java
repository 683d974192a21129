package city.payments.internal.paycode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pay codes already spent, by {@code jti}, in memory. An entry is kept only while its code could still pass
 * {@link PayCodeVerifier} (expiry plus clock skew) and a margin after, because once expired the code is refused
 * anyway: memory stays at about the number of codes spent in one lifetime.
 *
 * <p>In memory means per process: a restart forgets the codes spent in the last minute, and several instances do
 * not share the list; scanners keep their own list for the codes they accept offline.
 */
public final class UsedPayCodes {

    /**
     * Extra time an entry is kept after its code expires: covers the moment between a verify that just passed and
     * the mark that follows it, so that a sweep in between cannot let the same code through twice.
     */
    static final Duration MARGIN = Duration.ofSeconds(10);

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

    private final ConcurrentHashMap<String, Instant> forgetAfter = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep;
    private final Clock clock;

    public UsedPayCodes(Clock clock) {
        this.clock = clock;
        this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_EVERY));
    }

    /** Records the code as spent: true the first time, false if it was spent before (a replay). Atomic. */
    public boolean markUsed(PayCodeClaims claims) {
        sweepIfDue(clock.instant());
        Instant keepUntil = claims.expiresAt().plus(PayCodeVerifier.CLOCK_SKEW).plus(MARGIN);
        return forgetAfter.putIfAbsent(claims.jti(), keepUntil) == null;
    }

    /** Whether the code was spent, without spending it. */
    public boolean isUsed(PayCodeClaims claims) {
        return forgetAfter.containsKey(claims.jti());
    }

    /** How many spent codes are remembered now. */
    public int size() {
        return forgetAfter.size();
    }

    private void sweepIfDue(Instant now) {
        Instant due = nextSweep.get();
        // one caller sweeps; the others carry on without waiting
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            return;
        }
        forgetAfter.values().removeIf(until -> now.isAfter(until));
    }
}
