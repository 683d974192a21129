package city.payments.internal.metro;

import city.payments.api.FareConcessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The concessions table, and the gantries told of every grant after its commit. */
@ApplicationScoped
public class Concessions implements FareConcessions {

    private final EntityManager em;
    private final Gantry gantry;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    Concessions(EntityManager em, Gantry gantry, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.em = em;
        this.gantry = gantry;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void grant(String citizenId, String code, int percentOff, String reason) {
        if (percentOff < 1 || percentOff > 100) {
            throw new IllegalArgumentException("a concession is 1 to 100 percent off: " + percentOff);
        }
        em.createNativeQuery("""
                        insert into payments.fare_concession (owner_id, code, percent_off, reason, granted_at)
                        values (:owner, :code, :percent, :reason, :now)
                        on conflict (owner_id, code) do update set percent_off = excluded.percent_off""")
                .setParameter("owner", citizenId)
                .setParameter("code", code)
                .setParameter("percent", percentOff)
                .setParameter("reason", reason)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        int percent = percentFor(citizenId);
        // riders held in memory get the new percent once the grant is committed, never before
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    gantry.concessionChanged(citizenId, percent);
                }
            }
        });
    }

    @Override
    @Transactional
    public int percentFor(String citizenId) {
        Number n = (Number) em.createNativeQuery(
                        "select coalesce(max(percent_off), 0) from payments.fare_concession where owner_id = :owner")
                .setParameter("owner", citizenId)
                .getSingleResult();
        return n.intValue();
    }
}
