package city.payments.internal.ledger;

import city.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * The double-entry ledger: accounts, and transfers that each debit one account and credit another. Every method
 * joins the caller's transaction (or opens one), so a business change and the money it moves commit together.
 * Accounts are updated in id order so that two transfers between the same accounts cannot deadlock.
 */
@ApplicationScoped
public class Ledger {

    private static final String ACCOUNT_COLUMNS = "id, code, kind, owner_id, name_zh, name_en, may_go_negative,"
            + " debits_posted, credits_posted, debits_pending, credits_pending, created_at";
    private static final String TRANSFER_COLUMNS = "id, kind, debit_account_id, credit_account_id, amount, pending_id,"
            + " timeout_at, code, reference, description, created_at";

    private static final String T_COLUMNS = "t.id, t.kind, t.debit_account_id, t.credit_account_id, t.amount,"
            + " t.pending_id, t.timeout_at, t.code, t.reference, t.description, t.created_at";

    private final DataSource dataSource;
    private final Clock clock;
    private final Event<AccountsChanged> changed;
    private final ConcurrentMap<String, Long> idsByCode = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, String> codesById = new ConcurrentHashMap<>();

    Ledger(DataSource dataSource, Clock clock, Event<AccountsChanged> changed) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.changed = changed;
    }

    /**
     * Opens an account, or finds the one with this code: safe to call from many threads at once. It commits on its
     * own, so an account id never refers to a row that a rolled-back transaction took with it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long openAccount(
            String code, AccountKind kind, String ownerId, String nameZh, String nameEn, boolean mayGoNegative) {
        Long known = idsByCode.get(code);
        if (known != null) {
            return known;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into payments.account (code, kind, owner_id, name_zh, name_en, may_go_negative, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing returning id""")) {
            insert.setString(1, code);
            insert.setString(2, kind.name());
            insert.setString(3, ownerId);
            insert.setString(4, nameZh);
            insert.setString(5, nameEn);
            insert.setBoolean(6, mayGoNegative);
            insert.setTimestamp(7, Timestamp.from(clock.instant()));
            try (ResultSet rs = insert.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
        return accountId(code);
    }

    /** The id of an account by its code; a 404 problem when there is none. */
    @Transactional
    public long accountId(String code) {
        Long known = idsByCode.get(code);
        if (known != null) {
            return known;
        }
        long id = findAccount(code)
                .map(LedgerAccount::id)
                .orElseThrow(() -> ProblemException.notFound("No account " + code + "."));
        idsByCode.put(code, id);
        return id;
    }

    /** The code of an account by its id (codes never change, so this is cached). */
    @Transactional
    public String codeOf(long id) {
        String known = codesById.get(id);
        if (known != null) {
            return known;
        }
        String code = findAccount(id)
                .map(LedgerAccount::code)
                .orElseThrow(() -> ProblemException.notFound("No account " + id + "."));
        codesById.put(id, code);
        return code;
    }

    @Transactional
    public Optional<LedgerAccount> findAccount(String code) {
        return queryOne("select " + ACCOUNT_COLUMNS + " from payments.account where code = ?", code, Ledger::account);
    }

    @Transactional
    public Optional<LedgerAccount> findAccount(long id) {
        return queryOne("select " + ACCOUNT_COLUMNS + " from payments.account where id = ?", id, Ledger::account);
    }

    /** Accounts of one kind (all when null), in code order, one page at a time. */
    @Transactional
    public List<LedgerAccount> accounts(AccountKind kind, int offset, int limit) {
        String sql = "select " + ACCOUNT_COLUMNS + " from payments.account" + (kind == null ? "" : " where kind = ?")
                + " order by kind, code offset ? limit ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (kind != null) {
                ps.setString(i++, kind.name());
            }
            ps.setInt(i++, offset);
            ps.setInt(i, limit);
            List<LedgerAccount> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(account(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    @Transactional
    public long countAccounts(AccountKind kind) {
        String sql = "select count(*) from payments.account" + (kind == null ? "" : " where kind = ?");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (kind != null) {
                ps.setString(1, kind.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /**
     * Posts a transfer at once. Posting the same id again returns the first transfer and moves nothing; the same id
     * with other accounts or amount is a 409 problem.
     *
     * @throws LedgerException 402 when the debit account may not go negative and lacks the money
     */
    @Transactional
    public Transfer post(TransferRequest request) {
        return insertAndApply(request, TransferKind.POSTED, null, null, request.amount(), request.amount());
    }

    /** Reserves money until {@code timeoutAt}: it leaves the debit account's available balance but not its balance. */
    @Transactional
    public Transfer hold(TransferRequest request, Instant timeoutAt) {
        return insertAndApply(request, TransferKind.PENDING, null, timeoutAt, request.amount(), request.amount());
    }

    /**
     * Captures a hold, wholly or in part; what is not captured goes back to the payer.
     *
     * @throws LedgerException 409 when the hold was already captured, voided or has expired
     */
    @Transactional
    public Transfer capture(UUID pendingId, long amount, UUID captureId, String code) {
        Transfer pending = openHold(pendingId);
        if (amount <= 0 || amount > pending.amount()) {
            throw ProblemException.invalidField(
                    "amountFen", "must be between 1 and the " + pending.amount() + " fen held");
        }
        TransferRequest request = new TransferRequest(
                captureId,
                pending.debitAccountId(),
                pending.creditAccountId(),
                amount,
                code,
                pending.reference(),
                pending.description());
        return insertAndApply(request, TransferKind.POST_PENDING, pendingId, null, amount, pending.amount());
    }

    /** Releases a hold: the money becomes available to the payer again. */
    @Transactional
    public Transfer voidHold(UUID pendingId, UUID voidId, String code) {
        Transfer pending = openHold(pendingId);
        return voidPending(pending, voidId, code);
    }

    /** Voids every hold whose timeout has passed, oldest first, at most {@code max}; returns how many. */
    @Transactional
    public List<Transfer> expireHolds(int max) {
        List<Transfer> expired = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + TRANSFER_COLUMNS
                        + " from payments.transfer t where t.kind = 'PENDING' and t.timeout_at <= ?"
                        + " and not exists (select 1 from payments.transfer r where r.pending_id = t.id)"
                        + " order by t.timeout_at limit ? for update skip locked")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setInt(2, max);
            List<Transfer> due = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(transfer(rs));
                }
            }
            for (Transfer pending : due) {
                expired.add(voidPending(pending, UUID.randomUUID(), "HOLD_EXPIRED"));
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
        return expired;
    }

    @Transactional
    public Optional<Transfer> findTransfer(UUID id) {
        return queryOne("select " + TRANSFER_COLUMNS + " from payments.transfer where id = ?", id, Ledger::transfer);
    }

    /** The capture or void of a hold, if it has one. */
    @Transactional
    public Optional<Transfer> resolutionOf(UUID pendingId) {
        return queryOne(
                "select " + TRANSFER_COLUMNS + " from payments.transfer where pending_id = ?",
                pendingId,
                Ledger::transfer);
    }

    /** The transfers that touched an account, newest first, filtered; keyset-paged by {@code before}. */
    @Transactional
    public List<StatementLine> statement(long accountId, StatementFilter filter, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.from() != null) {
            where.append(" and t.created_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and t.created_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        if (filter.code() != null) {
            where.append(" and t.code = ?");
            args.add(filter.code());
        }
        if (filter.beforeAt() != null) {
            where.append(" and (t.created_at, t.id) < (?, ?)");
            args.add(Timestamp.from(filter.beforeAt()));
            args.add(filter.beforeId());
        }
        String credits = "select " + T_COLUMNS
                + ", t.debit_account_id as other_id, 1 as sign from payments.transfer t where t.credit_account_id = ?"
                + where;
        String debits = "select " + T_COLUMNS
                + ", t.credit_account_id as other_id, -1 as sign from payments.transfer t where t.debit_account_id = ?"
                + where;
        String sql = "select x.*, o.code as other_code, o.name_zh as other_zh, o.name_en as other_en from (("
                + credits + " order by t.created_at desc, t.id desc limit ?) union all (" + debits
                + " order by t.created_at desc, t.id desc limit ?)) x join payments.account o on o.id = x.other_id"
                + " order by x.created_at desc, x.id desc limit ?";
        boolean in = filter.direction() == null || filter.direction() == StatementFilter.Direction.IN;
        boolean out = filter.direction() == null || filter.direction() == StatementFilter.Direction.OUT;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, in ? accountId : -1);
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            ps.setInt(i++, limit);
            ps.setLong(i++, out ? accountId : -1);
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            ps.setInt(i++, limit);
            ps.setInt(i, limit);
            List<StatementLine> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Transfer t = transfer(rs);
                    lines.add(new StatementLine(
                            t,
                            rs.getInt("sign") * t.amount(),
                            rs.getString("other_code"),
                            rs.getString("other_zh"),
                            rs.getString("other_en")));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /**
     * Checks the books: the balances of all accounts sum to zero, and every account's running totals equal the sum
     * of its transfers.
     */
    @Transactional
    public Reconciliation reconcile() {
        String sql = """
                with legs as (
                    select debit_account_id as account_id,
                           sum(amount) filter (where kind in ('POSTED', 'POST_PENDING')) as debits_posted,
                           0::numeric as credits_posted,
                           sum(amount) filter (where kind = 'PENDING' and not exists
                               (select 1 from payments.transfer r where r.pending_id = t.id)) as debits_pending,
                           0::numeric as credits_pending
                      from payments.transfer t group by debit_account_id
                    union all
                    select credit_account_id,
                           0, sum(amount) filter (where kind in ('POSTED', 'POST_PENDING')),
                           0, sum(amount) filter (where kind = 'PENDING' and not exists
                               (select 1 from payments.transfer r where r.pending_id = t.id))
                      from payments.transfer t group by credit_account_id),
                sums as (
                    select account_id, coalesce(sum(debits_posted), 0) as dp, coalesce(sum(credits_posted), 0) as cp,
                           coalesce(sum(debits_pending), 0) as dq, coalesce(sum(credits_pending), 0) as cq
                      from legs group by account_id)
                select a.code, a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending,
                       coalesce(s.dp, 0), coalesce(s.cp, 0), coalesce(s.dq, 0), coalesce(s.cq, 0)
                  from payments.account a left join sums s on s.account_id = a.id
                 order by a.id""";
        long sumOfBalances = 0;
        long sumOfPending = 0;
        int accounts = 0;
        List<Reconciliation.Mismatch> mismatches = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                accounts++;
                long dp = rs.getLong(2);
                long cp = rs.getLong(3);
                long dq = rs.getLong(4);
                long cq = rs.getLong(5);
                sumOfBalances += cp - dp;
                sumOfPending += cq - dq;
                if (dp != rs.getLong(6) || cp != rs.getLong(7) || dq != rs.getLong(8) || cq != rs.getLong(9)) {
                    mismatches.add(new Reconciliation.Mismatch(
                            rs.getString(1), cp - dp, rs.getLong(7) - rs.getLong(6), dq, rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
        long transfers = countTransfers();
        return new Reconciliation(
                sumOfBalances == 0 && sumOfPending == 0 && mismatches.isEmpty(),
                sumOfBalances,
                sumOfPending,
                accounts,
                transfers,
                mismatches,
                clock.instant());
    }

    private long countTransfers() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from payments.transfer");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    private Transfer openHold(UUID pendingId) {
        Transfer pending = findTransfer(pendingId)
                .filter(t -> t.kind() == TransferKind.PENDING)
                .orElseThrow(() -> ProblemException.notFound("No hold " + pendingId + "."));
        if (resolutionOf(pendingId).isPresent()) {
            throw new LedgerException(
                    Response.Status.CONFLICT,
                    LedgerException.HOLD_RESOLVED,
                    "The hold was already captured or voided.");
        }
        if (!pending.timeoutAt().isAfter(clock.instant())) {
            throw new LedgerException(
                    Response.Status.CONFLICT,
                    LedgerException.HOLD_EXPIRED,
                    "The hold expired at " + pending.timeoutAt() + "; its money was released.");
        }
        return pending;
    }

    private Transfer voidPending(Transfer pending, UUID voidId, String code) {
        TransferRequest request = new TransferRequest(
                voidId,
                pending.debitAccountId(),
                pending.creditAccountId(),
                pending.amount(),
                code,
                pending.reference(),
                pending.description());
        return insertAndApply(request, TransferKind.VOID_PENDING, pending.id(), null, 0, pending.amount());
    }

    /**
     * Inserts the transfer, then changes both accounts. {@code posted} is what moves for good, {@code pendingDelta}
     * what a PENDING transfer reserves or a resolving one releases.
     */
    private Transfer insertAndApply(
            TransferRequest r, TransferKind kind, UUID pendingId, Instant timeoutAt, long posted, long pendingDelta) {
        // PostgreSQL keeps microseconds: the returned transfer must equal the one read back later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into payments.transfer (" + TRANSFER_COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                insert.setObject(1, r.id());
                insert.setString(2, kind.name());
                insert.setLong(3, r.debitAccountId());
                insert.setLong(4, r.creditAccountId());
                insert.setLong(5, kind == TransferKind.VOID_PENDING ? pendingDelta : r.amount());
                insert.setObject(6, pendingId);
                insert.setTimestamp(7, timeoutAt == null ? null : Timestamp.from(timeoutAt));
                insert.setString(8, r.code());
                insert.setString(9, r.reference());
                insert.setString(10, r.description());
                insert.setTimestamp(11, Timestamp.from(now));
                if (insert.executeUpdate() == 0) {
                    return existing(r, kind, pendingId);
                }
            }
            boolean debitFirst = r.debitAccountId() < r.creditAccountId();
            if (debitFirst) {
                applyDebit(c, r, kind, posted, pendingDelta);
                applyCredit(c, r, kind, posted, pendingDelta);
            } else {
                applyCredit(c, r, kind, posted, pendingDelta);
                applyDebit(c, r, kind, posted, pendingDelta);
            }
            changed.fire(new AccountsChanged(r.debitAccountId(), r.creditAccountId()));
            return new Transfer(
                    r.id(),
                    kind,
                    r.debitAccountId(),
                    r.creditAccountId(),
                    kind == TransferKind.VOID_PENDING ? pendingDelta : r.amount(),
                    pendingId,
                    timeoutAt,
                    r.code(),
                    r.reference(),
                    r.description(),
                    now);
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    private Transfer existing(TransferRequest r, TransferKind kind, UUID pendingId) {
        Optional<Transfer> same = findTransfer(r.id());
        if (same.isPresent()
                && same.get().kind() == kind
                && same.get().debitAccountId() == r.debitAccountId()
                && same.get().creditAccountId() == r.creditAccountId()
                && (kind == TransferKind.VOID_PENDING || same.get().amount() == r.amount())) {
            return same.get();
        }
        if (pendingId != null && same.isEmpty()) {
            throw new LedgerException(
                    Response.Status.CONFLICT,
                    LedgerException.HOLD_RESOLVED,
                    "The hold was already captured or voided.");
        }
        throw ProblemException.conflict("Transfer " + r.id() + " exists with other values.");
    }

    private void applyDebit(Connection c, TransferRequest r, TransferKind kind, long posted, long pendingDelta)
            throws SQLException {
        String sql = switch (kind) {
            case POSTED ->
                "update payments.account set debits_posted = debits_posted + ? where id = ?"
                        + " and (may_go_negative or credits_posted - debits_posted - debits_pending >= ?)";
            case PENDING ->
                "update payments.account set debits_pending = debits_pending + ? where id = ?"
                        + " and (may_go_negative or credits_posted - debits_posted - debits_pending >= ?)";
            case POST_PENDING, VOID_PENDING ->
                "update payments.account set debits_posted = debits_posted + ?,"
                        + " debits_pending = debits_pending - ? where id = ?";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (kind == TransferKind.POSTED || kind == TransferKind.PENDING) {
                ps.setLong(1, r.amount());
                ps.setLong(2, r.debitAccountId());
                ps.setLong(3, r.amount());
            } else {
                ps.setLong(1, posted);
                ps.setLong(2, pendingDelta);
                ps.setLong(3, r.debitAccountId());
            }
            if (ps.executeUpdate() == 0) {
                String code = findAccount(r.debitAccountId())
                        .map(LedgerAccount::code)
                        .orElseThrow(() -> ProblemException.notFound("No account " + r.debitAccountId() + "."));
                throw LedgerException.insufficientFunds(code, r.amount());
            }
        }
    }

    private void applyCredit(Connection c, TransferRequest r, TransferKind kind, long posted, long pendingDelta)
            throws SQLException {
        String sql = switch (kind) {
            case POSTED -> "update payments.account set credits_posted = credits_posted + ? where id = ?";
            case PENDING -> "update payments.account set credits_pending = credits_pending + ? where id = ?";
            case POST_PENDING, VOID_PENDING ->
                "update payments.account set credits_posted = credits_posted"
                        + " + ?, credits_pending = credits_pending - ? where id = ?";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (kind == TransferKind.POSTED || kind == TransferKind.PENDING) {
                ps.setLong(1, r.amount());
                ps.setLong(2, r.creditAccountId());
            } else {
                ps.setLong(1, posted);
                ps.setLong(2, pendingDelta);
                ps.setLong(3, r.creditAccountId());
            }
            if (ps.executeUpdate() == 0) {
                throw ProblemException.notFound("No account " + r.creditAccountId() + ".");
            }
        }
    }

    private <K, T> Optional<T> queryOne(String sql, K key, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    static LedgerAccount account(ResultSet rs) throws SQLException {
        return new LedgerAccount(
                rs.getLong("id"),
                rs.getString("code"),
                AccountKind.valueOf(rs.getString("kind")),
                rs.getString("owner_id"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getBoolean("may_go_negative"),
                rs.getLong("debits_posted"),
                rs.getLong("credits_posted"),
                rs.getLong("debits_pending"),
                rs.getLong("credits_pending"),
                rs.getTimestamp("created_at").toInstant());
    }

    static Transfer transfer(ResultSet rs) throws SQLException {
        Timestamp timeout = rs.getTimestamp("timeout_at");
        return new Transfer(
                rs.getObject("id", UUID.class),
                TransferKind.valueOf(rs.getString("kind")),
                rs.getLong("debit_account_id"),
                rs.getLong("credit_account_id"),
                rs.getLong("amount"),
                rs.getObject("pending_id", UUID.class),
                timeout == null ? null : timeout.toInstant(),
                rs.getString("code"),
                rs.getString("reference"),
                rs.getString("description"),
                rs.getTimestamp("created_at").toInstant());
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
