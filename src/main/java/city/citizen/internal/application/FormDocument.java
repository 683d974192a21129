package city.citizen.internal.application;

import java.util.List;

/** A document the form asks for: the media types allowed (sniffed from the content) and the largest size in bytes. */
public record FormDocument(
        String key, String nameZh, String nameEn, List<String> types, long maxBytes, boolean required) {

    public FormDocument {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The size limit as people read it: {@code 5 MB}, {@code 200 KB}. */
    public String sizeLimit() {
        if (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0) {
            return maxBytes / (1024 * 1024) + " MB";
        }
        return Math.max(1, maxBytes / 1024) + " KB";
    }
}
