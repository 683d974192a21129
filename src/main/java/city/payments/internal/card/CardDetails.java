package city.payments.internal.card;

/**
 * A card as typed by its holder, on its way to the gateway. Never stored and never logged: {@link #toString}
 * masks the number and hides the CVV.
 *
 * @param number 12 to 19 digits; spaces are allowed and ignored
 * @param expYear four digits, or two meaning 20xx
 */
public record CardDetails(String number, int expMonth, int expYear, String cvv, String holderName) {

    @Override
    public String toString() {
        String digits = number == null ? "" : number.replace(" ", "");
        String last4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : "";
        return "CardDetails[number=****" + last4 + ", expMonth=" + expMonth + ", expYear=" + expYear
                + ", cvv=***, holderName=" + holderName + "]";
    }
}
