package city.citizen.internal.benefit;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import city.payments.api.FareConcessions;
import city.payments.api.Payments;
import city.payments.api.PayoutRequest;
import city.platform.db.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * "Entitled without applying": finds every citizen whose registry record shows them eligible for a {@link Benefit}
 * and grants it, with a notice: the concession goes to payments (its gantries apply it), the allowance is paid into
 * the wallet once a month. Each citizen is one transaction; a grant, its effect and its notice commit together, and
 * a payout is made once per month and citizen whatever the retries (the payout's idempotency key is the month).
 */
@ApplicationScoped
public class Entitlements {

    private static final Logger LOG = Logger.getLogger(Entitlements.class);
    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int YOUNGEST = 65;

    /** What one pass did. */
    public record Pass(int citizens, int granted, int paid) {}

    private final EntityManager em;
    private final FareConcessions concessions;
    private final Payments payments;
    private final Notifications notifications;
    private final Clock clock;

    Entitlements(
            EntityManager em,
            FareConcessions concessions,
            Payments payments,
            Notifications notifications,
            Clock clock) {
        this.em = em;
        this.concessions = concessions;
        this.payments = payments;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(
            identity = "citizen-entitlements",
            every = "${city.benefits.every:1h}",
            delayed = "${city.benefits.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Pass pass = run();
        if (pass.granted() > 0 || pass.paid() > 0) {
            LOG.infof(
                    "Benefits: %d citizens eligible, %d benefits granted, %d allowances paid",
                    pass.citizens(), pass.granted(), pass.paid());
        }
    }

    /** One pass over every citizen old enough for a benefit. */
    public Pass run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CITY_ZONE);
        List<Object[]> eligible = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select subject, birth_date from citizen.citizen_profile
                            where birth_date is not null and birth_date <= :born order by subject""")
                    .setParameter("born", today.minusYears(YOUNGEST))
                    .getResultList();
            return rows;
        });
        int granted = 0;
        int paid = 0;
        for (Object[] row : eligible) {
            String subject = (String) row[0];
            LocalDate born = SqlValues.localDate(row[1]);
            try {
                int[] done = QuarkusTransaction.requiringNew().call(() -> apply(subject, born, today));
                granted += done[0];
                paid += done[1];
            } catch (RuntimeException e) {
                // one citizen's failure (payments away, say) does not stop the others; the next pass tries again
                LOG.warnf(e, "Could not grant the benefits of %s; the next pass tries again", subject);
            }
        }
        return new Pass(eligible.size(), granted, paid);
    }

    /** The benefits a citizen has, in the order of {@link Benefit}. */
    @Transactional
    public List<GrantedBenefit> of(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select g.benefit, g.granted_at, p.month, p.amount_fen
                        from citizen.benefit_grant g
                        left join lateral (select month, amount_fen from citizen.benefit_payout p
                                           where p.benefit = g.benefit and p.subject = g.subject
                                           order by month desc limit 1) p on true
                        where g.subject = :subject""").setParameter("subject", subject).getResultList();
        List<GrantedBenefit> out = new ArrayList<>();
        for (Benefit b : Benefit.values()) {
            for (Object[] r : rows) {
                if (b.name().equals(r[0])) {
                    out.add(new GrantedBenefit(
                            b,
                            b.nameZh(),
                            b.nameEn(),
                            b.descriptionZh(),
                            b.descriptionEn(),
                            SqlValues.instant(r[1]),
                            (String) r[2],
                            r[3] == null ? null : ((Number) r[3]).longValue()));
                }
            }
        }
        return out;
    }

    private int[] apply(String subject, LocalDate born, LocalDate today) {
        int age = Period.between(born, today).getYears();
        int granted = 0;
        int paid = 0;
        for (Benefit b : Benefit.values()) {
            if (age < b.fromAge() || !grant(b, subject, age)) {
                continue;
            }
            granted++;
            switch (b) {
                case SENIOR_TRANSIT -> concessions.grant(subject, "SENIOR_65", 50, b.nameEn());
                case FREE_TRANSIT -> concessions.grant(subject, "SENIOR_70", 100, b.nameEn());
                case ELDERLY_ALLOWANCE -> {}
            }
            notifications.send(new NotificationRequest(
                    subject,
                    NotificationKind.BENEFIT,
                    "benefit_granted",
                    Map.of(
                            "benefit_zh", b.nameZh(),
                            "benefit_en", b.nameEn(),
                            "what_zh", b.descriptionZh(),
                            "what_en", b.descriptionEn(),
                            "url", "/citizen/my-city"),
                    "citizen:benefit:" + b + ":" + subject));
        }
        if (age >= Benefit.ELDERLY_ALLOWANCE.fromAge() && pay(subject, age, YearMonth.from(today))) {
            paid++;
        }
        return new int[] {granted, paid};
    }

    /** Records the grant; false when the citizen had it already. */
    private boolean grant(Benefit b, String subject, int age) {
        return em.createNativeQuery("""
                                insert into citizen.benefit_grant (benefit, subject, granted_at, age)
                                values (:benefit, :subject, :now, :age) on conflict do nothing""")
                        .setParameter("benefit", b.name())
                        .setParameter("subject", subject)
                        .setParameter("now", now())
                        .setParameter("age", age)
                        .executeUpdate()
                == 1;
    }

    /** This month's allowance, once: the row and the payout's key are both the month. */
    private boolean pay(String subject, int age, YearMonth month) {
        long fen = Benefit.allowanceFen(age);
        List<?> done = em.createNativeQuery("""
                        select 1 from citizen.benefit_payout
                        where benefit = 'ELDERLY_ALLOWANCE' and subject = :subject and month = :month""")
                .setParameter("subject", subject)
                .setParameter("month", month.toString())
                .getResultList();
        if (!done.isEmpty()) {
            return false;
        }
        UUID transfer = payments.payOut(new PayoutRequest(
                subject,
                fen,
                "elderly-allowance",
                month.toString(),
                "老年综合津贴 " + month + " / Elderly allowance " + month,
                "benefit:ELDERLY_ALLOWANCE:" + subject + ":" + month));
        em.createNativeQuery("""
                        insert into citizen.benefit_payout (benefit, subject, month, amount_fen, transfer_id, paid_at)
                        values ('ELDERLY_ALLOWANCE', :subject, :month, :fen, :transfer, :now)""")
                .setParameter("subject", subject)
                .setParameter("month", month.toString())
                .setParameter("fen", fen)
                .setParameter("transfer", transfer)
                .setParameter("now", now())
                .executeUpdate();
        String yuan = String.format("%d.%02d", fen / 100, fen % 100);
        notifications.send(new NotificationRequest(
                subject,
                NotificationKind.BENEFIT,
                "benefit_paid",
                Map.of("month", month.toString(), "amount", yuan, "url", "/wallet"),
                "citizen:benefit:ELDERLY_ALLOWANCE:" + subject + ":" + month));
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
