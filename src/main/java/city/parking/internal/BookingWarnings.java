package city.parking.internal;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Warns a citizen through the portal's notifications when the arrival window of their booking closes soon, once per
 * booking: the booking is marked warned in the transaction that writes the notification.
 */
@ApplicationScoped
public class BookingWarnings {

    /** How long before the end of the arrival window the citizen is told. */
    static final Duration AHEAD = Duration.ofMinutes(10);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final EntityManager em;
    private final LotDirectory directory;
    private final Notifications notifications;

    BookingWarnings(EntityManager em, LotDirectory directory, Notifications notifications) {
        this.em = em;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** Warns for the bookings whose window closes within {@link #AHEAD} of {@code now}; answers how many. */
    public int warn(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "select id from parking.booking where status = 'BOOKED'"
                                        + " and expiry_warned_at is null and arrive_by > ?1 and arrive_by <= ?2"
                                        + " order by arrive_by limit 500",
                                UUID.class)
                        .setParameter(1, now)
                        .setParameter(2, now.plus(AHEAD))
                        .getResultList()
                        .stream()
                        .map(UUID.class::cast)
                        .toList());
        int warned = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> warnOne(id, now))) {
                warned++;
            }
        }
        return warned;
    }

    private boolean warnOne(UUID id, Instant now) {
        int marked = em.createNativeQuery("update parking.booking set expiry_warned_at = ?2 where id = ?1"
                        + " and status = 'BOOKED' and expiry_warned_at is null")
                .setParameter(1, id)
                .setParameter(2, now)
                .executeUpdate();
        if (marked == 0) {
            return false;
        }
        Booking b = em.find(Booking.class, id);
        LotInfo lot = directory.lot(b.lotId).orElse(null);
        notifications.send(new NotificationRequest(
                b.citizenId,
                NotificationKind.BOOKING_EXPIRY,
                "booking_expiry",
                Map.of(
                        "lot_zh",
                        lot == null ? b.lotId : lot.nameZh(),
                        "lot_en",
                        lot == null ? b.lotId : lot.nameEn(),
                        "plate",
                        b.plate,
                        "until",
                        TIME.format(b.arriveBy),
                        "url",
                        "/parking/mine"),
                "parking:booking-expiry:" + b.id));
        return true;
    }
}
