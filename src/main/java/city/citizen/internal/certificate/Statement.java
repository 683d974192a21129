package city.citizen.internal.certificate;

/** One thing a certificate states, as printed: a label and its value, in Chinese and English. */
public record Statement(String labelZh, String labelEn, String valueZh, String valueEn) {}
