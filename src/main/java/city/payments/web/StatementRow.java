package city.payments.web;

import city.payments.internal.ledger.StatementLineView;
import city.payments.internal.ledger.TransferKind;
import java.util.Map;

/** A statement line with the name of its kind of transfer in both languages. */
public record StatementRow(StatementLineView line, String whatZh, String whatEn) {

    private static final Map<String, String[]> NAMES = Map.of(
            "TOPUP", new String[] {"充值", "Top-up"},
            "PAYMENT", new String[] {"付款", "Payment"},
            "REFUND", new String[] {"退款", "Refund"},
            "HOLD", new String[] {"预授权冻结", "Hold"},
            "HOLD_RELEASED", new String[] {"冻结释放", "Hold released"},
            "HOLD_EXPIRED", new String[] {"冻结到期释放", "Hold expired"},
            "SETTLEMENT", new String[] {"结算到银行", "Payout to bank"},
            "METRO_FARE", new String[] {"地铁车费", "Metro fare"});

    static StatementRow of(StatementLineView line) {
        String[] names = NAMES.getOrDefault(line.code(), new String[] {line.code(), line.code()});
        return new StatementRow(line, names[0], names[1]);
    }

    /** A hold that is neither captured nor released yet. */
    public boolean pending() {
        return line.kind() == TransferKind.PENDING;
    }

    public boolean incoming() {
        return line.amountFen() > 0;
    }
}
