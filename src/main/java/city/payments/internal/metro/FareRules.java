package city.payments.internal.metro;

import java.time.Duration;
import java.util.Objects;

/**
 * Beijing subway fares (since 28 December 2014) with account-based daily capping: a base fare by distance, the
 * monthly card discount, the daily cap, the overstay surcharge and the missing tap-out penalty. Pure: what the card
 * has paid comes in with each trip.
 */
public final class FareRules {

    public static final long DEFAULT_DAILY_CAP_FEN = 2000;
    public static final Duration DEFAULT_MAX_TIME_INSIDE = Duration.ofHours(4);

    private static final long MONTHLY_20_PERCENT_FROM_FEN = 10_000;
    private static final long MONTHLY_50_PERCENT_FROM_FEN = 15_000;
    private static final long MONTHLY_NO_DISCOUNT_FROM_FEN = 40_000;

    private final long dailyCapFen;
    private final Duration maxTimeInside;
    private final long overstaySurchargeFen;

    /**
     * @param dailyCapFen the most a card pays in fares in one day
     * @param maxTimeInside how long a trip may stay inside the paid area without the surcharge
     * @param overstaySurchargeFen what a trip that stays longer pays on top
     */
    public FareRules(long dailyCapFen, Duration maxTimeInside, long overstaySurchargeFen) {
        Objects.requireNonNull(maxTimeInside, "maxTimeInside");
        if (dailyCapFen < 0 || overstaySurchargeFen < 0) {
            throw new IllegalArgumentException("the daily cap and the surcharge must not be negative");
        }
        if (maxTimeInside.isNegative() || maxTimeInside.isZero()) {
            throw new IllegalArgumentException("the time allowed inside must be positive: " + maxTimeInside);
        }
        this.dailyCapFen = dailyCapFen;
        this.maxTimeInside = maxTimeInside;
        this.overstaySurchargeFen = overstaySurchargeFen;
    }

    /** The rules with the overstay surcharge set to the highest single fare on the network, as Beijing charges. */
    public static FareRules forNetwork(MetroNetwork network, long dailyCapFen, Duration maxTimeInside) {
        return new FareRules(dailyCapFen, maxTimeInside, highestFareFen(network));
    }

    /** The rules as configured; the surcharge defaults to the highest single fare on the network. */
    public static FareRules forNetwork(MetroNetwork network, MetroFareConfig config) {
        long surcharge = config.overstaySurchargeFen().orElseGet(() -> highestFareFen(network));
        return new FareRules(config.dailyCapFen(), config.maxTimeInside(), surcharge);
    }

    /** The base fare of the longest shortest trip on the network. */
    public static long highestFareFen(MetroNetwork network) {
        return baseFareFen(network.maxDistanceMeters());
    }

    /**
     * The fare by distance alone: up to 6 km 3 yuan, to 12 km 4, to 22 km 5, to 32 km 6, then one yuan more for each
     * further 20 km or part of it. Each band includes its upper bound.
     */
    public static long baseFareFen(int distanceMeters) {
        if (distanceMeters < 0) {
            throw new IllegalArgumentException("distance must not be negative: " + distanceMeters);
        }
        if (distanceMeters <= 6_000) {
            return 300;
        }
        if (distanceMeters <= 12_000) {
            return 400;
        }
        if (distanceMeters <= 22_000) {
            return 500;
        }
        if (distanceMeters <= 32_000) {
            return 600;
        }
        long further20Km = (distanceMeters - 32_000 + 19_999) / 20_000;
        return 600 + 100 * further20Km;
    }

    /**
     * The monthly card discount by what the card has paid this calendar month before the trip: none below 100 yuan,
     * 20% from 100, 50% from 150, none again from 400.
     */
    public static int discountPercent(long paidThisMonthFen) {
        if (paidThisMonthFen >= MONTHLY_NO_DISCOUNT_FROM_FEN) {
            return 0;
        }
        if (paidThisMonthFen >= MONTHLY_50_PERCENT_FROM_FEN) {
            return 50;
        }
        if (paidThisMonthFen >= MONTHLY_20_PERCENT_FROM_FEN) {
            return 20;
        }
        return 0;
    }

    /** The discount in fen, rounded half up. */
    static long discountFen(long baseFen, int percent) {
        return (baseFen * percent + 50) / 100;
    }

    /**
     * The fare of a trip that was tapped in and out: base fare, less the monthly discount (rounded half up to the
     * fen), cut down to what is left of the daily cap, plus the overstay surcharge, which is neither discounted nor
     * capped because it punishes the overstay rather than pays for the ride.
     */
    public Fare fare(FareInput trip) {
        long base = baseFareFen(trip.distanceMeters());
        int percent = Math.max(discountPercent(trip.paidThisMonthFen()), trip.concessionPercent());
        long discount = discountFen(base, percent);
        long discounted = base - discount;
        long capLeft = Math.max(0, dailyCapFen - trip.paidTodayFen());
        long capReduction = Math.max(0, discounted - capLeft);
        long surcharge = trip.timeInside().compareTo(maxTimeInside) > 0 ? overstaySurchargeFen : 0;
        long total = discounted - capReduction + surcharge;
        return new Fare(
                trip.distanceMeters(), base, discount, capReduction, surcharge, total, Fare.Kind.DISTANCE, percent);
    }

    /**
     * The penalty for a trip without a tap-out: the highest fare from its entry station, with no discount and no
     * cap, so that skipping the exit gate never pays.
     *
     * @param maxDistanceFromEntryMeters {@link MetroNetwork#maxDistanceMetersFrom(String)} of the entry station
     */
    public Fare missingTapOut(int maxDistanceFromEntryMeters) {
        long base = baseFareFen(maxDistanceFromEntryMeters);
        return new Fare(maxDistanceFromEntryMeters, base, 0, 0, 0, base, Fare.Kind.MISSING_TAP_OUT, 0);
    }

    /** The missing tap-out penalty for a trip that entered at this station. */
    public Fare missingTapOut(MetroNetwork network, String entryStation) {
        return missingTapOut(network.maxDistanceMetersFrom(entryStation));
    }

    public long dailyCapFen() {
        return dailyCapFen;
    }

    public Duration maxTimeInside() {
        return maxTimeInside;
    }

    public long overstaySurchargeFen() {
        return overstaySurchargeFen;
    }
}
