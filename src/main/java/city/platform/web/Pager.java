package city.platform.web;

import city.platform.rest.PageOf;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Links to the previous and next page of a list, keeping the other query parameters; {@code param} names the page
 * number, so that one page can show two lists.
 */
public record Pager(int page, int totalPages, String previousHref, String nextHref) {

    /** Links for a list whose page number is the {@code page} parameter. */
    public static Pager of(String path, Map<String, String> params, PageOf<?> results) {
        return of(path, "page", params, results);
    }

    public static Pager of(String path, String param, Map<String, String> params, PageOf<?> results) {
        return new Pager(
                results.page(),
                results.totalPages(),
                results.hasPrevious() ? href(path, param, params, results.page() - 1) : null,
                results.hasNext() ? href(path, param, params, results.page() + 1) : null);
    }

    private static String href(String path, String param, Map<String, String> params, int page) {
        Map<String, String> all = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                all.put(k, v);
            }
        });
        all.put(param, Integer.toString(page));
        return path + "?"
                + all.entrySet().stream()
                        .map(e -> e.getKey() + "=" + PageContext.encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    /** A page number from a query parameter: 1 when missing or not a number. */
    public static int parsePage(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
