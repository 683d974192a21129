package city.citizen.api;

import java.util.Objects;

/**
 * One line of a "my city" section, in both languages.
 *
 * @param href where the line leads (the module's page of that thing), or null
 * @param attention whether the citizen should act on it (a fine to pay, a booking about to expire)
 */
public record MyCityItem(
        String textZh, String textEn, String detailZh, String detailEn, String href, boolean attention) {

    public MyCityItem {
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(textEn, "textEn");
    }

    /** A line whose text reads the same in both languages (a plate, an amount) and has no detail. */
    public static MyCityItem of(String zh, String en, String href, boolean attention) {
        return new MyCityItem(zh, en, null, null, href, attention);
    }
}
