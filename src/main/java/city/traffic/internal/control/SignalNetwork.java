package city.traffic.internal.control;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * All signals of a network, decided together once per second. A tick is a loop over the signals that reads their
 * inputs in place and allocates only for signals whose display changes, so hundreds of intersections take
 * microseconds. Not thread-safe.
 */
public final class SignalNetwork {

    private final Signal[] signals;
    private final SignalState[] states;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<SignalState> view;

    public SignalNetwork(List<Signal> signals) {
        this.signals = signals.toArray(Signal[]::new);
        this.states = new SignalState[this.signals.length];
        for (int i = 0; i < this.signals.length; i++) {
            if (index.putIfAbsent(this.signals[i].intersectionId(), i) != null) {
                throw new IllegalArgumentException("two signals for " + this.signals[i].intersectionId());
            }
        }
        this.view = new StatesView();
    }

    public int size() {
        return signals.length;
    }

    public Signal signal(int i) {
        return signals[i];
    }

    /** The signal of an intersection; IllegalArgumentException when there is none. */
    public Signal signal(String intersectionId) {
        Integer i = index.get(intersectionId);
        if (i == null) {
            throw new IllegalArgumentException("no signal at " + intersectionId);
        }
        return signals[i];
    }

    /** Sets the weather of every signal. */
    public void setWeather(Weather weather) {
        for (Signal s : signals) {
            s.inputs().setWeather(weather);
        }
    }

    /**
     * Decides every signal for second {@code now}. Returns the states in signal order as a read-only view that the
     * next tick updates in place; copy it to keep it.
     */
    public List<SignalState> tick(long now) {
        for (int i = 0; i < signals.length; i++) {
            states[i] = signals[i].tick(now);
        }
        return view;
    }

    private final class StatesView extends AbstractList<SignalState> implements RandomAccess {
        @Override
        public SignalState get(int i) {
            return states[i];
        }

        @Override
        public int size() {
            return states.length;
        }
    }
}
