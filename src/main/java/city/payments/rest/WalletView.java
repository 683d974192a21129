package city.payments.rest;

/** A citizen's wallet, in fen: {@code availableFen} is what can be spent now, {@code heldFen} is reserved. */
public record WalletView(String account, long balanceFen, long availableFen, long heldFen) {}
