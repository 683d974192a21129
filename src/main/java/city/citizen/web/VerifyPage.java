package city.citizen.web;

import city.citizen.internal.certificate.Certificates;
import city.citizen.internal.certificate.Verification;
import city.platform.rest.ProblemException;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The public verification page, where a certificate's QR code leads: by the code (a link or typed), or by uploading
 * the PDF. Anyone may use it, signed in or not.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerifyPage {

    /** What the page shows: the code as typed (kept on an error), the result, or the error. */
    public record VerifyScreen(String code, Verification result, String error) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(VerifyScreen s);
    }

    private final Certificates certificates;
    private final PageContext page;

    VerifyPage(Certificates certificates, PageContext page) {
        this.certificates = certificates;
        this.page = page;
    }

    @GET
    public Response byCode(@QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return NoStore.html(200, Templates.verify(new VerifyScreen("", null, null)));
        }
        String typed = code.length() > 40 ? code.substring(0, 40) : code;
        try {
            return NoStore.html(200, Templates.verify(new VerifyScreen(typed, certificates.verifyCode(code), null)));
        } catch (ProblemException e) {
            return NoStore.html(400, Templates.verify(new VerifyScreen(typed, null, msg().err_code())));
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response byPdf(MultipartFormDataInput input) {
        FormValue file = MultipartForms.file(input.getValues(), "file");
        if (file == null) {
            return NoStore.html(400, Templates.verify(new VerifyScreen("", null, msg().err_no_file())));
        }
        byte[] pdf = MultipartForms.bytes(file);
        if (pdf.length == 0 || pdf.length > Certificates.MAX_PDF_BYTES) {
            String error = pdf.length == 0 ? msg().err_no_file() : msg().err_too_big();
            return NoStore.html(400, Templates.verify(new VerifyScreen("", null, error)));
        }
        return NoStore.html(200, Templates.verify(new VerifyScreen("", certificates.verifyPdf(pdf), null)));
    }

    private LicenceMsg msg() {
        return page.language().messages(LicenceMsg.class);
    }
}
