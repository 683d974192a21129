package city.citizen.internal.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The city's view of casework: cases per department and status, time to a decision, and how many are overdue. */
@ApplicationScoped
public class CaseStatistics {

    /** One department's cases: how many in each status, the median hours to a decision, and the overdue ones. */
    public record DepartmentLoad(
            String departmentCode,
            String nameZh,
            String nameEn,
            long submitted,
            long inReview,
            long needsInfo,
            long approved,
            long rejected,
            long withdrawn,
            long open,
            long overdue,
            Duration medianToDecision) {

        /** Overdue ones among the open ones, in percent; 0 with none open. */
        public int overduePercent() {
            return open == 0 ? 0 : (int) Math.round(100.0 * overdue / open);
        }
    }

    private final EntityManager em;
    private final Clock clock;

    CaseStatistics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Every department with at least one case beyond a draft, in the city's department order. */
    @Transactional
    public List<DepartmentLoad> byDepartment() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select d.code, d.name_zh, d.name_en,
                               count(*) filter (where c.status = 'SUBMITTED'),
                               count(*) filter (where c.status = 'IN_REVIEW'),
                               count(*) filter (where c.status = 'NEEDS_INFO'),
                               count(*) filter (where c.status in ('APPROVED', 'CERTIFIED')),
                               count(*) filter (where c.status = 'REJECTED'),
                               count(*) filter (where c.status = 'WITHDRAWN'),
                               count(*) filter (where c.status in ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO')),
                               count(*) filter (where c.status in ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO')
                                                  and c.due_at < :now),
                               percentile_cont(0.5) within group (
                                   order by extract(epoch from (c.decided_at - c.submitted_at)))
                                   filter (where c.decided_at is not null and c.submitted_at is not null)
                        from citizen.application_case c
                        join citizen.department d on d.code = c.department_code
                        where c.status <> 'DRAFT'
                        group by d.code, d.name_zh, d.name_en, d.sort_order
                        order by d.sort_order, d.code""").setParameter("now", clock.instant()).getResultList();
        return rows.stream()
                .map(r -> new DepartmentLoad(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        n(r[3]),
                        n(r[4]),
                        n(r[5]),
                        n(r[6]),
                        n(r[7]),
                        n(r[8]),
                        n(r[9]),
                        n(r[10]),
                        r[11] == null ? null : Duration.ofSeconds(Math.round(((Number) r[11]).doubleValue()))))
                .toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
