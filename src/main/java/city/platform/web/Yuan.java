package city.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** Amounts as people read and type them: yuan with two decimals on the page, fen (a long) everywhere else. */
public final class Yuan {

    private Yuan() {}

    /** Such as ¥1,234.50; zero is ¥0.00 (a balance is never "free"). */
    public static String format(long fen) {
        String text = NumberFormat.getCurrencyInstance(Locale.CHINA).format(BigDecimal.valueOf(Math.abs(fen), 2));
        return fen < 0 ? "-" + text : text;
    }

    /** With its sign, for statements: +¥12.50, -¥3.00. */
    public static String signed(long fen) {
        return (fen > 0 ? "+" : "") + format(fen);
    }

    /** As a form value: 12.50. */
    public static String plain(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * The fen of an amount typed in yuan (such as {@code 12.5}, {@code ¥1,000}), or null after putting the reason
     * under {@code field} in {@code errors}.
     */
    public static Long parse(
            String typed, long minFen, long maxFen, Lang lang, Map<String, String> errors, String field) {
        String text = typed == null
                ? ""
                : typed.strip()
                        .replace(",", "")
                        .replace("，", "")
                        .replace("¥", "")
                        .replace("￥", "");
        if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        Msg msg = lang.messages(Msg.class);
        if (text.isEmpty()) {
            errors.put(field, msg.amount_missing());
            return null;
        }
        BigDecimal yuan;
        try {
            yuan = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.put(field, msg.amount_not_a_number());
            return null;
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            errors.put(field, msg.amount_too_precise());
            return null;
        }
        long fen;
        try {
            fen = yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            fen = Long.MAX_VALUE;
        }
        if (fen < minFen || fen > maxFen) {
            errors.put(field, msg.amount_range(format(minFen), format(maxFen)));
            return null;
        }
        return fen;
    }
}
