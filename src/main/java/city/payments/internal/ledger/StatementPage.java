package city.payments.internal.ledger;

import java.util.List;

/** A page of statement lines, newest first; pass {@code next} as {@code after} to read on (null on the last page). */
public record StatementPage(List<StatementLineView> items, String next) {}
