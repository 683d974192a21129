package city.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerException;
import city.payments.internal.ledger.StatementFilter;
import city.payments.internal.ledger.TransferKind;
import city.payments.internal.ledger.TransferRequest;
import city.platform.rest.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerTest implements LedgerStaysBalanced {

    @Inject
    Ledger ledger;

    @Inject
    Wallets wallets;

    @Inject
    PaymentsJobs jobs;

    @Inject
    EntityManager em;

    private long revenue() {
        return ledger.accountId("revenue:city-services");
    }

    @Test
    void postingMovesMoneyFromOneAccountToTheOther() {
        String alice = TestMoney.someone();
        TestMoney.fund(alice, 1_000);
        long before = ledger.findAccount(revenue()).orElseThrow().balance();
        ledger.post(
                new TransferRequest(UUID.randomUUID(), wallets.accountId(alice), revenue(), 300, "PAYMENT", "r", "x"));
        assertThat(TestMoney.balance(alice)).isEqualTo(700);
        assertThat(ledger.findAccount(revenue()).orElseThrow().balance()).isEqualTo(before + 300);
    }

    @Test
    void aWalletNeverGoesBelowZeroAndARefusedTransferLeavesNoTrace() {
        String bob = TestMoney.someone();
        TestMoney.fund(bob, 500);
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> ledger.post(
                        new TransferRequest(id, wallets.accountId(bob), revenue(), 501, "PAYMENT", "r", "x")))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.status().getStatusCode()).isEqualTo(402);
                    assertThat(e.type()).isEqualTo(LedgerException.INSUFFICIENT_FUNDS);
                });
        assertThat(TestMoney.balance(bob)).isEqualTo(500);
        assertThat(ledger.findTransfer(id)).isEmpty();
    }

    @Test
    void theSameTransferIdMovesMoneyOnce() {
        String carol = TestMoney.someone();
        TestMoney.fund(carol, 1_000);
        var request =
                new TransferRequest(UUID.randomUUID(), wallets.accountId(carol), revenue(), 400, "PAYMENT", "r", "x");
        var first = ledger.post(request);
        var second = ledger.post(request);
        assertThat(second).isEqualTo(first);
        assertThat(TestMoney.balance(carol)).isEqualTo(600);
        var other = new TransferRequest(request.id(), wallets.accountId(carol), revenue(), 401, "PAYMENT", "r", "x");
        assertThatThrownBy(() -> ledger.post(other))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(409));
        assertThat(TestMoney.balance(carol)).isEqualTo(600);
    }

    @Test
    void aHoldReservesMoneyAndAPartialCaptureGivesTheRestBack() {
        String dan = TestMoney.someone();
        TestMoney.fund(dan, 1_000);
        UUID hold = UUID.randomUUID();
        ledger.hold(
                new TransferRequest(hold, wallets.accountId(dan), revenue(), 800, "HOLD", "r", "x"),
                Instant.now().plusSeconds(600));
        assertThat(TestMoney.balance(dan)).isEqualTo(1_000);
        assertThat(TestMoney.available(dan)).isEqualTo(200);
        assertThatThrownBy(() -> ledger.post(new TransferRequest(
                        UUID.randomUUID(), wallets.accountId(dan), revenue(), 201, "PAYMENT", "r", "x")))
                .isInstanceOf(LedgerException.class);

        var capture = ledger.capture(hold, 650, UUID.randomUUID(), "PAYMENT");
        assertThat(capture.kind()).isEqualTo(TransferKind.POST_PENDING);
        assertThat(TestMoney.balance(dan)).isEqualTo(350);
        assertThat(TestMoney.available(dan)).isEqualTo(350);
        assertThatThrownBy(() -> ledger.capture(hold, 100, UUID.randomUUID(), "PAYMENT"))
                .isInstanceOfSatisfying(
                        LedgerException.class, e -> assertThat(e.type()).isEqualTo(LedgerException.HOLD_RESOLVED));
        assertThatThrownBy(() -> ledger.voidHold(hold, UUID.randomUUID(), "HOLD_RELEASED"))
                .isInstanceOf(LedgerException.class);
        assertThat(TestMoney.balance(dan)).isEqualTo(350);
    }

    @Test
    void aHoldThatTimesOutFreesTheMoney() throws InterruptedException {
        String erin = TestMoney.someone();
        TestMoney.fund(erin, 1_000);
        UUID hold = UUID.randomUUID();
        ledger.hold(
                new TransferRequest(hold, wallets.accountId(erin), revenue(), 700, "HOLD", "r", "x"),
                Instant.now().plusMillis(300));
        assertThat(TestMoney.available(erin)).isEqualTo(300);
        Thread.sleep(400);
        jobs.expireHolds();
        assertThat(TestMoney.available(erin)).isEqualTo(1_000);
        assertThat(TestMoney.balance(erin)).isEqualTo(1_000);
        assertThat(ledger.resolutionOf(hold)).get().extracting(t -> t.kind()).isEqualTo(TransferKind.VOID_PENDING);
        assertThatThrownBy(() -> ledger.capture(hold, 700, UUID.randomUUID(), "PAYMENT"))
                .isInstanceOfSatisfying(
                        LedgerException.class, e -> assertThat(e.type()).isEqualTo(LedgerException.HOLD_RESOLVED));
    }

    @Test
    void transfersCannotBeChangedOrDeleted() {
        String fay = TestMoney.someone();
        TestMoney.fund(fay, 100);
        UUID id = UUID.randomUUID();
        ledger.post(new TransferRequest(id, wallets.accountId(fay), revenue(), 100, "PAYMENT", "r", "x"));
        assertThatThrownBy(() -> changeAmount(id)).hasStackTraceContaining("immutable");
        assertThat(ledger.findTransfer(id).orElseThrow().amount()).isEqualTo(100);
    }

    void changeAmount(UUID id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update payments.transfer set amount = 1 where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
    }

    @Test
    void theStatementListsMoneyInAndOutNewestFirst() {
        String gus = TestMoney.someone();
        TestMoney.fund(gus, 1_000);
        ledger.post(
                new TransferRequest(UUID.randomUUID(), wallets.accountId(gus), revenue(), 250, "PAYMENT", "p1", "x"));
        var lines = ledger.statement(wallets.accountId(gus), StatementFilter.all(), 10);
        assertThat(lines).extracting(l -> l.signedAmount()).containsExactly(-250L, 1_000L);
        assertThat(lines.get(0).counterpartCode()).isEqualTo("revenue:city-services");
        var onlyIn = new StatementFilter(null, null, null, StatementFilter.Direction.IN, null, null);
        assertThat(ledger.statement(wallets.accountId(gus), onlyIn, 10)).hasSize(1);
    }
}
