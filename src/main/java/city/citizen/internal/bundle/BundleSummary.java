package city.citizen.internal.bundle;

import java.util.List;

/** A "one thing, once" bundle as the catalogue shows it, with the services it files and their total fee. */
public record BundleSummary(
        String code,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        List<Part> parts,
        long feeFen) {

    /** A service the bundle files, and the department it goes to. */
    public record Part(
            String serviceCode, String nameZh, String nameEn, String departmentZh, String departmentEn, long feeFen) {}
}
