package city.citizen.internal.notification;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import city.payments.api.Payments;
import city.payments.api.event.PaymentCompleted;
import city.payments.api.event.PaymentRefunded;
import city.platform.web.Yuan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends the payer a receipt when payments completes or refunds a payment, after its transaction committed, in a
 * transaction of its own (keyed by the payment, so a repeated event gives one receipt). A crash between the
 * payment's commit and the receipt's loses that receipt, never the payment; the wallet's statement still lists it.
 */
@ApplicationScoped
class PaymentReceipts {

    private static final Logger LOG = Logger.getLogger(PaymentReceipts.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;
    private final Payments payments;

    PaymentReceipts(Notifications notifications, Payments payments) {
        this.notifications = notifications;
        this.payments = payments;
    }

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentCompleted event) {
        try {
            // after the payment's commit its transaction is no longer usable: the receipt gets its own
            QuarkusTransaction.requiringNew()
                    .run(() -> notifications.send(new NotificationRequest(
                            event.payerId(),
                            NotificationKind.PAYMENT_RECEIPT,
                            "payment_receipt",
                            Map.of(
                                    "amount", Yuan.plain(event.amountFen()),
                                    "purpose", event.purpose(),
                                    "reference", String.valueOf(event.reference()),
                                    "time", TIME.format(event.completedAt()),
                                    "payment", event.paymentId().toString()),
                            "payments:completed:" + event.paymentId())));
        } catch (RuntimeException e) {
            // the payment stands; a missing receipt must not undo it or fail the payer's request
            LOG.errorf(e, "No receipt for payment %s", event.paymentId());
        }
    }

    void refunded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentRefunded event) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> payments.findPayment(event.paymentId())
                            .ifPresent(p -> notifications.send(new NotificationRequest(
                                    p.payerId(),
                                    NotificationKind.PAYMENT_RECEIPT,
                                    "payment_refund",
                                    Map.of(
                                            "amount", Yuan.plain(event.amountFen()),
                                            "total", Yuan.plain(event.refundedTotalFen()),
                                            "purpose", event.purpose(),
                                            "reference", String.valueOf(event.reference()),
                                            "time", TIME.format(event.refundedAt()),
                                            "refund", event.refundId().toString()),
                                    "payments:refunded:" + event.refundId()))));
        } catch (RuntimeException e) {
            LOG.errorf(e, "No refund notice for payment %s", event.paymentId());
        }
    }
}
