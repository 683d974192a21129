package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.platform.geo.GeoPoint;
import city.platform.rest.ProblemException;
import city.traffic.api.GreenWaveRule;
import city.traffic.internal.network.Point;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ambulance trips on the default city: routes, the green wave ahead of the vehicle, stops, silence. */
@QuarkusTest
class EmergencyTripsTest {

    @Inject
    EmergencyTrips trips;

    @Inject
    SignalControl control;

    @Inject
    TrafficNetworks networks;

    @Inject
    LiveTraffic live;

    final List<EmergencyTrips.TripView> started = new ArrayList<>();

    @AfterEach
    void endTrips() {
        for (EmergencyTrips.TripView t : started) {
            trips.cancel(t.id());
        }
    }

    /** A vehicle driving its trip's route: positions by distance along it. */
    final class Drive {
        final EmergencyTrips.TripView trip;
        final List<Road> roads = new ArrayList<>();
        final List<Double> offsets = new ArrayList<>();
        final RoadNetwork network = networks.current();
        Instant at;

        Drive(EmergencyTrips.TripView trip, Instant start) {
            this.trip = trip;
            this.at = start;
            double d = 0;
            for (String id : trip.routeRoadIds()) {
                Road r = network.road(id);
                roads.add(r);
                offsets.add(d);
                d += r.length();
            }
            offsets.add(d);
        }

        double length() {
            return offsets.get(offsets.size() - 1);
        }

        GeoPoint point(double d) {
            int r = 0;
            while (r + 1 < roads.size() && offsets.get(r + 1) <= d) {
                r++;
            }
            double along = Math.min(d - offsets.get(r), roads.get(r).length());
            List<Point> pts = roads.get(r).points();
            for (int s = 1; s < pts.size(); s++) {
                double seg = pts.get(s - 1).distanceTo(pts.get(s));
                if (along <= seg || s == pts.size() - 1) {
                    double u = seg == 0 ? 0 : Math.min(1, along / seg);
                    Point a = pts.get(s - 1);
                    Point b = pts.get(s);
                    return network.toGeo(new Point(a.x() + u * (b.x() - a.x()), a.y() + u * (b.y() - a.y())));
                }
                along -= seg;
            }
            throw new IllegalStateException();
        }

        /** One second later the vehicle is at {@code d}, going {@code kmh}; the signals tick once. */
        void report(double d, double kmh) {
            at = at.plusSeconds(1);
            GeoPoint p = point(d);
            trips.onPositions(List.of(new EmergencyTrips.Position(trip.vehicleId(), at, p.lat(), p.lon(), kmh, null)));
            control.tickNext();
        }

        /** The signalised crossings of the route: intersection, route metre, phase serving the ambulance. */
        List<Object[]> crossings() {
            List<Object[]> out = new ArrayList<>();
            for (int i = 0; i + 1 < roads.size(); i++) {
                String id = roads.get(i).to();
                if (control.hasSignal(id)) {
                    int phase = control.phaseFor(
                            id, roads.get(i).id(), roads.get(i + 1).id());
                    if (phase >= 0) {
                        out.add(new Object[] {id, offsets.get(i + 1), phase});
                    }
                }
            }
            return out;
        }
    }

    EmergencyTrips.TripView start(boolean greenWave) {
        RoadNetwork n = networks.current();
        String origin = n.signalisedIntersections().get(0).id();
        GeoPoint o = n.intersection(origin).location();
        Hospitals.Hospital far = trips.hospitals().stream()
                .max(Comparator.comparingDouble(
                        h -> o.metresTo(n.intersection(h.intersectionId()).location())))
                .orElseThrow();
        EmergencyTrips.TripView t = trips.create(
                new EmergencyTrips.NewTrip(
                        "AMB-" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                        origin,
                        null,
                        null,
                        far.id(),
                        greenWave),
                "test");
        started.add(t);
        return t;
    }

