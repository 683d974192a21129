package city.payments.rest;

import city.payments.api.PaymentView;
import city.payments.api.RefundView;
import city.payments.internal.MerchantService;
import city.payments.internal.MerchantView;
import city.payments.internal.PaymentRequestView;
import city.payments.internal.Wallets;
import city.payments.internal.ledger.StatementPage;
import city.payments.internal.ledger.Statements;
import city.payments.internal.ledger.Transfer;
import city.payments.internal.paycode.PayCodeClaims;
import city.payments.internal.paycode.PayCodeRejected;
import city.payments.internal.paycode.PayCodes;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a merchant does: ask for payments, see them, refund, settle to the bank. */
@Path("/api/v1/payments/merchant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Merchant", description = "Payment requests, payments, refunds and settlement of a merchant")
@RolesAllowed(Roles.MERCHANT)
public class MerchantResource {

    /** A payment request to create. */
    public record RequestInput(
            @Min(1) @Max(5_000_000) long amountFen,

            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+")
            String orderRef,

            @Size(max = 200) String description) {}

    /** A refund to make; {@code reason} shows on the citizen's statement. */
    public record RefundInput(
            @Min(1) long amountFen, @Size(max = 200) String reason) {}

    /** A payment taken by scanning the citizen's pay code. */
    public record ScanInput(
            @NotBlank @Size(max = 1000) String payCode,
            @Min(1) @Max(5_000_000) long amountFen,

            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+")
            String orderRef) {}

    private final MerchantService merchants;
    private final Statements statements;
    private final PayCodes payCodes;
    private final CurrentUser user;

    MerchantResource(MerchantService merchants, Statements statements, PayCodes payCodes, CurrentUser user) {
        this.merchants = merchants;
        this.statements = statements;
        this.payCodes = payCodes;
        this.user = user;
    }

    @POST
    @Path("scans")
    @Operation(
            summary = "Take a payment by scanning a citizen's pay code",
            description = "The code is checked (signature, expiry) and spent once. Requires an Idempotency-Key.")
    public Response scan(@NotNull @Valid ScanInput input, @HeaderParam(WalletResource.IDEMPOTENCY_KEY) String key) {
        merchants.merchantOf(user.id());
        PayCodeClaims claims;
        try {
            claims = payCodes.verify(input.payCode());
        } catch (PayCodeRejected e) {
            throw PayCodeResource.rejected(e);
        }
        if (!claims.payerRef().startsWith(Wallets.PREFIX)) {
            throw ProblemException.invalidField("payCode", "does not pay from a wallet");
        }
        String payer = claims.payerRef().substring(Wallets.PREFIX.length());
        PaymentView paid = merchants.charge(user.id(), payer, input.amountFen(), input.orderRef(), key, () -> {
            if (!payCodes.markUsed(claims)) {
                throw PayCodeResource.rejected(new PayCodeRejected(PayCodeRejected.Reason.REPLAYED, "used already"));
            }
        });
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }

    @GET
    @Operation(summary = "My merchant, with the balance waiting for settlement")
    public MerchantView me() {
        return merchants.view(merchants.merchantOf(user.id()));
    }

    @POST
    @Path("requests")
    @Operation(summary = "Ask for a payment", description = "Show `payUrl` as a QR code; it expires in 15 minutes.")
    public Response createRequest(@NotNull @Valid RequestInput input) {
        PaymentRequestView created =
                merchants.createRequest(user.id(), input.amountFen(), input.orderRef(), input.description());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("requests")
    @Operation(summary = "My payment requests, newest first")
    public PageOf<PaymentRequestView> requests(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return merchants.requests(user.id(), PageQuery.of(page, size));
    }

    @GET
    @Path("payments")
    @Operation(summary = "Payments I took, newest first")
    public PageOf<PaymentView> payments(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return merchants.payments(user.id(), PageQuery.of(page, size));
    }

    @POST
    @Path("payments/{id}/refunds")
    @Operation(summary = "Refund all or part of a payment", description = "Requires an Idempotency-Key header.")
    public Response refund(
            @PathParam("id") UUID id,
            @NotNull @Valid RefundInput input,
            @HeaderParam(WalletResource.IDEMPOTENCY_KEY) String key) {
        RefundView refund = merchants.refund(user.id(), id, input.amountFen(), input.reason(), key);
        return Response.status(Response.Status.CREATED).entity(refund).build();
    }

    @POST
    @Path("settlements")
    @Operation(
            summary = "Pay my whole balance out to my bank",
            description = "Requires an Idempotency-Key header; 409 when there is nothing to settle.")
    public Response settle(@HeaderParam(WalletResource.IDEMPOTENCY_KEY) String key) {
        Transfer payout = merchants.settle(user.id(), key);
        return Response.status(Response.Status.CREATED)
                .entity(new SettlementView(payout.id(), payout.amount(), payout.createdAt()))
                .build();
    }

    @GET
    @Path("statement")
    @Operation(summary = "My settlement account's statement, newest first")
    public StatementPage statement(
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        long account = merchants.merchantOf(user.id()).accountId;
        return statements.page(account, Statements.filter(null, null, null, null), after, size);
    }

    /** A payout of a merchant's balance to its bank. */
    public record SettlementView(UUID transferId, long amountFen, java.time.Instant at) {}
}
