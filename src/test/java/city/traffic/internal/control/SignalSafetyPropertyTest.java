package city.traffic.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import city.traffic.internal.control.SignalState.Light;
import city.traffic.internal.control.SignalState.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random plans, timings, controllers, queues, detections, weather, holds, forced plans and preemptions; at every
 * tick the lights are checked against the safety rules from the outside, movement by movement.
 */
class SignalSafetyPropertyTest {

    static final int SCENARIOS = 300;
    static final int TICKS = 2_000;

    @Test
    void everyChangeOfPhaseClearsInFullAndKeepsTheMinimumGreen() {
        for (int seed = 0; seed < SCENARIOS; seed++) {
            new Scenario(seed).run();
        }
    }

    static final class Scenario {
        final int seed;
        final Random random;
        final SignalPlan plan;
        final Timing timing;
        final Signal signal;
        final int n;

        Light[] previous;
        long[] runStart;
        long[] redSince;
        int[] expectedYellow;
        int[] expectedAllRed;
        Stage previousStage;
        long stageGreenStart;
        Weather weather = Weather.CLEAR;
        int preempted = -1;
        long preemptedSince;

        Scenario(int seed) {
            this.seed = seed;
            this.random = new Random(seed);
            this.timing = randomTiming();
            this.plan = randomPlan();
            this.signal = new Signal(plan, randomController());
            this.n = plan.movementCount();
            previous = new Light[n];
            java.util.Arrays.fill(previous, Light.RED);
            runStart = new long[n];
            redSince = new long[n];
            java.util.Arrays.fill(redSince, Long.MIN_VALUE);
            expectedYellow = new int[n];
            expectedAllRed = new int[n];
        }

        Timing randomTiming() {
            int min = 1 + random.nextInt(20);
            return new Timing(
                    min, min + random.nextInt(40), 3 + random.nextInt(4), random.nextInt(4), 1 + random.nextInt(min));
        }

        SignalPlan randomPlan() {
            int m = 2 + random.nextInt(15);
            int distinctMasks = (1 << Math.min(m, 10)) - 1;
            int phases = 2 + random.nextInt(Math.min(6, distinctMasks) - 1);
            List<Long> masks = new ArrayList<>();
            while (masks.size() < phases) {
                long mask = 0;
                while (mask == 0) {
                    for (int i = 0; i < m; i++) {
                        if (random.nextInt(3) == 0) {
                            mask |= 1L << i;
                        }
                    }
                }
                if (!masks.contains(mask)) {
                    masks.add(mask);
                }
            }
            long covered = masks.stream().reduce(0L, (a, b) -> a | b);
            for (int i = 0; i < m; i++) {
                if ((covered & (1L << i)) == 0) {
                    int p = random.nextInt(phases);
                    long widened = masks.get(p) | (1L << i);
                    if (!masks.contains(widened)) {
                        masks.set(p, widened);
                    } else {
                        masks.add(1L << i);
                    }
                }
            }
            List<Movement> movements = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                movements.add(new Movement(1 + random.nextInt(3), "out-" + random.nextInt(4)));
            }
            List<Phase> list = new ArrayList<>();
            for (int p = 0; p < masks.size(); p++) {
                list.add(Phase.of("P" + p, bits(masks.get(p))));
            }
            return new SignalPlan("random-" + seed, movements, list, timing);
        }

        static int[] bits(long mask) {
            return java.util.stream.IntStream.range(0, 64)
                    .filter(i -> (mask & (1L << i)) != 0)
                    .toArray();
        }

        Controller randomController() {
            switch (random.nextInt(4)) {
                case 0:
                    int[] greens = new int[plan.phaseCount()];
                    for (int p = 0; p < greens.length; p++) {
                        greens[p] = 1 + random.nextInt(40);
                    }
                    return FixedTimeController.of(plan, greens);
                case 1:
                    return FixedTimeController.websterFromMeasuredFlows(plan);
                case 2:
                    return new ActuatedController(1 + random.nextInt(5));
                default:
                    return new MaxPressureController(1 + random.nextInt(15), random.nextBoolean());
            }
        }

        void run() {
            for (long t = 0; t < TICKS; t++) {
                disturb(t);
                SignalState state = signal.tick(t);
                check(state, t);
            }
        }

        void disturb(long t) {
            LiveInputs in = signal.inputs();
            for (int m = 0; m < n; m++) {
                if (random.nextInt(4) == 0) {
                    in.setQueues(m, random.nextInt(20), random.nextInt(20));
                }
                if (random.nextInt(3) == 0) {
                    in.recordDetection(m, t);
                }
                if (random.nextInt(50) == 0) {
                    in.setFlow(m, random.nextInt(900));
                }
            }
            if (random.nextInt(100) == 0) {
                weather = random.nextBoolean()
                        ? Weather.CLEAR
                        : random.nextBoolean() ? new Weather(3 + random.nextInt(20), 5000) : new Weather(0, 150);
                in.setWeather(weather);
            }
            if (random.nextInt(150) == 0) {
                if (random.nextBoolean()) {
                    signal.hold(random.nextInt(plan.phaseCount()));
                } else {
                    signal.releaseHold();
                }
            }
            if (random.nextInt(200) == 0) {
                if (random.nextBoolean()) {
                    signal.forcePlan(randomController());
                } else {
                    signal.releaseForcedPlan();
                }
            }
            if (random.nextInt(150) == 0) {
                if (preempted < 0) {
                    preempted = random.nextInt(plan.phaseCount());
                    preemptedSince = t;
                    signal.preempt(preempted);
                } else {
                    preempted = -1;
                    signal.releasePreemption();
                }
            }
            if (random.nextInt(500) == 0) {
                signal.setController(randomController());
            }
        }

