package city.payments.web;

import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.RefundView;
import city.payments.internal.Merchant;
import city.payments.internal.MerchantService;
import city.payments.internal.MerchantView;
import city.payments.internal.PaymentRequest;
import city.payments.internal.PaymentRequestView;
import city.payments.internal.PaymentService;
import city.payments.internal.ledger.Transfer;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.platform.web.Pager;
import city.platform.web.Yuan;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** A merchant's counter: ask for payments by QR code, see requests and payments, refund, settle to the bank. */
@Path("/admin/payments/merchant")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MERCHANT)
public class MerchantPage {

    static final String HOME = "/admin/payments/merchant";
    private static final int PAGE_SIZE = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(MerchantScreen m);

        static native TemplateInstance request(PaymentRequestView r, RawString qr, boolean created);

        static native TemplateInstance unregistered();
    }

    /** The counter page with its forms as typed; {@code refundPaymentId} names the payment whose refund failed. */
    public record MerchantScreen(
            MerchantView merchant,
            RequestForm form,
            FieldErrors formErrors,
            PageOf<PaymentRequestView> requests,
            Pager requestsPager,
            PageOf<PaymentView> payments,
            Pager paymentsPager,
            UUID refundPaymentId,
            RefundForm refund,
            FieldErrors refundErrors,
            String settleKey,
            String settleError,
            String notice) {

        /** The refund form of a payment: as typed when its refund failed, else the whole refundable amount. */
        public RefundForm refundOf(PaymentView p) {
            if (p.id().equals(refundPaymentId)) {
                return refund;
            }
            RefundForm fresh = new RefundForm();
            fresh.amount = Yuan.plain(refundable(p));
            return fresh;
        }

        public FieldErrors refundErrorsOf(PaymentView p) {
            return p.id().equals(refundPaymentId) ? refundErrors : FieldErrors.NONE;
        }

        public long refundable(PaymentView p) {
            return p.status() == PaymentStatus.COMPLETED ? p.capturedFen() - p.refundedFen() : 0;
        }
    }

    private final MerchantService merchants;
    private final PaymentService payments;
    private final CurrentUser user;
    private final PageContext page;

    MerchantPage(MerchantService merchants, PaymentService payments, CurrentUser user, PageContext page) {
        this.merchants = merchants;
        this.payments = payments;
        this.user = user;
        this.page = page;
    }

    @GET
    @RolesAllowed(Roles.MERCHANT)
    public Response home(
            @QueryParam("requests") String requestsPage,
            @QueryParam("payments") String paymentsPage,
            @QueryParam("done") String done,
            @QueryParam("fen") String fen) {
        Optional<Merchant> merchant = merchant();
        if (merchant.isEmpty()) {
            return unregistered();
        }
        return render(
                200,
                merchant.get(),
                new RequestForm(),
                FieldErrors.NONE,
                Pager.parsePage(requestsPage),
                Pager.parsePage(paymentsPage),
                null,
                null,
                FieldErrors.NONE,
                null,
                notice(done, fen));
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MERCHANT)
    public Response create(@BeanParam RequestForm form) {
        Optional<Merchant> merchant = merchant();
        if (merchant.isEmpty()) {
            return unregistered();
        }
        Lang lang = page.language();
        RequestForm.Parsed parsed = form.parse(lang);
        if (!parsed.errors().isEmpty()) {
            return formInvalid(merchant.get(), form, FieldErrors.of(parsed.errors()), 400);
        }
        try {
            PaymentRequestView created =
                    merchants.createRequest(user.id(), parsed.amountFen(), parsed.orderRef(), parsed.description());
            return seeOther(HOME + "/requests/" + created.id() + "?created=1");
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            if (MerchantService.ORDER_TAKEN.equals(e.type())) {
                errors.put("orderRef", lang.messages(PayMsg.class).problem_order_taken());
            } else if (e.errors().stream().anyMatch(f -> f.field().equals("amountFen"))) {
                errors.put(
                        "amount", lang.messages(PayMsg.class).problem_request_amount(Yuan.format(RequestForm.MAX_FEN)));
            } else {
                general = PayProblems.describe(e, lang);
            }
            return formInvalid(
                    merchant.get(),
                    form,
                    new FieldErrors(errors, general),
                    e.status().getStatusCode());
        }
    }

    @GET
    @Path("requests/{id}")
    @RolesAllowed(Roles.MERCHANT)
    public Response request(@PathParam("id") UUID id, @QueryParam("created") String created) {
        Optional<Merchant> merchant = merchant();
        if (merchant.isEmpty()) {
            return unregistered();
        }
        PaymentRequestView r = merchants.request(id);
        if (!r.merchantCode().equals(merchant.get().code)) {
            throw ProblemException.notFound("No payment request " + id + ".");
        }
        RawString qr = r.status() == PaymentRequest.Status.OPEN
                ? QrSvg.of(r.payUrl(), page.messages(PayMsg.class).request_qr_label(Yuan.format(r.amountFen())))
                : null;
        return NoStore.html(200, Templates.request(r, qr, created != null));
    }

    @POST
    @Path("payments/{id}/refunds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MERCHANT)
    public Response refund(@PathParam("id") UUID paymentId, @BeanParam RefundForm form) {
        Optional<Merchant> merchant = merchant();
        if (merchant.isEmpty()) {
            return unregistered();
        }
        Lang lang = page.language();
        String account = "merchant:" + merchant.get().code;
        PaymentView payment = payments.findPayment(paymentId)
                .filter(p -> p.payee().equals(account))
                .orElseThrow(() -> ProblemException.notFound("No payment " + paymentId + "."));
        RefundForm.Parsed parsed = form.parse(lang, payment.capturedFen() - payment.refundedFen());
        if (!parsed.errors().isEmpty()) {
            return refundInvalid(merchant.get(), paymentId, form, FieldErrors.of(parsed.errors()), 400);
        }
        try {
            RefundView done = merchants.refund(user.id(), paymentId, parsed.amountFen(), parsed.reason(), form.key);
            return seeOther(HOME + "?done=refund&fen=" + done.amountFen());
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            if (e.errors().stream().anyMatch(f -> f.field().equals("amountFen"))) {
                errors.put("amount", lang.messages(PayMsg.class).problem_refund_amount());
            } else {
                general = PayProblems.describe(e, lang);
            }
            if (e.status().getStatusCode() < 500) {
                form.withNewKey();
            }
            return refundInvalid(
                    merchant.get(),
                    paymentId,
                    form,
                    new FieldErrors(errors, general),
                    e.status().getStatusCode());
        }
    }

    @POST
    @Path("settlements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MERCHANT)
    public Response settle(@RestForm String key) {
        Optional<Merchant> merchant = merchant();
        if (merchant.isEmpty()) {
            return unregistered();
        }
        try {
            Transfer payout = merchants.settle(user.id(), key);
            return seeOther(HOME + "?done=settle&fen=" + payout.amount());
        } catch (ProblemException e) {
            return render(
                    e.status().getStatusCode(),
                    merchant.get(),
                    new RequestForm(),
                    FieldErrors.NONE,
                    1,
                    1,
                    null,
                    null,
                    FieldErrors.NONE,
                    PayProblems.describe(e, page.language()),
                    null);
        }
    }

    private Response formInvalid(Merchant merchant, RequestForm form, FieldErrors errors, int status) {
        return render(status, merchant, form, errors, 1, 1, null, null, FieldErrors.NONE, null, null);
    }

    private Response refundInvalid(Merchant merchant, UUID paymentId, RefundForm form, FieldErrors errors, int status) {
        return render(status, merchant, new RequestForm(), FieldErrors.NONE, 1, 1, paymentId, form, errors, null, null);
    }

    private Response render(
            int status,
            Merchant merchant,
            RequestForm form,
            FieldErrors formErrors,
            int requestsPage,
            int paymentsPage,
            UUID refundPaymentId,
            RefundForm refund,
            FieldErrors refundErrors,
            String settleError,
            String notice) {
        String owner = user.id();
        PageOf<PaymentRequestView> requests = merchants.requests(owner, PageQuery.of(requestsPage, PAGE_SIZE));
        PageOf<PaymentView> payments = merchants.payments(owner, PageQuery.of(paymentsPage, PAGE_SIZE));
        Map<String, String> requestParams = new LinkedHashMap<>();
        requestParams.put("payments", paymentsPage > 1 ? Integer.toString(paymentsPage) : null);
        Map<String, String> paymentParams = new LinkedHashMap<>();
        paymentParams.put("requests", requestsPage > 1 ? Integer.toString(requestsPage) : null);
        MerchantScreen screen = new MerchantScreen(
                merchants.view(merchant),
                form,
                formErrors,
                requests,
                Pager.of(HOME, "requests", requestParams, requests),
                payments,
                Pager.of(HOME, "payments", paymentParams, payments),
                refundPaymentId,
                refund,
                refundErrors,
                UUID.randomUUID().toString(),
                settleError,
                notice);
        return NoStore.html(status, Templates.home(screen));
    }

    /** The merchant this user runs, if staff registered one. */
    private Optional<Merchant> merchant() {
        try {
            return Optional.of(merchants.merchantOf(user.id()));
        } catch (ProblemException e) {
            if (e.status() == Response.Status.FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Response unregistered() {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.unregistered())
                .build();
    }

    private String notice(String done, String fen) {
        if (done == null || fen == null || !fen.matches("[0-9]{1,12}")) {
            return null;
        }
        PayMsg msg = page.messages(PayMsg.class);
        String amount = Yuan.format(Long.parseLong(fen));
        return switch (done) {
            case "refund" -> msg.done_refund(amount);
            case "settle" -> msg.done_settle(amount);
            default -> null;
        };
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
