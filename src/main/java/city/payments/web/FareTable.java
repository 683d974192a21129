package city.payments.web;

import city.payments.internal.metro.FareRules;
import city.payments.internal.metro.MetroFareConfig;
import city.payments.internal.metro.MetroNetwork;
import city.payments.internal.metro.MetroNetworkLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The metro fare table as staff read it, taken from {@link FareRules} itself rather than restated: the bands and
 * tiers are where the rules' answers change, so the table cannot drift from what trips are charged.
 */
@ApplicationScoped
public class FareTable {

    /** The discount tiers are probed up to this much paid in a month; the last tier runs on from its start. */
    private static final long DISCOUNT_PROBE_LIMIT_FEN = 1_000_000;

    private final MetroNetworkLoader loader;
    private final MetroFareConfig config;
    private final List<DiscountTier> tiers = tiers();

    FareTable(MetroNetworkLoader loader, MetroFareConfig config) {
        this.loader = loader;
        this.config = config;
    }

    /** Trips longer than {@code fromMeters} and up to {@code toMeters} (both included for the first) pay the fare. */
    public record DistanceBand(int fromMeters, int toMeters, long fareFen) {

        public String fromKm() {
            return km(fromMeters);
        }

        public String toKm() {
            return km(toMeters);
        }
    }

    /** What a card has paid this month, from {@code fromFen} up to {@code toFen} (null: and more), and its discount. */
    public record DiscountTier(long fromFen, Long toFen, int percent) {}

    /** The whole table. */
    public record Table(
            List<DistanceBand> bands,
            List<DiscountTier> tiers,
            long dailyCapFen,
            Duration maxTimeInside,
            long overstaySurchargeFen,
            int longestTripMeters,
            long highestFareFen,
            int lines,
            int stations) {

        public String longestTripKm() {
            return km(longestTripMeters);
        }

        public long maxTimeInsideHours() {
            return maxTimeInside.toHours();
        }

        public long maxTimeInsideMinutes() {
            return maxTimeInside.toMinutesPart();
        }
    }

    public Table table() {
        MetroNetwork network = loader.network();
        FareRules rules = FareRules.forNetwork(network, config);
        int longest = network.maxDistanceMeters();
        return new Table(
                bands(longest),
                tiers,
                rules.dailyCapFen(),
                rules.maxTimeInside(),
                rules.overstaySurchargeFen(),
                longest,
                FareRules.highestFareFen(network),
                network.lines().size(),
                network.stationCodes().size());
    }

    /** The distance bands up to the longest trip on the network (at least the first band). */
    static List<DistanceBand> bands(int longestMeters) {
        List<DistanceBand> bands = new ArrayList<>();
        int from = 0;
        long fare = FareRules.baseFareFen(0);
        for (int m = 1; m <= longestMeters; m++) {
            long f = FareRules.baseFareFen(m);
            if (f != fare) {
                bands.add(new DistanceBand(from, m - 1, fare));
                from = m - 1;
                fare = f;
            }
        }
        // the band the longest trip falls in runs on to where the rules change next
        int to = Math.max(longestMeters, 1);
        while (FareRules.baseFareFen(to + 1) == fare && to < longestMeters + 100_000) {
            to++;
        }
        bands.add(new DistanceBand(from, to, fare));
        return bands;
    }

    static List<DiscountTier> tiers() {
        List<DiscountTier> tiers = new ArrayList<>();
        long from = 0;
        int percent = FareRules.discountPercent(0);
        for (long fen = 1; fen <= DISCOUNT_PROBE_LIMIT_FEN; fen++) {
            int p = FareRules.discountPercent(fen);
            if (p != percent) {
                tiers.add(new DiscountTier(from, fen, percent));
                from = fen;
                percent = p;
            }
        }
        tiers.add(new DiscountTier(from, null, percent));
        return tiers;
    }

    static String km(int meters) {
        return meters % 1000 == 0
                ? Integer.toString(meters / 1000)
                : BigDecimal.valueOf(meters, 3).stripTrailingZeros().toPlainString();
    }
}
