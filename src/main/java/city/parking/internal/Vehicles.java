package city.parking.internal;

import city.platform.db.SqlStates;
import city.platform.rest.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** The plates each citizen registers, so that gates charge their wallet. */
@ApplicationScoped
public class Vehicles {

    private final EntityManager em;
    private final Clock clock;

    Vehicles(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Registers a plate; registering one's own plate again is fine, another citizen's is a 409. */
    public String register(String citizenId, String plateInput) {
        String plate = Plates.normalise(plateInput, "plate");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Vehicle v = em.find(Vehicle.class, plate);
                if (v != null) {
                    if (!v.citizenId.equals(citizenId)) {
                        throw ProblemException.conflict(
                                ParkingProblemTypes.PLATE_TAKEN, "This plate is registered to another account.");
                    }
                    return;
                }
                v = new Vehicle();
                v.plate = plate;
                v.citizenId = citizenId;
                v.createdAt = clock.instant();
                em.persist(v);
                em.flush();
            });
        } catch (RuntimeException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                return register(citizenId, plate);
            }
            throw e;
        }
        return plate;
    }

    public List<String> plates(String citizenId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select v.plate from Vehicle v where v.citizenId = :c order by v.createdAt",
                                String.class)
                        .setParameter("c", citizenId)
                        .getResultList());
    }

    /** Who registered a plate (already in the normal form plates are stored in), if anyone. */
    public java.util.Optional<String> owner(String plate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select v.citizenId from Vehicle v where v.plate = :p", String.class)
                        .setParameter("p", plate)
                        .getResultStream()
                        .findFirst());
    }

    public void remove(String citizenId, String plateInput) {
        String plate = Plates.normalise(plateInput, "plate");
        int n = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("delete from Vehicle v where v.plate = :p and v.citizenId = :c")
                        .setParameter("p", plate)
                        .setParameter("c", citizenId)
                        .executeUpdate());
        if (n == 0) {
            throw ProblemException.notFound("No plate " + plate + " on this account.");
        }
    }
}
