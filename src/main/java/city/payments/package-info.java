/**
 * The city's one payment system: a double-entry ledger with wallets, bank cards, transit cards and metro fares,
 * merchant payments, and charges that other modules request through {@link city.payments.api.Payments}.
 */
package city.payments;
