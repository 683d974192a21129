package city.citizen.internal.certificate;

/** What a verifier learns of a certificate. */
public enum CertificateStatus {
    /** Issued by the city, not revoked, not past its validity. */
    VALID,
    /** Issued by the city and revoked since; the revocation says when and why. */
    REVOKED,
    /** Issued by the city, past the date it was valid until. */
    EXPIRED,
    /** Not a certificate of ours: no such code, or a document whose signature does not match. */
    UNKNOWN
}
