package city.parking.web;

import java.util.Locale;

/**
 * How full a lot is, in words the map and the lists share (the page script applies the same thresholds): plenty
 * when at least 30% of its spaces are free, few from 10%, full below; unknown when no sensor of it speaks.
 */
final class Levels {

    static final double PLENTY = 0.3;
    static final double FEW = 0.1;

    private Levels() {}

    static String level(int free, int total, int unknown) {
        if (total <= 0 || unknown >= total) {
            return "unknown";
        }
        double ratio = (double) free / total;
        if (ratio >= PLENTY) {
            return "plenty";
        }
        return ratio >= FEW ? "few" : "full";
    }

    /** How full a lot is for operators, by its occupancy rate among the spaces whose sensor speaks. */
    static String occupancyLevel(double rate, int known) {
        if (known <= 0) {
            return "unknown";
        }
        if (rate >= 0.9) {
            return "full";
        }
        return rate >= 0.7 ? "few" : "plenty";
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
