package city.traffic.internal;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import city.platform.web.Yuan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The unpaid violations on the citizen's registered plates, for the portal's "my city". */
@ApplicationScoped
class MyCityFines implements MyCitySection {

    private static final Heading HEADING = new Heading("fines", 40, "交通违法", "Traffic violations", "/traffic/fines");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Fines fines;

    MyCityFines(Fines fines) {
        this.fines = fines;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        return fines.of(subject).stream()
                .filter(v -> !v.paid())
                .limit(5)
                .map(v -> new MyCityItem(
                        v.plate() + " · " + (v.kind() == Violations.Kind.RED_LIGHT ? "闯红灯" : "超速") + " · "
                                + Yuan.format(v.fineFen()) + " 未缴",
                        v.plate() + " · " + (v.kind() == Violations.Kind.RED_LIGHT ? "red light" : "speeding") + " · "
                                + Yuan.format(v.fineFen()) + " unpaid",
                        TIME.format(v.observedAt()) + " · " + v.roadNameZh(),
                        TIME.format(v.observedAt()) + " · " + v.roadNameEn(),
                        "/traffic/fines",
                        true))
                .toList();
    }
}
