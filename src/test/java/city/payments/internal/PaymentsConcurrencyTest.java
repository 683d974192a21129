package city.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.api.ChargeRequest;
import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.platform.rest.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Money is never lost or duplicated when many requests hit one wallet at once, or when clients retry. */
@QuarkusTest
class PaymentsConcurrencyTest implements LedgerStaysBalanced {

    @Inject
    Payments payments;

    @Test
    void twoHundredConcurrentDebitsNeverOverdrawAWallet() throws Exception {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 150 * 100);
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        List<String> outcomes = concurrently(200, i -> {
            try {
                payments.charge(new ChargeRequest(
                        payer, 100, "revenue:city-services", "citizen", "ticket-" + i, null, "debit-" + i));
                return "paid";
            } catch (ProblemException e) {
                return String.valueOf(e.status().getStatusCode());
            } finally {
                lowest.accumulateAndGet(TestMoney.available(payer), Math::min);
            }
        });
        assertThat(outcomes.stream().filter("paid"::equals)).hasSize(150);
        assertThat(outcomes.stream().filter("402"::equals)).hasSize(50);
        assertThat(TestMoney.balance(payer)).isZero();
        assertThat(lowest.get()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theSameIdempotencyKeySentConcurrentlyMovesMoneyOnce() throws Exception {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 10_000);
        String key = UUID.randomUUID().toString();
        var request = new ChargeRequest(payer, 2_500, "revenue:parking", "parking", "booking-1", "Parking", key);
        List<String> ids = concurrently(20, i -> payments.charge(request).id().toString());
        assertThat(ids).hasSize(20).containsOnly(ids.get(0));
        assertThat(TestMoney.balance(payer)).isEqualTo(7_500);
        assertThat(payments.findByReference("parking", "booking-1"))
                .filteredOn(p -> p.payerId().equals(payer))
                .hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndMovesNothing() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 10_000);
        String key = UUID.randomUUID().toString();
        payments.charge(new ChargeRequest(payer, 1_000, "revenue:parking", "parking", "b-2", null, key));
        assertThatThrownBy(() -> payments.charge(
                        new ChargeRequest(payer, 1_001, "revenue:parking", "parking", "b-2", null, key)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().getStatusCode()).isEqualTo(409);
                    assertThat(e.type()).isEqualTo(Idempotency.REUSED_KEY);
                });
        assertThat(TestMoney.balance(payer)).isEqualTo(9_000);
    }

    @Test
    void aRefusedChargeIsReplayedAsRefusedEvenAfterATopUp() {
        String payer = TestMoney.someone();
        String key = UUID.randomUUID().toString();
        var request = new ChargeRequest(payer, 1_000, "revenue:parking", "parking", "b-3", null, key);
        assertThatThrownBy(() -> payments.charge(request))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(402));
        TestMoney.fund(payer, 5_000);
        assertThatThrownBy(() -> payments.charge(request))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(402));
        assertThat(TestMoney.balance(payer)).isEqualTo(5_000);
    }

    @Test
    void refundsRacingForTheSameMoneyNeverRefundMoreThanWasPaid() throws Exception {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 1_000);
        PaymentView paid = payments.charge(
                new ChargeRequest(payer, 1_000, "revenue:city-services", "citizen", "fee-1", null, "k-" + payer));
        List<String> outcomes = concurrently(10, i -> {
            try {
                payments.refund(paid.id(), 300, "duplicate fee", "refund-" + i + "-" + payer);
                return "refunded";
            } catch (ProblemException e) {
                return String.valueOf(e.status().getStatusCode());
            }
        });
        assertThat(outcomes.stream().filter("refunded"::equals)).hasSize(3);
        assertThat(TestMoney.balance(payer)).isEqualTo(900);
        PaymentView after = payments.findPayment(paid.id()).orElseThrow();
        assertThat(after.refundedFen()).isEqualTo(900);
        assertThat(after.status()).isEqualTo(PaymentStatus.COMPLETED);
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    static <T> List<T> concurrently(int n, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 32));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
