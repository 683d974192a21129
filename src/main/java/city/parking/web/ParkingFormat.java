package city.parking.web;

import city.platform.web.Lang;
import city.platform.web.Yuan;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/**
 * Money and occupancy in the parking templates: {@code {parking:yuan(fen)}}, {@code {parking:plain(fen)}},
 * {@code {parking:level(free, total, unknown)}}, {@code {parking:percent(rate)}}.
 */
@TemplateExtension(namespace = "parking")
final class ParkingFormat {

    private ParkingFormat() {}

    static String yuan(long fen) {
        return Yuan.format(fen);
    }

    static String plain(long fen) {
        return Yuan.plain(fen);
    }

    /** How full a lot looks, as a CSS class: plenty, few, full, or unknown when no sensor speaks. */
    static String level(int free, int total, int unknown) {
        return Levels.level(free, total, unknown);
    }

    /** An occupancy rate (0 to 1) as a percentage with one decimal, such as 87.5%. */
    static String percent(double rate) {
        return Levels.percent(rate);
    }

    /** How long from one instant to another, in the page's language. */
    static String duration(Instant from, Instant to, boolean en) {
        return Durations.text(from, to, en ? Lang.EN : Lang.ZH);
    }
}
