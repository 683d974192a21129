package city.parking.internal;

import city.platform.config.Demo;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Something to look at in a local demo: four weeks of hourly occupancy history for every lot (from the same daily
 * profile the simulated sensors follow), so that predictions have data on first start. Runs only with
 * {@code city.demo.enabled} and only when the history is empty; real history replaces it as the sensors report.
 */
@ApplicationScoped
public class ParkingDemoData {

    private static final Logger LOG = Logger.getLogger(ParkingDemoData.class);

    private final DataSource dataSource;
    private final boolean enabled;

    ParkingDemoData(DataSource dataSource, Demo demo) {
        this.dataSource = dataSource;
        this.enabled = demo.enabled();
    }

    void seedInBackground(@Observes StartupEvent event, ManagedExecutor executor) {
        if (!enabled) {
            return;
        }
        executor.runAsync(() -> {
            try {
                seed();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("parking demo history could not be written", e);
            }
        });
    }

    void seed() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select exists (select 1 from parking.occupancy_history)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            int rows = st.executeUpdate("""
                    with lots as (
                        select l.id, l.category = 'onStreet' as on_street, count(s.id) as total,
                               ((hashtext(l.id) & 255) / 255.0 - 0.5) * 0.3 as bias
                        from parking.lot l join parking.space s on s.lot_id = l.id
                        where l.active group by l.id),
                    hours as (
                        select b, extract(hour from b at time zone 'Asia/Shanghai') + 0.5 as h,
                               extract(isodow from b at time zone 'Asia/Shanghai') as dow
                        from generate_series(date_trunc('hour', now()) - interval '28 days',
                                             date_trunc('hour', now()) - interval '1 hour', interval '1 hour') b),
                    rates as (
                        select lots.id, lots.total, hours.b,
                               least(0.97, greatest(0.03,
                                   (case when lots.on_street
                                         then 0.15 + 0.75 * greatest(0, sin(pi() * (hours.h - 6.5) / 14.5))
                                         else 0.2 + 0.55 * greatest(0, sin(pi() * (hours.h - 6.5) / 14.5))
                                                  + 0.15 * greatest(0, sin(pi() * (hours.h - 17) / 6)) end)
                                   * (case when hours.dow = 7 then 0.8 else 1 end) + lots.bias)) as rate
                        from lots cross join hours)
                    insert into parking.occupancy_history (lot_id, bucket, total, free, occupied, unknown)
                    select id, b, total,
                           total - round(total * rate)::int - round(total * 0.003)::int,
                           round(total * rate)::int, round(total * 0.003)::int
                    from rates
                    on conflict do nothing""");
            LOG.infof("parking demo history ready: %d hourly rows over four weeks", rows);
        }
    }
}
