package city.traffic.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.traffic.internal.control.SignalState.Stage;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A network of signals decided in one tick, and what such a tick costs (printed, not asserted). */
class SignalNetworkTest {

    static final int INTERSECTIONS = 128;

    static SignalNetwork network(int size) {
        List<Signal> signals = new ArrayList<>();
        ControllerType[] types = ControllerType.values();
        for (int i = 0; i < size; i++) {
            SignalPlan plan = Plans.fourLeg("i" + i, Timing.DEFAULT);
            signals.add(new Signal(plan, types[i % types.length].create(plan)));
        }
        return new SignalNetwork(signals);
    }

    @Test
    void decidesEverySignalEachTickAndFindsThemById() {
        SignalNetwork net = network(INTERSECTIONS);
        Signal maxPressure = net.signal("i8"); // 8 % 3: the third controller type
        assertThat(maxPressure.controller()).isInstanceOf(MaxPressureController.class);
        Plans.queueOn(maxPressure.plan(), maxPressure.inputs(), 2, 40);
        for (long t = 0; t < 60; t++) {
            net.tick(t);
        }
        List<SignalState> states = net.tick(60);
        assertThat(states).hasSize(INTERSECTIONS).doesNotContainNull();
        assertThat(states.get(8)).isSameAs(maxPressure.state());
        assertThat(states.get(8).phase()).isEqualTo(2);
        assertThatThrownBy(() -> states.add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> net.signal("nowhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weatherReachesEverySignal() {
        SignalNetwork net = network(4);
        net.setWeather(new Weather(10, 1000));
        for (int i = 0; i < net.size(); i++) {
            assertThat(net.signal(i).inputs().weather().adverse()).isTrue();
        }
    }

    @Test
    void measuresATickOf128Intersections() {
        SignalNetwork net = network(INTERSECTIONS);
        Random random = new Random(1);
        int hour = 3600;
        // one hour of queues prepared in advance, so that the loop measures the signals only
        double[][] queues = new double[hour][INTERSECTIONS * 12];
        for (double[] second : queues) {
            for (int i = 0; i < second.length; i++) {
                second[i] = random.nextInt(15);
            }
        }
        long[] tickNanos = new long[1];
        long t = 0;
        for (int warmup = 0; warmup < 10; warmup++) {
            t = runHour(net, queues, t, tickNanos);
        }
        tickNanos[0] = 0;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytesBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        int hours = 5;
        for (int h = 0; h < hours; h++) {
            t = runHour(net, queues, t, tickNanos);
        }
        long nanos = System.nanoTime() - start;
        long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
        long ticks = (long) hours * hour;
        System.out.printf(
                "SignalNetwork: %d intersections, %.2f us per tick (%.2f us with the writing of 1,536 queues),"
                        + " %.0f bytes allocated per tick, %d ticks%n",
                INTERSECTIONS, tickNanos[0] / 1000.0 / ticks, nanos / 1000.0 / ticks, (double) bytes / ticks, ticks);
        assertThat(net.tick(t).stream().filter(s -> s.stage() == Stage.GREEN).count())
                .isPositive();
    }

    private static long runHour(SignalNetwork net, double[][] queues, long t, long[] tickNanos) {
        for (double[] second : queues) {
            for (int i = 0; i < INTERSECTIONS; i++) {
                LiveInputs in = net.signal(i).inputs();
                for (int m = 0; m < 12; m++) {
                    double q = second[i * 12 + m];
                    in.setQueues(m, q, second[(i * 12 + m + 5) % second.length]);
                    if (q > 7) {
                        in.recordDetection(m, t);
                    }
                }
            }
            long before = System.nanoTime();
            net.tick(t++);
            tickNanos[0] += System.nanoTime() - before;
        }
        return t;
    }
}