        String where(SignalState s, long t) {
            return "seed " + seed + ", t=" + t + ", " + plan + ", " + timing + ", state " + s;
        }

        void check(SignalState s, long t) {
            long lit = s.greenMask() | s.yellowMask();
            boolean compatible = false;
            for (int p = 0; p < plan.phaseCount(); p++) {
                compatible |= (lit & ~plan.phaseMask(p)) == 0;
            }
            if (!compatible) {
                fail("conflicting movements lit together: " + where(s, t));
            }
            if (s.stage() == Stage.GREEN) {
                if (s.greenMask() != plan.phaseMask(s.phase()) || s.yellowMask() != 0) {
                    fail("green stage showing other than its phase: " + where(s, t));
                }
            }
            if (s.stage() == Stage.ALL_RED && s.yellowMask() != 0) {
                fail("yellow lights in the all-red stage: " + where(s, t));
            }
            int minGreen = preempted >= 0 ? timing.preemptionMinGreen() : timing.minGreen();
            if (previousStage == Stage.GREEN && s.stage() != Stage.GREEN) {
                if (t - stageGreenStart < minGreen) {
                    fail("phase left after " + (t - stageGreenStart) + " s of green: " + where(s, t));
                }
            }
            if (s.stage() == Stage.GREEN && previousStage != Stage.GREEN) {
                stageGreenStart = t;
            }
            previousStage = s.stage();

            for (int m = 0; m < n; m++) {
                Light now = s.light(m);
                Light before = previous[m];
                if (now == before) {
                    if (now == Light.YELLOW && t - runStart[m] >= expectedYellow[m]) {
                        fail("movement " + m + " yellow too long: " + where(s, t));
                    }
                    continue;
                }
                switch (before) {
                    case GREEN -> {
                        if (now != Light.YELLOW) {
                            fail("movement " + m + " went from green to " + now + ": " + where(s, t));
                        }
                        if (t - runStart[m] < minGreen) {
                            fail("movement " + m + " green only " + (t - runStart[m]) + " s: " + where(s, t));
                        }
                        expectedYellow[m] = timing.yellowIn(weather);
                        expectedAllRed[m] = timing.allRedIn(weather);
                    }
                    case YELLOW -> {
                        if (now != Light.RED) {
                            fail("movement " + m + " went from yellow to " + now + ": " + where(s, t));
                        }
                        if (t - runStart[m] != expectedYellow[m]) {
                            fail("movement " + m + " yellow " + (t - runStart[m]) + " s, expected " + expectedYellow[m]
                                    + ": " + where(s, t));
                        }
                        redSince[m] = t;
                    }
                    case RED -> {
                        if (now != Light.GREEN) {
                            fail("movement " + m + " went from red to " + now + ": " + where(s, t));
                        }
                        for (int k = 0; k < n; k++) {
                            if (k != m && plan.conflicting(k, m) && redSince[k] != Long.MIN_VALUE) {
                                if (t - redSince[k] < expectedAllRed[k]) {
                                    fail("movement " + m + " green " + (t - redSince[k]) + " s after conflicting " + k
                                            + " turned red, all-red is " + expectedAllRed[k] + ": " + where(s, t));
                                }
                            }
                        }
                    }
                }
                previous[m] = now;
                runStart[m] = t;
            }

            if (preempted >= 0) {
                int clearance = timing.yellow() + timing.allRed() + 2;
                long bound = preemptedSince + Math.max(timing.preemptionMinGreen(), clearance) + clearance;
                if (t >= bound && !(s.stage() == Stage.GREEN && s.phase() == preempted)) {
                    fail("preempted phase " + preempted + " not served by " + bound + ": " + where(s, t));
                }
            }
        }
    }

    @Test
    void theRandomScenariosReachEveryKindOfChange() {
        // the property above is only as good as what it visits: count the situations it met
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            Scenario sc = new Scenario(seed);
            SignalState before = null;
            for (long t = 0; t < TICKS; t++) {
                sc.disturb(t);
                SignalState s = sc.signal.tick(t);
                if (before != null && before.stage() == Stage.ALL_RED && s.stage() == Stage.YELLOW) {
                    seen.add("clearance followed by another");
                }
                if (s.stage() == Stage.YELLOW && s.greenMask() != 0) {
                    seen.add("movement green through a clearance");
                }
                seen.add(s.control().name());
                if (sc.signal.inputs().weather().adverse() && s.stage() == Stage.YELLOW) {
                    seen.add("adverse clearance");
                }
                before = s;
            }
        }
        assertThat(seen)
                .contains(
                        "clearance followed by another",
                        "movement green through a clearance",
                        "adverse clearance",
                        "CONTROLLER",
                        "FORCED_PLAN",
                        "OPERATOR_HOLD",
                        "PREEMPTION");
    }
}
