package city.payments.rest;

import city.payments.api.PaymentView;
import city.payments.internal.MerchantService;
import city.payments.internal.PaymentRequestView;
import city.payments.internal.PaymentService;
import city.payments.internal.Wallets;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.StatementPage;
import city.payments.internal.ledger.Statements;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A citizen's wallet: balance, statement, payments, and paying a merchant's request. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet", description = "A citizen's wallet and payments")
@RolesAllowed(Roles.CITIZEN)
public class WalletResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Wallets wallets;
    private final PaymentService payments;
    private final MerchantService merchants;
    private final Statements statements;
    private final CurrentUser user;

    WalletResource(
            Wallets wallets,
            PaymentService payments,
            MerchantService merchants,
            Statements statements,
            CurrentUser user) {
        this.wallets = wallets;
        this.payments = payments;
        this.merchants = merchants;
        this.statements = statements;
        this.user = user;
    }

    @GET
    @Path("wallet")
    @Operation(summary = "My wallet's balance")
    public WalletView wallet() {
        return view(wallets.wallet(user.id()));
    }

    @GET
    @Path("wallet/statement")
    @Operation(
            summary = "My wallet's statement",
            description = "Newest first; filter by dates (city time, both included), transfer code (TOPUP, PAYMENT,"
                    + " REFUND, METRO_FARE, HOLD...) and direction (in, out). Page on with the `next` cursor.")
    public StatementPage statement(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("code") @Size(max = 40) String code,
            @QueryParam("direction") String direction,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return statements.page(wallets.accountId(user.id()), Statements.filter(from, to, code, direction), after, size);
    }

    @GET
    @Path("wallet/statement.csv")
    @Produces("text/csv")
    @Operation(summary = "My wallet's statement as CSV", description = "Same filters as the statement.")
    public Response statementCsv(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("code") @Size(max = 40) String code,
            @QueryParam("direction") String direction) {
        var body = statements.csv(wallets.accountId(user.id()), Statements.filter(from, to, code, direction));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statement.csv\"")
                .build();
    }

    @GET
    @Path("payments")
    @Operation(summary = "Payments I made, newest first")
    public PageOf<PaymentView> myPayments(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return payments.byPayer(user.id(), PageQuery.of(page, size));
    }

    @GET
    @Path("payment-requests/{id}")
    @Operation(summary = "A merchant's payment request, as its QR code leads to it")
    public PaymentRequestView request(@PathParam("id") UUID id) {
        return merchants.request(id);
    }

    @POST
    @Path("payment-requests/{id}/payment")
    @Operation(
            summary = "Pay a merchant's request from my wallet",
            description = "Requires an Idempotency-Key header: a retry with the same key returns the first answer.")
    public Response pay(@PathParam("id") UUID id, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        PaymentView paid = merchants.payRequest(user.id(), id, key);
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }

    /** A payment to a merchant's printed QR code: the merchant's code, the amount typed, an optional note. */
    public record MerchantPaymentInput(
            @NotBlank @Size(max = 40) String merchant,
            @Min(1) @Max(5_000_000) long amountFen,
            @Size(max = 100) String note) {}

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pay a merchant's printed QR code from my wallet",
            description = "Requires an Idempotency-Key header: a retry with the same key returns the first answer.")
    public Response payMerchant(@NotNull @Valid MerchantPaymentInput input, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        PaymentView paid = merchants.payMerchant(user.id(), input.merchant(), input.amountFen(), input.note(), key);
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }

    static WalletView view(LedgerAccount a) {
        return new WalletView(a.code(), a.balance(), a.available(), a.held());
    }
}
