package city.platform.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code page} counts from 1.
 *
 * @param totalItems how many items all pages hold together
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageOf<T> of(List<T> items, PageQuery query, long totalItems) {
        int pages = (int) Math.max(1, (totalItems + query.size() - 1) / query.size());
        return new PageOf<>(List.copyOf(items), query.page(), query.size(), totalItems, pages);
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapper) {
        return new PageOf<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }

    public boolean hasNext() {
        return page < totalPages;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
