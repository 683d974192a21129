package city.parking.internal;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The citizen's live parking bookings, for the portal's "my city". */
@ApplicationScoped
class MyCityParking implements MyCitySection {

    private static final Heading HEADING = new Heading("parking", 30, "停车预约", "Parking bookings", "/parking/mine");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Bookings bookings;

    MyCityParking(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        return bookings.mine(subject, 20).stream()
                .filter(b -> b.status() == Booking.Status.BOOKED || b.status() == Booking.Status.ARRIVED)
                .limit(5)
                .map(b -> new MyCityItem(
                        b.plate() + " · " + b.lotNameZh(),
                        b.plate() + " · " + b.lotNameEn(),
                        b.status() == Booking.Status.BOOKED
                                ? TIME.format(b.arriveBy()) + " 前入场"
                                : "已入场，" + TIME.format(b.leaveBy()) + " 前离场",
                        b.status() == Booking.Status.BOOKED
                                ? "arrive by " + TIME.format(b.arriveBy())
                                : "parked, leave by " + TIME.format(b.leaveBy()),
                        "/parking/mine",
                        b.status() == Booking.Status.BOOKED))
                .toList();
    }
}
