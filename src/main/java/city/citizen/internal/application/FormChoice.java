package city.citizen.internal.application;

/** One option of a choice field. */
public record FormChoice(String value, String labelZh, String labelEn) {}
