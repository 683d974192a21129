package city.traffic.internal.control;

import city.traffic.internal.control.SignalState.Control;
import city.traffic.internal.control.SignalState.Stage;
import java.util.Objects;

/**
 * The signal state machine of one intersection: green of a phase, or a clearance (yellow, then all-red) towards the
 * next one; operator hold, forced plan and emergency preemption on top of the intersection's controller. The safety
 * rules are in the package documentation. Not thread-safe; allocates only when the displayed state changes.
 */
public final class Signal {

    private final SignalPlan plan;
    private final LiveInputs inputs;
    private Controller controller;
    private Controller forcedPlan;
    private int heldPhase = -1;
    private int preemptedPhase = -1;

    private boolean started;
    private long lastTick = Long.MIN_VALUE;
    private int phase = -1;
    private long greenSince;
    private boolean clearing;
    private int target;
    private long fromMask;
    private long stayMask;
    private long clearanceStart;
    private long yellowEnd;
    private long allRedEnd;
    private SignalState state;

    public Signal(SignalPlan plan, Controller controller) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.controller = Objects.requireNonNull(controller, "controller");
        this.inputs = new LiveInputs(plan.movementCount());
    }

    public SignalPlan plan() {
        return plan;
    }

    /** The inputs this signal's decisions read; the adapter writes them in place. */
    public LiveInputs inputs() {
        return inputs;
    }

    public String intersectionId() {
        return plan.intersectionId();
    }

    /** Replaces the intersection's controller; it takes over from the phase green at the next tick. */
    public void setController(Controller controller) {
        this.controller = Objects.requireNonNull(controller, "controller");
    }

    public Controller controller() {
        return controller;
    }

    /** Operator hold: change to {@code phase} under the usual minimum green and clearance, then keep it. */
    public void hold(int phase) {
        plan.checkPhase(phase);
        heldPhase = phase;
    }

    public void releaseHold() {
        heldPhase = -1;
    }

    /** Runs {@code plan} (typically a fixed-time plan) instead of the controller until released. */
    public void forcePlan(Controller plan) {
        forcedPlan = Objects.requireNonNull(plan, "plan");
    }

    public void releaseForcedPlan() {
        forcedPlan = null;
    }

    /**
     * Emergency preemption: serve {@code phase} as soon as it is safe and keep it until released. The green of the
     * current phase may be cut to {@link Timing#preemptionMinGreen()}; yellow and all-red never are. A clearance
     * under way runs to its end and then leads to {@code phase}; when a movement it kept green is not in
     * {@code phase}, that movement gets a clearance of its own first. A movement never goes from yellow straight
     * to green: with no all-red configured, it shows red for one second.
     */
    public void preempt(int phase) {
        plan.checkPhase(phase);
        preemptedPhase = phase;
    }

    public void releasePreemption() {
        preemptedPhase = -1;
    }

    public boolean preempting() {
        return preemptedPhase >= 0;
    }

    /** The state shown since the last tick; null before the first. */
    public SignalState state() {
        return state;
    }

    /**
     * Advances the signal to second {@code now} and returns what it shows during that second. Call once per second
     * with a clock that does not go back.
     */
    public SignalState tick(long now) {
        if (now < lastTick) {
            throw new IllegalArgumentException(
                    plan.intersectionId() + ": time went back from " + lastTick + " to " + now);
        }
        lastTick = now;
        if (!started) {
            started = true;
            int first = preemptedPhase >= 0
                    ? preemptedPhase
                    : heldPhase >= 0 ? heldPhase : activeController().firstPhase(plan, inputs);
            plan.checkPhase(first);
            startClearance(0L, first, now);
        } else if (clearing) {
            if (now >= allRedEnd) {
                endClearance(now);
            }
        } else {
            decide(now);
        }
        return publish(now);
    }

    private Controller activeController() {
        return forcedPlan != null ? forcedPlan : controller;
    }

    private void decide(long now) {
        int wanted;
        int minGreen;
        if (preemptedPhase >= 0) {
            wanted = preemptedPhase;
            minGreen = plan.timing().preemptionMinGreen();
        } else {
            wanted = heldPhase >= 0 ? heldPhase : activeController().decide(plan, inputs, phase, greenSince, now);
            minGreen = plan.timing().minGreen();
        }
        if (wanted != phase && now - greenSince >= minGreen) {
            plan.checkPhase(wanted);
            startClearance(plan.phaseMask(phase), wanted, now);
        }
    }

    private void startClearance(long green, int next, long now) {
        Weather weather = inputs.weather();
        clearing = true;
        target = next;
        fromMask = green;
        stayMask = green & plan.phaseMask(next);
        clearanceStart = now;
        int total = plan.timing().clearanceIn(weather);
        // with no movement losing green (start-up, or a next phase that only adds movements) the yellow is all-red
        yellowEnd = (fromMask & ~stayMask) == 0 ? now : now + plan.timing().yellowIn(weather);
        allRedEnd = now + total;
    }

    private void endClearance(long now) {
        int next = preemptedPhase >= 0 ? preemptedPhase : heldPhase >= 0 ? heldPhase : target;
        if (allRedEnd == yellowEnd && (fromMask & ~stayMask & plan.phaseMask(next)) != 0) {
            // without all-red, an override leading back to a movement that just showed yellow would turn it
            // straight from yellow to green: it shows red for one second first
            allRedEnd = now + 1;
            return;
        }
        if ((stayMask & ~plan.phaseMask(next)) == 0) {
            clearing = false;
            phase = next;
            greenSince = now;
        } else {
            // an override changed the destination and a movement kept green is not in it: clear that movement too
            startClearance(stayMask, next, now);
        }
    }

    private SignalState publish(long now) {
        Stage stage;
        long green;
        long yellow;
        long since;
        long until;
        int next;
        if (!clearing) {
            stage = Stage.GREEN;
            green = plan.phaseMask(phase);
            yellow = 0;
            since = greenSince;
            until = Long.MAX_VALUE;
            next = -1;
        } else {
            green = stayMask;
            next = target;
            if (now < yellowEnd) {
                stage = Stage.YELLOW;
                yellow = fromMask & ~stayMask;
                since = clearanceStart;
                until = yellowEnd;
            } else {
                stage = Stage.ALL_RED;
                yellow = 0;
                since = yellowEnd;
                until = allRedEnd;
            }
        }
        Control control = preemptedPhase >= 0
                ? Control.PREEMPTION
                : heldPhase >= 0
                        ? Control.OPERATOR_HOLD
                        : forcedPlan != null ? Control.FORCED_PLAN : Control.CONTROLLER;
        SignalState s = state;
        if (s == null
                || s.phase() != phase
                || s.nextPhase() != next
                || s.stage() != stage
                || s.control() != control
                || s.greenMask() != green
                || s.yellowMask() != yellow
                || s.since() != since
                || s.until() != until) {
            state = new SignalState(phase, next, stage, control, green, yellow, since, until);
        }
        return state;
    }
}
