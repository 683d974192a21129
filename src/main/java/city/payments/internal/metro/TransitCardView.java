package city.payments.internal.metro;

import java.time.Instant;

/** A transit card as its owner and staff see it; {@code balanceFen} is the card's own value when preloaded. */
public record TransitCardView(
        String number,
        TransitCard.Kind kind,
        TransitCard.Status status,
        String ownerId,
        Long balanceFen,
        Instant createdAt) {}
