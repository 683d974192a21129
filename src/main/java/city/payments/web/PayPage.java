package city.payments.web;

import city.payments.api.PaymentView;
import city.payments.internal.MerchantService;
import city.payments.internal.PaymentRequest;
import city.payments.internal.PaymentRequestView;
import city.payments.internal.PaymentService;
import city.payments.internal.Wallets;
import city.payments.internal.ledger.LedgerAccount;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A merchant's payment request as the citizen who scanned its QR code sees it, with the button that pays it from the
 * wallet. The button carries an idempotency key made when the page was shown, so a double tap pays once.
 */
@Path("/pay/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class PayPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(PayScreen p);
    }

    /**
     * The request, the payer's wallet, the key for the button, and the outcome to report.
     *
     * @param paidByMe true when this citizen's wallet paid the request
     */
    public record PayScreen(
            PaymentRequestView request, LedgerAccount wallet, String key, String error, boolean paidByMe) {

        public boolean open() {
            return request.status() == PaymentRequest.Status.OPEN;
        }

        public boolean enoughMoney() {
            return wallet.available() >= request.amountFen();
        }
    }

    private final MerchantService merchants;
    private final PaymentService payments;
    private final Wallets wallets;
    private final CurrentUser user;
    private final PageContext page;

    PayPage(MerchantService merchants, PaymentService payments, Wallets wallets, CurrentUser user, PageContext page) {
        this.merchants = merchants;
        this.payments = payments;
        this.wallets = wallets;
        this.user = user;
        this.page = page;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    public Response show(@PathParam("id") UUID id) {
        return render(200, id, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response pay(@PathParam("id") UUID id, @RestForm String key) {
        try {
            merchants.payRequest(user.id(), id, key);
            return Response.seeOther(URI.create("/pay/" + id + "?paid=1")).build();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND) {
                throw e;
            }
            return render(e.status().getStatusCode(), id, PayProblems.describe(e, page.language()));
        }
    }

    private Response render(int status, UUID id, String error) {
        PaymentRequestView request = merchants.request(id);
        String subject = user.id();
        boolean paidByMe = request.paymentId() != null
                && payments.findPayment(request.paymentId())
                        .map(PaymentView::payerId)
                        .filter(subject::equals)
                        .isPresent();
        PayScreen screen = new PayScreen(
                request, wallets.wallet(subject), UUID.randomUUID().toString(), error, paidByMe);
        return NoStore.html(status, Templates.request(screen));
    }
}
