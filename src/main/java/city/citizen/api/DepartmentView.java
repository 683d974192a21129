package city.citizen.api;

/**
 * A department of the city government and how many services it offers now.
 *
 * @param code stable identifier such as {@code public-security}
 */
public record DepartmentView(String code, String nameZh, String nameEn, long activeServices) {}
