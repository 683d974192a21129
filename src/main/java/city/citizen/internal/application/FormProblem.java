package city.citizen.internal.application;

/**
 * A mistake in a form definition: where it is ({@code fields[2].pattern}) and what it is, as a code the pages
 * translate (see {@link FormRules}).
 */
public record FormProblem(String path, String code) {}
