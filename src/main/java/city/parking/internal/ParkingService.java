package city.parking.internal;

import city.parking.api.LotView;
import city.parking.api.ParkingApi;
import city.parking.api.SpaceView;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The module's facade, and its start: lots, sensor states and live bookings read into memory. */
@ApplicationScoped
public class ParkingService implements ParkingApi {

    private static final Logger LOG = Logger.getLogger(ParkingService.class);

    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final Bookings bookings;
    private final Sessions sessions;
    private final Clock clock;
    private final Vehicles vehicles;

    ParkingService(
            LotDirectory directory,
            Occupancy occupancy,
            Bookings bookings,
            Sessions sessions,
            Clock clock,
            Vehicles vehicles) {
        this.vehicles = vehicles;
        this.directory = directory;
        this.occupancy = occupancy;
        this.bookings = bookings;
        this.sessions = sessions;
        this.clock = clock;
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        long t0 = System.nanoTime();
        List<LotInfo> lots = directory.load(null);
        occupancy.load(lots, clock.instant());
        bookings.loadReservations();
        sessions.loadOpen();
        LOG.infof(
                "parking: %d lots, %d spaces in memory in %d ms",
                lots.size(), lots.stream().mapToInt(LotInfo::capacity).sum(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public List<LotView> lots() {
        return directory.lots().stream()
                .filter(LotInfo::active)
                .sorted(Comparator.comparing(LotInfo::id))
                .map(this::view)
                .toList();
    }

    @Override
    public Optional<LotView> lot(String lotId) {
        return directory.lot(lotId).map(this::view);
    }

    @Override
    public List<String> platesOf(String citizenId) {
        return vehicles.plates(citizenId);
    }

    @Override
    public Optional<String> ownerOf(String plate) {
        return vehicles.owner(plate);
    }

    @Override
    public List<SpaceView> spaces(String lotId) {
        return directory
                .lot(lotId)
                .map(lot -> lot.spaces().stream()
                        .map(s -> new SpaceView(
                                s.id(),
                                s.lotId(),
                                s.label(),
                                s.sensorId(),
                                s.ev(),
                                s.accessible(),
                                occupancy
                                        .space(s.id())
                                        .map(l -> l.status().name())
                                        .orElse(SpaceStatus.unknown.name())))
                        .toList())
                .orElse(List.of());
    }

    private LotView view(LotInfo lot) {
        Occupancy.LotLive live = occupancy.lot(lot.id());
        return new LotView(
                lot.id(),
                lot.nameZh(),
                lot.nameEn(),
                lot.category(),
                lot.location().lat(),
                lot.location().lon(),
                live.total(),
                live.free(),
                live.occupied(),
                live.unknown());
    }
}
