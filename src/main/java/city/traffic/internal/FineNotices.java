package city.traffic.internal;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import city.parking.api.ParkingApi;
import city.platform.web.Yuan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the citizen who registered a plate that a violation was recorded on it, through the portal's notifications,
 * in the transaction that records the violation (so a violation and its notice exist together, once each).
 */
@ApplicationScoped
class FineNotices {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ParkingApi parking;
    private final Notifications notifications;

    FineNotices(ParkingApi parking, Notifications notifications) {
        this.parking = parking;
        this.notifications = notifications;
    }

    void recorded(
            UUID violationId,
            Violations.Kind kind,
            String plate,
            Instant at,
            String placeZh,
            String placeEn,
            long fineFen) {
        parking.ownerOf(plate)
                .ifPresent(owner -> notifications.send(new NotificationRequest(
                        owner,
                        NotificationKind.TRAFFIC_FINE,
                        "traffic_fine",
                        Map.of(
                                "plate",
                                plate,
                                "time",
                                TIME.format(at),
                                "place_zh",
                                placeZh,
                                "place_en",
                                placeEn,
                                "violation_zh",
                                kind == Violations.Kind.RED_LIGHT ? "闯红灯" : "超速",
                                "violation_en",
                                kind == Violations.Kind.RED_LIGHT ? "running a red light" : "speeding",
                                "amount",
                                Yuan.plain(fineFen),
                                "url",
                                "/traffic/fines"),
                        "traffic:violation:" + violationId)));
    }
}
