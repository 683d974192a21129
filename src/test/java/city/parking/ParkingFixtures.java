package city.parking;

import city.parking.ingest.OccupancyConsumer;
import city.parking.ingest.SensorBatch;
import city.parking.internal.LotInfo;
import city.parking.internal.LotInput;
import city.parking.internal.ParkingAdmin;
import city.parking.internal.SensorReading;
import city.platform.geo.GeoPoint;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Test lots of their own, so that no test depends on the seeded city or on another test's cars. */
public final class ParkingFixtures {

    private ParkingFixtures() {}

    /**
     * A lot of the test's own: no grace period, 10 yuan the first hour, 6 each further hour, 50 a day. It lies at a
     * random place of {@link #quietPlace() the quiet area}, so that the lots that tests pile up never crowd the
     * seeded lots out of a search around People's Square.
     */
    public static LotInfo lot(int spaces) {
        return lot(spaces, 0, 1000, 600, 5000L, null, null);
    }

    public static LotInfo lot(
            int spaces,
            int freeMinutes,
            long firstHour,
            long perHour,
            Long dailyMax,
            LocalTime opens,
            LocalTime closes) {
        String id = "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        GeoPoint at = quietPlace();
        return CDI.current()
                .select(ParkingAdmin.class)
                .get()
                .createLot(new LotInput(
                        id,
                        "测试停车场" + id,
                        "Test car park " + id,
                        "offStreet",
                        "黄浦区",
                        "Huangpu",
                        "",
                        "",
                        at.lat(),
                        at.lon(),
                        opens,
                        closes,
                        freeMinutes,
                        firstHour,
                        perHour,
                        dailyMax,
                        null,
                        spaces,
                        1,
                        1,
                        "TS-" + id));
    }

    /**
     * A random point in Minhang, some 10 km south-west of People's Square: no seeded lot is there and no search from
     * the preset places reaches it; 4 km square, so two test lots rarely lie within 100 m of each other.
     */
    public static GeoPoint quietPlace() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new GeoPoint(31.10 + r.nextDouble(0.04), 121.36 + r.nextDouble(0.04));
    }

    /** Feeds sensor messages straight into the channel consumer, as the ingestion endpoint would. */
    public static void sensor(LotInfo.SpaceInfo space, Boolean occupied, Instant at) {
        consume(new SensorReading(space.sensorId(), SensorReading.Kind.status, occupied, null, at));
    }

    public static void consume(SensorReading... readings) {
        OccupancyConsumer consumer =
                CDI.current().select(OccupancyConsumer.class).get();
        consumer.consume(new SensorBatch(List.of(readings), Instant.now()));
        consumer.drain();
    }

    /** Every space of the lot reported free just now. */
    public static void allFree(LotInfo lot) {
        Instant now = Instant.now();
        consume(lot.spaces().stream()
                .map(s -> new SensorReading(s.sensorId(), SensorReading.Kind.status, false, 90, now))
                .toArray(SensorReading[]::new));
    }
}
