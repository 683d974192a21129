package city.payments.rest;

import city.payments.internal.MerchantService;
import city.payments.internal.MerchantView;
import city.payments.internal.ledger.AccountKind;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.Reconciliation;
import city.payments.internal.ledger.StatementPage;
import city.payments.internal.ledger.Statements;
import city.payments.internal.metro.Gantry;
import city.payments.internal.metro.TransitCards;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff view of the books: accounts, statements, reconciliation, merchants. */
@Path("/api/v1/payments/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments administration")
@RolesAllowed({Roles.PAYMENTS_ADMIN, Roles.CITY_ADMIN})
public class PaymentsAdminResource {

    /** A merchant to register; {@code ownerId} is the Keycloak subject of the merchant's user. */
    public record MerchantInput(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
            String code,

            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String ownerId) {}

    private final Ledger ledger;
    private final MerchantService merchants;
    private final Statements statements;
    private final TransitCards transitCards;
    private final Gantry gantry;
    private final EntityManager em;
    private final CurrentUser user;

    PaymentsAdminResource(
            Ledger ledger,
            MerchantService merchants,
            Statements statements,
            TransitCards transitCards,
            Gantry gantry,
            EntityManager em,
            CurrentUser user) {
        this.em = em;
        this.user = user;
        this.ledger = ledger;
        this.merchants = merchants;
        this.statements = statements;
        this.transitCards = transitCards;
        this.gantry = gantry;
    }

    @GET
    @Path("accounts")
    @Operation(summary = "Accounts of the ledger, by kind and code")
    public PageOf<LedgerAccount> accounts(
            @QueryParam("kind") AccountKind kind,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        return PageOf.of(ledger.accounts(kind, query.offset(), query.size()), query, ledger.countAccounts(kind));
    }

    @GET
    @Path("accounts/{code}/statement")
    @Operation(summary = "The statement of any account")
    public StatementPage statement(
            @PathParam("code") String code,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("code") @Size(max = 40) String transferCode,
            @QueryParam("direction") String direction,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        long id = ledger.findAccount(code)
                .map(LedgerAccount::id)
                .orElseThrow(() -> ProblemException.notFound("No account " + code + "."));
        return statements.page(id, Statements.filter(from, to, transferCode, direction), after, size);
    }

    @GET
    @Path("reconciliation")
    @Operation(
            summary = "Check the books",
            description = "All balances must sum to zero and every account's totals must equal its transfers.")
    public Reconciliation reconciliation() {
        return ledger.reconcile();
    }

    /** Preloaded cards sold at a station counter, paid in cash. */
    public record IssueCardsInput(
            @Min(1) @Max(1000) int count,
            @Min(0) @Max(100_000) long valueFen) {}

    @POST
    @Path("transit-cards")
    @Operation(
            summary = "Issue preloaded transit cards paid in cash at a counter",
            description = "Requires an Idempotency-Key header: a retry issues (and takes the cash) once.")
    public Response issueCards(
            @NotNull @Valid IssueCardsInput input, @HeaderParam(WalletResource.IDEMPOTENCY_KEY) String key) {
        return Response.status(Response.Status.CREATED)
                .entity(transitCards.issuePreloaded(user.id(), input.count(), input.valueFen(), key))
                .build();
    }

    @GET
    @Path("metro/fares")
    @Operation(summary = "The fare rules in force")
    public FareRulesView fareRules() {
        var rules = gantry.rules();
        return new FareRulesView(rules.dailyCapFen(), rules.maxTimeInside().toMinutes(), rules.overstaySurchargeFen());
    }

    /** The configurable part of the fare rules; the distance bands and monthly tiers are Beijing's. */
    public record FareRulesView(long dailyCapFen, long maxMinutesInside, long overstaySurchargeFen) {}

    /** Counts that show whether money is flowing: payments, transfers, and the metro settlement backlog. */
    public record Stats(
            long payments,
            long transfers,
            long taps,
            long openTrips,
            long tripsToSettle,
            long tripsUnpaid,
            long tripsSettled) {}

    @GET
    @Path("stats")
    @Operation(summary = "Counts of payments and transfers, and the metro settlement backlog")
    @Transactional
    public Stats stats() {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select (select count(*) from payments.payment), (select count(*) from payments.transfer),
                               (select count(*) from payments.tap),
                               (select count(*) from payments.trip where status = 'OPEN'),
                               (select count(*) from payments.trip where status <> 'OPEN' and settled_at is null),
                               (select count(*) from payments.trip where settle_error is not null and settled_at is null),
                               (select count(*) from payments.trip where settled_at is not null)""").getSingleResult();
        return new Stats(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue());
    }

    @GET
    @Path("merchants")
    @Operation(summary = "Registered merchants")
    public List<MerchantView> merchants() {
        return merchants.all();
    }

    @POST
    @Path("merchants")
    @Operation(summary = "Register a merchant")
    public Response register(@NotNull @Valid MerchantInput input) {
        MerchantView created = merchants.register(input.code(), input.nameZh(), input.nameEn(), input.ownerId());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
