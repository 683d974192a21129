package city.payments.internal;

import java.time.Instant;
import java.util.UUID;

/** A merchant with its balance waiting for settlement, in fen. */
public record MerchantView(
        UUID id, String code, String nameZh, String nameEn, String ownerId, long balanceFen, Instant createdAt) {}
