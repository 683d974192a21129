package city.parking.internal;

import city.platform.rest.ProblemException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Chinese licence plates: a province character, a letter, then five characters (six for new-energy cars). */
public final class Plates {

    private static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-HJ-NP-Z0-9]{5,6}");

    private Plates() {}

    /** The plate in its canonical form (upper case, no spaces or dots), or a 400 problem naming {@code field}. */
    public static String normalise(String plate, String field) {
        String p = plate == null ? "" : plate.replaceAll("[\\s·.\\-]", "").toUpperCase(Locale.ROOT);
        if (!PLATE.matcher(p).matches()) {
            throw ProblemException.invalidField(field, "not a Chinese licence plate, such as 沪A12345");
        }
        return p;
    }
}
