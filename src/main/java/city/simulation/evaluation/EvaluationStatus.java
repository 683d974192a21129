package city.simulation.evaluation;

/** Where an evaluation run is: waiting its turn, running, or over (done, failed, cancelled). */
public enum EvaluationStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }
}
