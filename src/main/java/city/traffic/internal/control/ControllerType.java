package city.traffic.internal.control;

/** The controllers an intersection can be given, by name, each with its default settings. */
public enum ControllerType {
    /** Webster greens recomputed each cycle from measured flows. */
    FIXED_TIME,
    /** Gap-out after a 3 s unit extension, minimum and maximum green from the plan's timing. */
    ACTUATED,
    /** Decides every 10 s among the plan's phases, unweighted queues. */
    MAX_PRESSURE;

    /** A new controller of this type for one intersection. */
    public Controller create(SignalPlan plan) {
        return switch (this) {
            case FIXED_TIME -> FixedTimeController.websterFromMeasuredFlows(plan);
            case ACTUATED -> new ActuatedController();
            case MAX_PRESSURE -> new MaxPressureController();
        };
    }
}
