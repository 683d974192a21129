package city.traffic.internal;

import city.parking.api.ParkingApi;
import city.payments.api.ChargeRequest;
import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.platform.rest.ProblemException;
import city.traffic.internal.Violations.ViolationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A driver's traffic fines: the violations recorded for the plates they registered with parking, and paying one
 * through payments. A fine is paid once whatever the retries, double clicks and crashes: paying takes the
 * violation's row lock, so two attempts run one after the other and the second finds it paid; and a charge whose
 * violation was not marked (a crash between the two commits) is found by its reference at the next attempt and marks
 * the violation instead of charging again.
 */
@ApplicationScoped
public class Fines {

    static final String PURPOSE = "traffic-fine";
    static final String PAYEE = "revenue:traffic-fines";

    private final Violations violations;
    private final ParkingApi parking;
    private final Payments payments;
    private final DataSource dataSource;

    Fines(Violations violations, ParkingApi parking, Payments payments, DataSource dataSource) {
        this.violations = violations;
        this.parking = parking;
        this.payments = payments;
        this.dataSource = dataSource;
    }

    /** The violations of the citizen's plates, newest first. */
    public List<ViolationView> of(String citizenId) {
        return violations.ofPlates(parking.platesOf(citizenId), 200);
    }

    /** One of the citizen's violations; 404 for another driver's, so that nobody learns it exists. */
    public ViolationView get(String citizenId, UUID id) {
        return mine(citizenId, id).orElseThrow(() -> notFound(id));
    }

    /**
     * Pays a violation's fine from the citizen's wallet.
     *
     * @param attemptKey the client's idempotency key: a retry with it gets the first answer (payments keeps it)
     * @throws ProblemException 404 for a violation not on the citizen's plates, 409 when it is paid already or has no
     *     fine, 402 when the wallet lacks the money
     */
    @Transactional
    public ViolationView pay(String citizenId, UUID id, String attemptKey) {
        if (attemptKey == null || attemptKey.isBlank() || attemptKey.length() > 200) {
            throw ProblemException.invalidField(
                    "Idempotency-Key",
                    "is required (at most 200 characters): send a unique key and reuse it for retries");
        }
        lock(id);
        ViolationView v = mine(citizenId, id).orElseThrow(() -> notFound(id));
        if (v.paid()) {
            throw ProblemException.conflict(
                    "https://city.example/problems/fine-already-paid",
                    "This fine was paid at " + v.paidAt() + " (payment " + v.paymentId() + "); nothing was charged.");
        }
        if (v.fineFen() <= 0) {
            throw ProblemException.conflict("This violation carries no fine.");
        }
        Optional<PaymentView> earlier = payments.findByReference(PURPOSE, id.toString()).stream()
                .filter(p -> p.status() == PaymentStatus.COMPLETED && p.refundedFen() == 0)
                .findFirst();
        PaymentView payment = earlier.orElseGet(() -> payments.charge(new ChargeRequest(
                citizenId,
                v.fineFen(),
                PAYEE,
                PURPOSE,
                id.toString(),
                "交通违法罚款 Traffic fine " + v.plate() + " " + v.kind(),
                "fine:" + id + ":" + attemptKey)));
        violations.markPaid(id, payment.id());
        return violations.get(id).orElseThrow();
    }

    private Optional<ViolationView> mine(String citizenId, UUID id) {
        return violations.get(id).filter(v -> parking.platesOf(citizenId).contains(v.plate()));
    }

    /** Takes the violation's row lock until this transaction ends. */
    private void lock(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id from traffic.violation where id = ? for update")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw notFound(id);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock a violation", e);
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No violation " + id + " on your plates.");
    }
}
