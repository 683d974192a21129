package city.simulation.web;

import city.simulation.evaluation.EvaluationStatus;

/** What the run page's script polls: where the run is, in numbers and in words. */
public record RunStatus(long id, EvaluationStatus status, double progress, int percent, String text, String error) {}