    @Test
    void theRouteIsTheFastestToTheHospitalAndTheTripIsStored() {
        EmergencyTrips.TripView t = start(true);
        RoadNetwork n = networks.current();
        assertThat(t.status()).isEqualTo(EmergencyTrips.Status.ACTIVE);
        assertThat(t.routeRoadIds()).isNotEmpty();
        assertThat(n.road(t.routeRoadIds().get(0)).from()).isEqualTo(t.originId());
        String last = t.routeRoadIds().get(t.routeRoadIds().size() - 1);
        assertThat(n.road(last).to()).isEqualTo(t.destinationId());
        // consecutive roads connect
        for (int i = 1; i < t.routeRoadIds().size(); i++) {
            assertThat(n.road(t.routeRoadIds().get(i)).from())
                    .isEqualTo(n.road(t.routeRoadIds().get(i - 1)).to());
        }
        // no quicker route by the current travel times than the one chosen
        Router.Route best = new Router(n).fastest(t.originId(), t.destinationId(), live::travelSeconds);
        assertThat(t.plannedSeconds()).isCloseTo(best.seconds(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(trips.trip(t.id()))
                .hasValueSatisfying(v -> assertThat(v.vehicleId()).isEqualTo(t.vehicleId()));
        assertThat(trips.recent(10)).extracting(EmergencyTrips.TripView::id).contains(t.id());
        // one trip at a time per vehicle
        assertThatThrownBy(() -> trips.create(
                        new EmergencyTrips.NewTrip(t.vehicleId(), t.originId(), null, null, t.hospitalId(), true),
                        "test"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(409));
    }

    @Test
    void everySignalOnTheRouteIsGreenWhenTheAmbulanceGetsThereAndNormalOnceItHasPassed() {
        EmergencyTrips.TripView t = start(true);
        Drive drive = new Drive(t, Instant.now());
        List<Object[]> crossings = drive.crossings();
        assertThat(crossings).hasSizeGreaterThanOrEqualTo(4);
        double speed = 12; // m/s, 43 km/h
        Set<String> greenOnArrival = new HashSet<>();
        Set<String> handedBack = new HashSet<>();
        int mostAtOnce = 0;
        double d = 0;
        drive.report(0, 0);
        while (d < drive.length()) {
            d = Math.min(drive.length(), d + speed);
            drive.report(d, speed * 3.6);
            EmergencyTrips.TripView now = trips.trip(t.id()).orElseThrow();
            mostAtOnce = Math.max(mostAtOnce, now.preempting().size());
            for (Object[] c : crossings) {
                String id = (String) c[0];
                double at = (double) c[1];
                SignalControl.SignalView s = control.view(id);
                if (d >= at - speed && d < at) {
                    // within a second of the stop line: the ambulance's movement has green
                    if ("GREEN".equals(s.stage()) && s.phase() == (int) c[2] && "PREEMPTION".equals(s.control())) {
                        greenOnArrival.add(id);
                    }
                }
                if (d > at + 30
                        && !"PREEMPTION".equals(s.control())
                        && !now.preempting().contains(id)) {
                    handedBack.add(id);
                }
                if (d < at - 400) {
                    assertThat(now.preempting()).as("too early for " + id).doesNotContain(id);
                }
            }
        }
        List<String> ids = crossings.stream().map(c -> (String) c[0]).toList();
        assertThat(greenOnArrival).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(handedBack).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(mostAtOnce).isBetween(1, 3);
        EmergencyTrips.TripView done = trips.trip(t.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(EmergencyTrips.Status.ARRIVED);
        assertThat(done.preempted()).containsExactlyElementsOf(ids);
        assertThat(done.signalsPreempted()).isEqualTo(ids.size());
        assertThat(done.stops()).isZero();
        assertThat(done.stopsAtRed()).isZero();
        // it arrives 30 m before the hospital's intersection, one report a second from its first
        int seconds = (int) Math.ceil((drive.length() - EmergencyTrips.ARRIVED_METRES) / speed);
        assertThat(done.travelSeconds()).isBetween(seconds - 1.0, seconds + 1.0);
        // nothing stays preempted
        for (String id : ids) {
            assertThat(control.view(id).control()).isNotEqualTo("PREEMPTION");
        }
    }

    @Test
    void withoutTheGreenWaveAStopAtARedLightIsCounted() {
        EmergencyTrips.TripView t = start(false);
        Drive drive = new Drive(t, Instant.now());
        Object[] first = drive.crossings().get(0);
        String id = (String) first[0];
        int phase = (int) first[2];
        int other = (phase + 1) % control.view(id).phases();
        control.hold(id, other);
        try {
            for (int i = 0; i < 40; i++) {
                control.tickNext();
            }
            assertThat(control.view(id).phase()).isEqualTo(other);
            double stopLine = (double) first[1] - 20;
            drive.report(0, 0);
            double d = 0;
            while (d < stopLine) {
                d = Math.min(stopLine, d + 10);
                drive.report(d, 36);
            }
            drive.report(stopLine, 0);
            drive.report(stopLine, 0);
            EmergencyTrips.TripView now = trips.trip(t.id()).orElseThrow();
            assertThat(now.stops()).isEqualTo(1);
            assertThat(now.stopsAtRed()).isEqualTo(1);
            assertThat(now.signalsPreempted()).isZero();
            assertThat(control.view(id).control()).isEqualTo("OPERATOR_HOLD");
            // moving off and stopping again in the middle of a block is a stop, not one at a red light
            drive.report(stopLine + 30, 36);
            drive.report(stopLine + 60, 36);
            drive.report(stopLine + 60, 0);
            now = trips.trip(t.id()).orElseThrow();
            assertThat(now.stops()).isEqualTo(2);
            assertThat(now.stopsAtRed()).isEqualTo(1);
        } finally {
            control.release(id);
        }
    }

    @Test
    void aSilentAmbulanceGivesItsSignalsBackUntilItReportsAgain() {
        EmergencyTrips.TripView t = start(true);
        Drive drive = new Drive(t, Instant.now().minusSeconds(120));
        Object[] first = drive.crossings().get(0);
        String id = (String) first[0];
        drive.report((double) first[1] - 100, 40);
        assertThat(trips.trip(t.id()).orElseThrow().preempting()).containsExactly(id);
        trips.sweep();
        EmergencyTrips.TripView silent = trips.trip(t.id()).orElseThrow();
        assertThat(silent.preempting()).isEmpty();
        assertThat(silent.status()).isEqualTo(EmergencyTrips.Status.ACTIVE);
        for (int i = 0; i < 15; i++) {
            control.tickNext();
        }
        assertThat(control.view(id).control()).isNotEqualTo("PREEMPTION");
        // it reports again (now): the signal ahead is its own again
        drive.at = Instant.now();
        drive.report((double) first[1] - 90, 40);
        assertThat(trips.trip(t.id()).orElseThrow().preempting()).containsExactly(id);
        assertThat(trips.trip(t.id()).orElseThrow().signalsPreempted()).isEqualTo(1);
    }

    @Test
    void aSignalHeldTooLongForAnAmbulanceThatCannotGetThereGoesBackForGood() {
        EmergencyTrips.TripView t = start(true);
        Drive drive = new Drive(t, Instant.now().minusSeconds(300));
        Object[] first = drive.crossings().get(0);
        String id = (String) first[0];
        double stuck = (double) first[1] - 100;
        drive.report(stuck - 20, 40);
        drive.report(stuck, 10);
        assertThat(trips.trip(t.id()).orElseThrow().preempting()).containsExactly(id);
        // stuck 100 m before it (behind a car that wants a movement the held phase does not serve)
        int held = (int) GreenWaveRule.CITY.maxHoldSeconds();
        for (int s = 0; s < held - 2; s++) {
            drive.report(stuck, 0);
        }
        assertThat(trips.trip(t.id()).orElseThrow().preempting()).containsExactly(id);
        drive.report(stuck, 0);
        drive.report(stuck, 0);
        assertThat(trips.trip(t.id()).orElseThrow().preempting()).isEmpty();
        for (int s = 0; s < 15; s++) {
            drive.report(stuck, 0);
        }
        assertThat(control.view(id).control()).isNotEqualTo("PREEMPTION");
        // it creeps on: that signal is not taken again on this trip, but the next ones are
        drive.report(stuck + 50, 10);
        EmergencyTrips.TripView after = trips.trip(t.id()).orElseThrow();
        assertThat(after.preempting()).doesNotContain(id);
        assertThat(after.signalsPreempted()).isEqualTo(1);
    }

    @Test
    void aSignalPreemptedForOneAmbulanceStaysWithItAndCancellingHandsItBack() {
        EmergencyTrips.TripView a = start(true);
        EmergencyTrips.TripView b = start(true);
        Drive da = new Drive(a, Instant.now());
        Drive db = new Drive(b, Instant.now());
        Object[] first = da.crossings().get(0);
        String id = (String) first[0];
        da.report((double) first[1] - 100, 40);
        db.report((double) first[1] - 100, 40);
        assertThat(trips.trip(a.id()).orElseThrow().preempting()).containsExactly(id);
        assertThat(trips.trip(b.id()).orElseThrow().preempting()).isEmpty();
        trips.cancel(a.id());
        assertThat(trips.trip(a.id()).orElseThrow().status()).isEqualTo(EmergencyTrips.Status.CANCELLED);
        assertThat(trips.active()).extracting(EmergencyTrips.TripView::id).doesNotContain(a.id());
        // the next report of the other ambulance takes the free signal
        db.report((double) first[1] - 90, 40);
        assertThat(trips.trip(b.id()).orElseThrow().preempting()).containsExactly(id);
    }

    @Test
    void reportsOffTheRouteOrOutOfOrderMoveNothing() {
        EmergencyTrips.TripView t = start(true);
        Drive drive = new Drive(t, Instant.now());
        Object[] first = drive.crossings().get(0);
        drive.report((double) first[1] - 100, 40);
        assertThat(trips.trip(t.id()).orElseThrow().preempting()).hasSize(1);
        // 2 km away from the route: off route, the green wave pauses
        GeoPoint far = drive.point(0);
        drive.at = drive.at.plusSeconds(1);
        trips.onPositions(
                List.of(new EmergencyTrips.Position(t.vehicleId(), drive.at, far.lat() + 0.02, far.lon(), 40.0, null)));
        EmergencyTrips.TripView off = trips.trip(t.id()).orElseThrow();
        assertThat(off.offRoute()).isTrue();
        assertThat(off.preempting()).isEmpty();
        // an older report changes nothing
        long ignored = trips.ignoredPositions();
        GeoPoint p = drive.point((double) first[1] - 50);
        trips.onPositions(List.of(
                new EmergencyTrips.Position(t.vehicleId(), drive.at.minusSeconds(5), p.lat(), p.lon(), 40.0, null)));
        assertThat(trips.ignoredPositions()).isEqualTo(ignored + 1);
        assertThat(trips.trip(t.id()).orElseThrow().offRoute()).isTrue();
        // a vehicle without a trip: ignored
        trips.onPositions(
                List.of(new EmergencyTrips.Position("NO-TRIP-1", Instant.now(), p.lat(), p.lon(), 0.0, null)));
        assertThat(trips.ignoredPositions()).isEqualTo(ignored + 2);
    }
}
