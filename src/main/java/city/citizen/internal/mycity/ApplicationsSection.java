package city.citizen.internal.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.Casework;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The citizen's open applications and drafts with where each stands. */
@ApplicationScoped
class ApplicationsSection implements MyCitySection {

    private static final Heading HEADING =
            new Heading("applications", 10, "我的办件", "My applications", "/citizen/applications");

    private final Casework casework;

    ApplicationsSection(Casework casework) {
        this.casework = casework;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        return casework.mine(subject).stream()
                .filter(c -> c.status() == CaseStatus.DRAFT || c.status().open())
                .limit(5)
                .map(c -> new MyCityItem(
                        c.serviceNameZh(),
                        c.serviceNameEn(),
                        (c.reference() == null ? "" : c.reference() + " · ")
                                + c.status().labelZh()
                                + (c.overdue() ? " · 已超期" : ""),
                        (c.reference() == null ? "" : c.reference() + " · ")
                                + c.status().labelEn()
                                + (c.overdue() ? " · overdue" : ""),
                        "/citizen/applications",
                        c.status() == CaseStatus.NEEDS_INFO || c.status() == CaseStatus.DRAFT))
                .toList();
    }
}
