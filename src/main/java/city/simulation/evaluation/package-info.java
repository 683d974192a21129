/**
 * The twin's offline evaluation (ADR 12): scenarios (the built-in ones of {@link
 * city.simulation.evaluation.ScenarioLibrary}, and CityFlow files operators upload, {@link
 * city.simulation.evaluation.Scenarios}) run headless under signal controllers of the engine and of the traffic module
 * ({@link city.simulation.evaluation.EvaluationControllers}), one run at a time on a low-priority background thread,
 * with their progress and results kept in schema {@code simulation} ({@link city.simulation.evaluation.Evaluations}).
 */
package city.simulation.evaluation;
