package city.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list to return: {@code page} from 1, {@code size} from 1 to {@value #MAX_SIZE}.
 */
public record PageQuery(
        @Min(1) int page, @Min(1) @Max(MAX_SIZE) int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
