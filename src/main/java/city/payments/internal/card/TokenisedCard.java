package city.payments.internal.card;

/** A card as we may keep it: the gateway's token and what the holder needs to recognise the card. */
public record TokenisedCard(String token, CardBrand brand, String last4, int expMonth, int expYear) {}
