package city.parking.web;

import city.parking.ParkingFixtures;
import city.parking.ingest.OccupancyConsumer;
import city.parking.ingest.SensorBatch;
import city.parking.internal.LotInfo;
import city.parking.internal.LotInput;
import city.parking.internal.ParkingAdmin;
import city.parking.internal.SensorReading;
import city.platform.geo.GeoPoint;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Lots of the tests' own, so that no test depends on the seeded lots' occupancy: each has a unique id ({@code T} and
 * digits) and lies in Minhang, some 10 km south-west of People's Square, where no seeded lot is and no search from
 * the preset places reaches.
 */
final class TestLots {

    private TestLots() {}

    static String newId() {
        return "T" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** A lot open day and night: first hour ¥10, then ¥8 an hour, at most ¥60 a day, 15 free minutes. */
    static LotInfo create(int spaces, double lat, double lon) {
        String id = newId();
        return CDI.current()
                .select(ParkingAdmin.class)
                .get()
                .createLot(new LotInput(
                        id,
                        "测试停车场" + id,
                        "Test car park " + id,
                        "offStreet",
                        "测试区",
                        "Test district",
                        "测试路1号",
                        "1 Test Road",
                        lat,
                        lon,
                        null,
                        null,
                        15,
                        1000L,
                        800L,
                        6000L,
                        null,
                        spaces,
                        1,
                        1,
                        null));
    }

    /** A lot somewhere quiet, far from every seeded lot and from the other tests' lots. */
    static LotInfo create(int spaces) {
        GeoPoint at = ParkingFixtures.quietPlace();
        return create(spaces, at.lat(), at.lon());
    }

    /** The sensors of the first {@code free} spaces say free, the others occupied (sensor time now). */
    static void sensors(LotInfo lot, int free) {
        Instant at = Instant.now();
        List<SensorReading> readings = new ArrayList<>();
        for (int i = 0; i < lot.spaces().size(); i++) {
            readings.add(
                    new SensorReading(lot.spaces().get(i).sensorId(), SensorReading.Kind.status, i >= free, 90, at));
        }
        CDI.current().select(OccupancyConsumer.class).get().consume(new SensorBatch(readings, at));
    }
}
