package city.parking.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/** A new lot as an operator describes it; its spaces are numbered 001, 002... with sensors {@code <prefix>-0001}. */
public record LotInput(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "2 to 20 capitals, digits or dashes")
        String id,

        @NotBlank @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 100) String nameEn,

        @NotNull @Pattern(regexp = "offStreet|onStreet", message = "offStreet or onStreet")
        String category,

        @Size(max = 40) String districtZh,
        @Size(max = 40) String districtEn,
        @Size(max = 200) String addressZh,
        @Size(max = 200) String addressEn,

        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,

        LocalTime opens,
        LocalTime closes,

        @Min(0) @Max(120) Integer freeMinutes,
        @NotNull @Min(0) @Max(100000) Long firstHourFen,
        @NotNull @Min(0) @Max(100000) Long perHourFen,
        @Min(0) @Max(1000000) Long dailyMaxFen,
        @Min(15) @Max(10080) Integer maxStayMinutes,

        @NotNull @Min(1) @Max(3000) Integer spaces,
        @Min(0) Integer evSpaces,
        @Min(0) Integer accessibleSpaces,

        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]*", message = "letters, digits or dashes")
        String sensorPrefix) {}
