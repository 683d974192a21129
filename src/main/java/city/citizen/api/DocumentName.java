package city.citizen.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document that an applicant must bring or upload, named in both languages. */
public record DocumentName(
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 300) String nameEn) {}
