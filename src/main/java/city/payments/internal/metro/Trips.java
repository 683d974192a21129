package city.payments.internal.metro;

import city.platform.db.SqlValues;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A rider's trips, as the portal and the API show them. */
@ApplicationScoped
public class Trips {

    private final EntityManager em;

    Trips(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public PageOf<TripView> of(String ownerId, PageQuery page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.medium, t.entry_station, a.name_zh, a.name_en, t.entered_at, t.exit_station,
                               b.name_zh, b.name_en, t.exited_at, t.status, t.distance_m, t.base_fen, t.discount_fen,
                               t.cap_fen, t.surcharge_fen, t.fare_fen, t.settled_at is not null,
                               t.settle_error is not null
                          from payments.trip t
                          join payments.metro_station a on a.code = t.entry_station
                          left join payments.metro_station b on b.code = t.exit_station
                         where t.owner_id = ?1
                         order by t.entered_at desc, t.id desc offset ?2 limit ?3""")
                .setParameter(1, ownerId)
                .setParameter(2, page.offset())
                .setParameter(3, page.size())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from payments.trip where owner_id = ?1")
                        .setParameter(1, ownerId)
                        .getSingleResult())
                .longValue();
        return PageOf.of(rows.stream().map(Trips::view).toList(), page, total);
    }

    private static TripView view(Object[] r) {
        return new TripView(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                SqlValues.instant(r[5]),
                (String) r[6],
                (String) r[7],
                (String) r[8],
                SqlValues.instant(r[9]),
                (String) r[10],
                r[11] == null ? null : ((Number) r[11]).intValue(),
                toLong(r[12]),
                toLong(r[13]),
                toLong(r[14]),
                toLong(r[15]),
                toLong(r[16]),
                (Boolean) r[17],
                (Boolean) r[18]);
    }

    private static Long toLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
