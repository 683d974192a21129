package city.citizen.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import city.citizen.internal.benefit.Benefit;
import city.citizen.internal.benefit.Entitlements;
import city.citizen.internal.benefit.GrantedBenefit;
import city.citizen.internal.profile.ProfileService;
import city.payments.TestMoney;
import city.payments.api.FareConcessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Benefits reach everyone the registry shows eligible, once, with a notice, and nobody else; nobody applies. */
@QuarkusTest
class BenefitsTest {

    @Inject
    ProfileService profiles;

    @Inject
    Entitlements entitlements;

    @Inject
    FareConcessions concessions;

    @Inject
    EntityManager em;

    private String registered(int age) {
        String subject = "benefit-" + age + "-" + UUID.randomUUID();
        LocalDate born =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(age).minusDays(3);
        QuarkusTransaction.requiringNew()
                .run(() -> profiles.register(subject, subject, "测试居民", null, null, "上海市", born));
        return subject;
    }

    private long notices(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from citizen.notification where recipient = :s and kind = 'BENEFIT'")
                                .setParameter("s", subject)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void everyEligibleCitizenGetsTheirBenefitsOnceAndTheYoungNone() {
        String at76 = registered(76);
        String at66 = registered(66);
        String at40 = registered(40);

        entitlements.run();

        assertThat(entitlements.of(at76))
                .extracting(GrantedBenefit::benefit)
                .containsExactly(Benefit.SENIOR_TRANSIT, Benefit.FREE_TRANSIT, Benefit.ELDERLY_ALLOWANCE);
        assertThat(entitlements.of(at66))
                .extracting(GrantedBenefit::benefit)
                .containsExactly(Benefit.SENIOR_TRANSIT, Benefit.ELDERLY_ALLOWANCE);
        assertThat(entitlements.of(at40)).isEmpty();
        // payments applies the concessions, and the allowance is in the wallet at the age band's rate
        assertThat(concessions.percentFor(at76)).isEqualTo(100);
        assertThat(concessions.percentFor(at66)).isEqualTo(50);
        assertThat(concessions.percentFor(at40)).isZero();
        assertThat(TestMoney.balance(at76)).isEqualTo(15_000);
        assertThat(TestMoney.balance(at66)).isEqualTo(7_500);
        assertThat(entitlements.of(at76).get(2).lastPaidMonth())
                .isEqualTo(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        // one notice per benefit, and one for the payment
        assertThat(notices(at76)).isEqualTo(4);
        assertThat(notices(at66)).isEqualTo(3);
        assertThat(notices(at40)).isZero();

        // a second pass (a restart, the next hour) grants and pays nothing again
        entitlements.run();
        assertThat(TestMoney.balance(at76)).isEqualTo(15_000);
        assertThat(TestMoney.balance(at66)).isEqualTo(7_500);
        assertThat(notices(at76)).isEqualTo(4);
        assertThat(entitlements.of(at76)).hasSize(3);
        List<String> subjects = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> s = em.createNativeQuery(
                            "select subject from citizen.benefit_payout where subject in (:a, :b)")
                    .setParameter("a", at76)
                    .setParameter("b", at66)
                    .getResultList();
            return s;
        });
        assertThat(subjects).hasSize(2);
    }
}
