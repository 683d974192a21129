package city.citizen.internal.certificate;

/**
 * The answer to "is this certificate genuine?".
 *
 * @param reason why it is not valid, in English, or null when valid
 * @param certificate what it states, or null when unknown
 */
public record Verification(CertificateStatus status, String reason, CertificateView.Certified certificate) {

    static Verification unknown(String reason) {
        return new Verification(CertificateStatus.UNKNOWN, reason, null);
    }

    static Verification of(CertificateView view) {
        String reason = switch (view.status()) {
            case VALID -> null;
            case REVOKED -> "Revoked: " + view.revokeReason();
            case EXPIRED -> "Valid until " + view.validUntil() + " only.";
            case UNKNOWN -> "Not a certificate of this city.";
        };
        return new Verification(view.status(), reason, view.certified());
    }
}
