package city.traffic.internal.network;

import java.util.Objects;

/** A place name in Simplified Chinese and English. */
public record Name(String zh, String en) {

    public Name {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a name needs both languages: " + zh + " / " + en);
        }
    }

    /** The same text in both languages: what a file without names (such as CityFlow's) gives. */
    public static Name of(String both) {
        return new Name(both, both);
    }
}
