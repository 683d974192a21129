package city.payments.internal.card;

/** The card scheme, told from the leading digits of the number (its issuer identification number). */
public enum CardBrand {
    VISA,
    MASTERCARD,
    UNIONPAY,
    AMEX,
    OTHER;

    /** The brand of a card number of digits only. */
    public static CardBrand of(String digits) {
        if (digits.startsWith("4")) {
            return VISA;
        }
        if (digits.startsWith("34") || digits.startsWith("37")) {
            return AMEX;
        }
        // UnionPay issues from 62; Discover co-brands part of that range, which UnionPay still routes in China
        if (digits.startsWith("62")) {
            return UNIONPAY;
        }
        int two = leading(digits, 2);
        int four = leading(digits, 4);
        // Mastercard: 51-55 and, since 2017, 2221-2720
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return MASTERCARD;
        }
        return OTHER;
    }

    private static int leading(String digits, int count) {
        return digits.length() < count ? -1 : Integer.parseInt(digits.substring(0, count));
    }
}
