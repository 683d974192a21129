package city.citizen.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A service as staff create or change it.
 *
 * @param code upper-case letters, digits and hyphens, such as {@code PSB-001}; cannot change once created
 * @param feeFen the fee in fen, at most 100,000 yuan
 * @param version on update, the version that was read; null skips the check for concurrent edits
 */
public record ServiceInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9-]*", message = "{city.code.pattern}")
        String code,

        @NotBlank String departmentCode,
        @NotBlank @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 4000) String descriptionZh,
        @NotBlank @Size(max = 4000) String descriptionEn,
        @NotBlank @Size(max = 2000) String eligibilityZh,
        @NotBlank @Size(max = 2000) String eligibilityEn,
        @NotNull @PositiveOrZero @Max(10_000_000) Long feeFen,
        @NotNull @Min(0) @Max(365) Integer processingDays,
        @NotNull Channel channel,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid DocumentName> documents,
        Integer version) {}
