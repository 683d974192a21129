package city.parking.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** New prices of a lot, in fen; {@code version} is the lot version the operator saw (a stale one is a 409). */
public record PriceInput(
        @NotNull @Min(0) @Max(100000) Long firstHourFen,
        @NotNull @Min(0) @Max(100000) Long perHourFen,
        @Min(0) @Max(1000000) Long dailyMaxFen,
        @Min(0) @Max(120) Integer freeMinutes,
        @NotNull Integer version) {}
