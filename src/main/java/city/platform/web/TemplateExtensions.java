package city.platform.web;

import io.quarkus.qute.TemplateExtension;

/** Helpers available in every template. */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {}

    /** {@code {q.urlEncode}}: the text as a query parameter value. */
    public static String urlEncode(String value) {
        return value == null ? "" : PageContext.encode(value);
    }
}
