package city.traffic.api;

/**
 * When a green wave switches a signal for an emergency vehicle and when it hands it back (ADR 0011): a signal on the
 * route is preempted once the vehicle is within {@code leadSeconds} of its intersection at its current speed, and at
 * least {@code minLeadMetres}; it goes back to its controller once the vehicle is {@code passedMetres} past the
 * intersection's centre, or once it has held the signal {@code maxHoldSeconds} without getting past (NTCIP 1211's
 * maximum presence: a vehicle stuck in a queue, behind a car that turns where the held phase does not let it, must not
 * starve the other movements for good; the signal is then not preempted again for that trip). The live green wave and
 * the digital twin's offline one both read {@link #CITY}, so the two cannot drift apart.
 */
public record GreenWaveRule(double leadSeconds, double minLeadMetres, double passedMetres, double maxHoldSeconds) {

    /**
     * The city's rule: 30 s ahead (a cut green, yellow, all-red and the queue in front of the vehicle), at least
     * 150 m, released 15 m past the centre or after 90 s held (three times the lead: a vehicle that has not got
     * through by then is stuck behind something the held phase cannot clear).
     */
    public static final GreenWaveRule CITY = new GreenWaveRule(30, 150, 15, 90);

    public GreenWaveRule {
        if (!(leadSeconds >= 0) || !(minLeadMetres >= 0) || !(passedMetres >= 0) || !(maxHoldSeconds > 0)) {
            throw new IllegalArgumentException("the green wave's distances and times are not negative");
        }
    }

    /** How far ahead (metres) signals are preempted for a vehicle at {@code speedMetresPerSecond}. */
    public double leadMetres(double speedMetresPerSecond) {
        return Math.max(minLeadMetres, Math.max(0, speedMetresPerSecond) * leadSeconds);
    }

    /** Whether a signal whose intersection centre is {@code metresAhead} of the vehicle is to be preempted now. */
    public boolean preempts(double metresAhead, double speedMetresPerSecond) {
        return metresAhead <= leadMetres(speedMetresPerSecond) && !passed(-metresAhead);
    }

    /** Whether a vehicle {@code metresPast} the intersection's centre (negative: before it) has crossed it. */
    public boolean passed(double metresPast) {
        return metresPast > passedMetres;
    }

    /** Whether a signal preempted {@code heldSeconds} ago for a vehicle that has not passed goes back now. */
    public boolean heldTooLong(double heldSeconds) {
        return heldSeconds >= maxHoldSeconds;
    }
}
