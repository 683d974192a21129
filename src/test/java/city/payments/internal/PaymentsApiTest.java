package city.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.api.ChargeRequest;
import city.payments.api.HoldRequest;
import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.payments.api.event.PaymentCompleted;
import city.payments.api.event.PaymentRefunded;
import city.platform.rest.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The facade other modules use: charges, holds and captures, refunds, and the events they observe. */
@QuarkusTest
class PaymentsApiTest implements LedgerStaysBalanced {

    /** Stands in for another module that observes payments after they commit. */
    @ApplicationScoped
    static class Observer {
        private final List<Object> seen = new CopyOnWriteArrayList<>();

        /** A method, not the field: the test holds a client proxy, whose own fields are not the bean's. */
        List<Object> seen() {
            return seen;
        }

        void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentCompleted e) {
            seen.add(e);
        }

        void refunded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentRefunded e) {
            seen.add(e);
        }
    }

    @Inject
    Payments payments;

    @Inject
    Observer observer;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aChargeIsObservedOnceAndARefusedChargeNever() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 1_000);
        String k = key();
        PaymentView paid =
                payments.charge(new ChargeRequest(payer, 600, "revenue:health", "health", "visit-7", "Visit", k));
        payments.charge(new ChargeRequest(payer, 600, "revenue:health", "health", "visit-7", "Visit", k));
        assertThat(observer.seen())
                .filteredOn(
                        e -> e instanceof PaymentCompleted c && c.paymentId().equals(paid.id()))
                .hasSize(1);
        assertThatThrownBy(() -> payments.charge(
                        new ChargeRequest(payer, 600, "revenue:health", "health", "visit-8", "Visit", key())))
                .isInstanceOf(ProblemException.class);
        assertThat(observer.seen())
                .filteredOn(e -> e instanceof PaymentCompleted c && "visit-8".equals(c.reference()))
                .isEmpty();
        var refund = payments.refund(paid.id(), 200, "overcharged", key());
        assertThat(observer.seen())
                .filteredOn(e -> e instanceof PaymentRefunded r && r.refundId().equals(refund.id()))
                .hasSize(1);
        assertThat(TestMoney.balance(payer)).isEqualTo(600);
    }

    @Test
    void aHoldIsCapturedInPartAndTheRestGoesBack() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 5_000);
        PaymentView held = payments.hold(new HoldRequest(
                payer, 3_000, "revenue:parking", "parking", "booking-9", "Parking", Duration.ofHours(2), key()));
        assertThat(held.status()).isEqualTo(PaymentStatus.HELD);
        assertThat(TestMoney.available(payer)).isEqualTo(2_000);
        PaymentView captured = payments.capture(held.id(), 1_800, key());
        assertThat(captured.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(captured.capturedFen()).isEqualTo(1_800);
        assertThat(TestMoney.balance(payer)).isEqualTo(3_200);
        assertThat(TestMoney.available(payer)).isEqualTo(3_200);
        assertThatThrownBy(() -> payments.release(held.id(), key()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(409));
    }

    @Test
    void aReleasedHoldGivesEverythingBack() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 5_000);
        PaymentView held = payments.hold(new HoldRequest(
                payer, 4_000, "revenue:parking", "parking", "booking-10", null, Duration.ofMinutes(30), key()));
        assertThat(payments.release(held.id(), key()).status()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(TestMoney.available(payer)).isEqualTo(5_000);
        assertThat(payments.findByReference("parking", "booking-10"))
                .extracting(PaymentView::status)
                .containsExactly(PaymentStatus.VOIDED);
    }

    @Test
    void badRequestsAreProblemsAndMoveNothing() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 1_000);
        assertThatThrownBy(() ->
                        payments.charge(new ChargeRequest(payer, 0, "revenue:health", "health", "x", null, key())))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() ->
                        payments.charge(new ChargeRequest(payer, 100, "wallet:" + payer, "health", "x", null, key())))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() ->
                        payments.charge(new ChargeRequest(payer, 100, "revenue:health", "health", "x", null, null)))
                .isInstanceOf(ProblemException.class);
        assertThat(TestMoney.balance(payer)).isEqualTo(1_000);
    }
}
