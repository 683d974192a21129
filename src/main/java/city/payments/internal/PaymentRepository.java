package city.payments.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** The payment, locked until the transaction ends, so that captures and refunds of it run one at a time. */
    Optional<Payment> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Payment> byReference(String purpose, String reference) {
        return list("purpose = ?1 and reference = ?2 order by createdAt desc", purpose, reference);
    }

    List<Payment> byPayer(String payerId, int offset, int limit) {
        return find("payerId = ?1 order by createdAt desc, id desc", payerId)
                .range(offset, offset + limit - 1)
                .list();
    }

    long countByPayer(String payerId) {
        return count("payerId", payerId);
    }

    List<Payment> byPayee(long accountId, int offset, int limit) {
        return find("payeeAccountId = ?1 order by createdAt desc, id desc", accountId)
                .range(offset, offset + limit - 1)
                .list();
    }

    long countByPayee(long accountId) {
        return count("payeeAccountId", accountId);
    }

    Optional<Payment> byHoldTransfer(UUID transferId) {
        return find("holdTransferId", transferId).firstResultOptional();
    }
}
