package city.citizen.internal.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import city.citizen.internal.certificate.CertificateStatus;
import city.citizen.internal.certificate.Certificates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The citizen's licences: valid ones first, with what needs attention (revoked, expired, expiring soon). */
@ApplicationScoped
class LicencesSection implements MyCitySection {

    private static final Heading HEADING = new Heading("licences", 15, "我的证照", "My licences", "/citizen/licences");

    private final Certificates certificates;

    LicencesSection(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        return certificates.mine(subject).stream()
                .limit(5)
                .map(c -> new MyCityItem(
                        c.typeZh(),
                        c.typeEn(),
                        c.number() + " · "
                                + switch (c.status()) {
                                    case VALID -> c.validUntil() == null ? "长期有效" : "有效期至 " + c.validUntil();
                                    case REVOKED -> "已注销";
                                    case EXPIRED -> "已过期";
                                    case UNKNOWN -> "";
                                },
                        c.number() + " · "
                                + switch (c.status()) {
                                    case VALID ->
                                        c.validUntil() == null
                                                ? "valid until revoked"
                                                : "valid until " + c.validUntil();
                                    case REVOKED -> "revoked";
                                    case EXPIRED -> "expired";
                                    case UNKNOWN -> "";
                                },
                        "/citizen/licences",
                        c.status() != CertificateStatus.VALID))
                .toList();
    }
}
