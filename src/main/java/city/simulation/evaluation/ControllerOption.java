package city.simulation.evaluation;

/**
 * A controller an evaluation may run: its id (what the API takes: {@code plan}, {@code max-pressure}, {@code
 * traffic:WEBSTER} ...) and its name for people.
 */
public record ControllerOption(String id, String nameZh, String nameEn) {}
