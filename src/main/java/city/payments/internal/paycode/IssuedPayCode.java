package city.payments.internal.paycode;

import java.time.Instant;

/** A freshly signed pay code to show as a QR code, and when it stops being accepted (before clock skew). */
public record IssuedPayCode(String code, Instant expiresAt) {

    @Override
    public String toString() {
        // the code is a bearer credential for its lifetime: keep it out of logs
        return "IssuedPayCode[expiresAt=" + expiresAt + "]";
    }
}
