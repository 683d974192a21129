package city.payments.internal.paycode;

import java.time.Instant;

/** What a verified pay code says: who pays, its one-time id, the key that signed it and when it is valid. */
public record PayCodeClaims(String payerRef, String jti, String kid, Instant issuedAt, Instant expiresAt) {}
