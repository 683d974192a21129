package city.citizen.internal.certificate;

import java.util.List;

/**
 * A kind of certificate and the answers of the application it states.
 *
 * @param validMonths null when valid until revoked
 */
public record CertificateType(
        String code, String numberPrefix, String nameZh, String nameEn, Integer validMonths, List<String> fields) {}
