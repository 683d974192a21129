package city.payments.web;

import city.payments.internal.MerchantService;
import city.payments.internal.MerchantView;
import city.payments.internal.ledger.AccountKind;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.Reconciliation;
import city.payments.internal.metro.MetroNetworkLoader;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.PageContext;
import city.platform.web.Pager;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff view of the payment system: the books and their reconciliation, merchants, and the metro fares. */
@Path("/admin/payments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.PAYMENTS_ADMIN, Roles.CITY_ADMIN})
public class PaymentsAdminPage {

    static final String HOME = "/admin/payments";
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(AdminScreen a);
    }

    /** Everything the page shows; {@code kind} is the account kind listed, empty for all. */
    public record AdminScreen(
            Reconciliation books,
            PageOf<LedgerAccount> accounts,
            Pager accountsPager,
            String kind,
            List<String> kinds,
            List<MerchantView> merchants,
            MerchantForm form,
            FieldErrors formErrors,
            FareTable.Table fares,
            MetroMap map,
            String notice) {}

    private final Ledger ledger;
    private final BooksCheck books;
    private final MerchantService merchants;
    private final FareTable fares;
    private final MetroNetworkLoader metro;
    private final PageContext page;

    PaymentsAdminPage(
            Ledger ledger,
            BooksCheck books,
            MerchantService merchants,
            FareTable fares,
            MetroNetworkLoader metro,
            PageContext page) {
        this.ledger = ledger;
        this.books = books;
        this.merchants = merchants;
        this.fares = fares;
        this.metro = metro;
        this.page = page;
    }

    @GET
    @RolesAllowed({Roles.PAYMENTS_ADMIN, Roles.CITY_ADMIN})
    public Response index(
            @QueryParam("kind") String kind,
            @QueryParam("page") String pageNumber,
            @QueryParam("registered") String registered,
            @QueryParam("checked") String checked) {
        Lang lang = page.language();
        String notice = null;
        if (registered != null && registered.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            notice = lang.messages(PayMsg.class).done_merchant(registered);
        } else if (checked != null) {
            notice = lang.messages(PayMsg.class).done_books_checked();
        }
        return render(200, kind, Pager.parsePage(pageNumber), new MerchantForm(), FieldErrors.NONE, notice);
    }

    @POST
    @Path("reconciliation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PAYMENTS_ADMIN, Roles.CITY_ADMIN})
    public Response reconcile() {
        books.now();
        return Response.seeOther(URI.create(HOME + "?checked=1#books")).build();
    }

    @POST
    @Path("merchants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PAYMENTS_ADMIN, Roles.CITY_ADMIN})
    public Response register(@BeanParam MerchantForm form) {
        Lang lang = page.language();
        Map<String, String> errors = form.validate(lang);
        if (!errors.isEmpty()) {
            return render(400, null, 1, form, FieldErrors.of(errors), null);
        }
        try {
            MerchantView created = merchants.register(form.code, form.nameZh, form.nameEn, form.ownerId);
            return Response.seeOther(
                            URI.create(HOME + "?registered=" + PageContext.encode(created.code()) + "#merchants"))
                    .build();
        } catch (ProblemException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            String general = null;
            if (MerchantService.MERCHANT_TAKEN.equals(e.type())) {
                byField.put("code", lang.messages(PayMsg.class).problem_merchant_taken());
            } else {
                general = PayProblems.describe(e, lang);
            }
            return render(e.status().getStatusCode(), null, 1, form, new FieldErrors(byField, general), null);
        }
    }

    private Response render(
            int status, String kind, int pageNumber, MerchantForm form, FieldErrors formErrors, String notice) {
        AccountKind accountKind = parseKind(kind);
        PageQuery query = PageQuery.of(pageNumber, PAGE_SIZE);
        PageOf<LedgerAccount> accounts = PageOf.of(
                ledger.accounts(accountKind, query.offset(), query.size()), query, ledger.countAccounts(accountKind));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", accountKind == null ? null : accountKind.name());
        AdminScreen screen = new AdminScreen(
                books.latest(),
                accounts,
                Pager.of(HOME, "page", params, accounts),
                accountKind == null ? "" : accountKind.name(),
                Arrays.stream(AccountKind.values()).map(Enum::name).toList(),
                merchants.all(),
                form,
                formErrors,
                fares.table(),
                MetroMap.of(metro.lines(), metro.stations()),
                notice);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.index(screen))
                .build();
    }

    private static AccountKind parseKind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AccountKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
