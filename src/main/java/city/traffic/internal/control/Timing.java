package city.traffic.internal.control;

/**
 * The timing limits of one intersection, in seconds. Yellow is 3 to 6 s and all-red 0 to 6 s in fair weather
 * (MUTCD ranges); {@link #yellowIn(Weather)} and {@link #allRedIn(Weather)} add the adverse-weather second.
 * {@code preemptionMinGreen} is the shortest green an emergency preemption may cut a phase to.
 */
public record Timing(int minGreen, int maxGreen, int yellow, int allRed, int preemptionMinGreen) {

    /** 10 s minimum and 60 s maximum green, 3 s yellow, 2 s all-red, preemption may cut green to 5 s. */
    public static final Timing DEFAULT = new Timing(10, 60, 3, 2);

    public Timing {
        if (minGreen < 1 || maxGreen < minGreen) {
            throw new IllegalArgumentException("need 1 <= minGreen <= maxGreen, got " + minGreen + ", " + maxGreen);
        }
        if (yellow < 3 || yellow > 6 || allRed < 0 || allRed > 6) {
            throw new IllegalArgumentException(
                    "yellow must be 3..6 s and all-red 0..6 s, got " + yellow + ", " + allRed);
        }
        if (preemptionMinGreen < 1 || preemptionMinGreen > minGreen) {
            throw new IllegalArgumentException("preemptionMinGreen must be 1..minGreen, got " + preemptionMinGreen);
        }
    }

    /** Preemption may cut the minimum green to 5 s, or to the minimum green if that is shorter. */
    public Timing(int minGreen, int maxGreen, int yellow, int allRed) {
        this(minGreen, maxGreen, yellow, allRed, Math.min(minGreen, 5));
    }

    public int yellowIn(Weather weather) {
        return weather.adverse() ? yellow + 1 : yellow;
    }

    public int allRedIn(Weather weather) {
        return weather.adverse() ? allRed + 1 : allRed;
    }

    /** Yellow plus all-red: the time one change of phase takes. */
    public int clearanceIn(Weather weather) {
        return yellowIn(weather) + allRedIn(weather);
    }
}
