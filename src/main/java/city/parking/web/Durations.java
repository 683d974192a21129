package city.parking.web;

import city.platform.web.Lang;
import java.time.Duration;
import java.time.Instant;

/** How long a stay lasted, as people say it: 2 小时 5 分钟, 2 h 5 min. */
final class Durations {

    private Durations() {}

    static String text(Instant from, Instant to, Lang lang) {
        if (from == null || to == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long rest = minutes % 60;
        return lang.messages(ParkingMsg.class).duration_value(days, hours, rest);
    }
}
