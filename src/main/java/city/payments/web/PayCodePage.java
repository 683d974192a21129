package city.payments.web;

import city.payments.internal.Wallets;
import city.payments.internal.paycode.IssuedPayCode;
import city.payments.internal.paycode.PayCodes;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;

/**
 * The citizen's pay code as a QR code: shown at a shop or a gantry, short-lived, and renewed by the page before it
 * expires. A code pays from the wallet, so neither the page nor a renewal may be kept by any cache.
 */
@Path("/wallet/pay-code")
@RolesAllowed(Roles.CITIZEN)
public class PayCodePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance payCode(RawString qr, long seconds, long refreshBefore);
    }

    /** A renewed code for the page's script: the QR code as SVG and how many seconds it is valid. */
    public record NextCode(String svg, long seconds, long refreshBefore) {}

    private final PayCodes payCodes;
    private final CurrentUser user;
    private final Clock clock;
    private final PageContext page;

    PayCodePage(PayCodes payCodes, CurrentUser user, Clock clock, PageContext page) {
        this.payCodes = payCodes;
        this.user = user;
        this.clock = clock;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.CITIZEN)
    public Response show() {
        IssuedPayCode issued = issue();
        long seconds = secondsLeft(issued);
        return NoStore.html(200, Templates.payCode(qr(issued), seconds, refreshBefore(seconds)));
    }

    @POST
    @Path("next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    public Response next() {
        IssuedPayCode issued = issue();
        long seconds = secondsLeft(issued);
        return NoStore.of(Response.ok(new NextCode(qr(issued).getValue(), seconds, refreshBefore(seconds))))
                .build();
    }

    private IssuedPayCode issue() {
        return payCodes.issue(Wallets.codeOf(user.id()));
    }

    private RawString qr(IssuedPayCode issued) {
        return QrSvg.of(issued.code(), page.messages(PayMsg.class).paycode_qr_label());
    }

    private long secondsLeft(IssuedPayCode issued) {
        return Math.max(0, Duration.between(clock.instant(), issued.expiresAt()).toSeconds());
    }

    /** Renew a little before the end, so that a code being scanned right then is still good. */
    static long refreshBefore(long seconds) {
        return Math.max(2, Math.min(10, seconds / 4));
    }
}
