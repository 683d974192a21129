package city.citizen.internal.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certificate as its holder and the issuing department see it. The verification code is a bearer secret of sorts:
 * whoever holds it can read what the certificate states, as with the printed document.
 */
public record CertificateView(
        UUID id,
        String number,
        String verificationCode,
        String typeCode,
        String typeZh,
        String typeEn,
        String holderName,
        String departmentCode,
        String departmentZh,
        String departmentEn,
        Instant issuedAt,
        LocalDate validUntil,
        List<Statement> statements,
        CertificateStatus status,
        Instant revokedAt,
        String revokedBy,
        String revokeReason,
        UUID caseId) {

    /** What anyone who verifies it learns: no ids, not who revoked it. */
    public Certified certified() {
        return new Certified(
                number,
                typeCode,
                typeZh,
                typeEn,
                holderName,
                departmentZh,
                departmentEn,
                issuedAt,
                validUntil,
                statements,
                revokedAt,
                revokeReason);
    }

    /** What a certificate states, as a verifier reads it. */
    public record Certified(
            String number,
            String typeCode,
            String typeZh,
            String typeEn,
            String holderName,
            String departmentZh,
            String departmentEn,
            Instant issuedAt,
            LocalDate validUntil,
            List<Statement> statements,
            Instant revokedAt,
            String revokeReason) {}
}
