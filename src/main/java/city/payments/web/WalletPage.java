package city.payments.web;

import city.payments.internal.BankCardView;
import city.payments.internal.CardService;
import city.payments.internal.TopUpView;
import city.payments.internal.Wallets;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.StatementFilter;
import city.payments.internal.ledger.StatementPage;
import city.payments.internal.ledger.Statements;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.time.ClockProducer;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.platform.web.Yuan;
import io.quarkus.qute.CheckedTemplate;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** A citizen's wallet: balance, linked cards, top-ups and the statement. */
@Path("/wallet")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class WalletPage {

    static final int STATEMENT_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wallet(WalletScreen w);
    }

    /** Everything the wallet page shows, with the forms as typed and their errors. */
    public record WalletScreen(
            LedgerAccount account,
            List<BankCardView> cards,
            CardForm card,
            FieldErrors cardErrors,
            TopUpForm topUp,
            FieldErrors topUpErrors,
            StatementQuery filter,
            FieldErrors filterErrors,
            List<StatementRow> statement,
            String olderHref,
            String csvHref,
            String notice,
            List<String> expiryMonths,
            List<String> expiryYears) {

        /** Whether the top-up form has this card chosen. */
        public boolean selected(BankCardView c) {
            return c.id().toString().equals(topUp.cardId);
        }
    }

    private static final List<String> MONTHS =
            IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("%02d", m)).toList();

    private final Wallets wallets;
    private final CardService cards;
    private final Statements statements;
    private final CurrentUser user;
    private final PageContext page;
    private final Clock clock;

    WalletPage(
            Wallets wallets,
            CardService cards,
            Statements statements,
            CurrentUser user,
            PageContext page,
            Clock clock) {
        this.wallets = wallets;
        this.cards = cards;
        this.statements = statements;
        this.user = user;
        this.page = page;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    public Response wallet(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("direction") String direction,
            @QueryParam("after") String after,
            @QueryParam("done") String done,
            @QueryParam("fen") String fen,
            @QueryParam("last4") String last4) {
        StatementQuery query = StatementQuery.of(from, to, direction, after);
        Map<String, String> errors = new LinkedHashMap<>();
        StatementFilter filter = query.filter(page.language(), errors);
        WalletScreen screen = screen(
                new CardForm(),
                FieldErrors.NONE,
                new TopUpForm(),
                FieldErrors.NONE,
                query,
                filter,
                FieldErrors.of(errors),
                notice(done, fen, last4));
        return render(errors.isEmpty() ? 200 : 400, screen);
    }

    @POST
    @Path("cards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response addCard(@BeanParam CardForm form) {
        Lang lang = page.language();
        CardForm.Parsed parsed = form.parse(lang);
        if (!parsed.errors().isEmpty()) {
            return cardInvalid(form, FieldErrors.of(parsed.errors()), 400);
        }
        try {
            BankCardView card = cards.add(user.id(), parsed.details());
            return seeOther("/wallet?done=card&last4=" + card.last4());
        } catch (ProblemException e) {
            PayMsg msg = lang.messages(PayMsg.class);
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem.FieldError fe : e.errors()) {
                switch (fe.field()) {
                    case "number" -> errors.put("number", msg.error_card_number());
                    case "expiry" -> errors.put("expiry", msg.error_card_expired());
                    case "cvv" -> errors.put("cvv", msg.error_card_cvv());
                    default -> {}
                }
            }
            String general = errors.isEmpty()
                    ? (CardService.CARD_LIMIT.equals(e.type())
                            ? msg.problem_card_limit()
                            : PayProblems.describe(e, lang))
                    : null;
            return cardInvalid(
                    form, new FieldErrors(errors, general), e.status().getStatusCode());
        }
    }

    @POST
    @Path("cards/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response removeCard(@PathParam("id") UUID id) {
        cards.remove(user.id(), id);
        return seeOther("/wallet?done=removed");
    }

    @POST
    @Path("top-ups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response topUp(@BeanParam TopUpForm form) {
        Lang lang = page.language();
        TopUpForm.Parsed parsed = form.parse(lang);
        if (!parsed.errors().isEmpty()) {
            // nothing reached the service: the same key stays good for the corrected form
            return topUpInvalid(form, FieldErrors.of(parsed.errors()), 400);
        }
        try {
            TopUpView done = cards.topUp(user.id(), parsed.cardId(), parsed.amountFen(), form.key);
            return seeOther("/wallet?done=topup&fen=" + done.amountFen());
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            if (e.status() == Response.Status.NOT_FOUND) {
                errors.put("cardId", lang.messages(PayMsg.class).problem_card_gone());
            } else if (e.errors().stream().anyMatch(f -> f.field().equals("amountFen"))) {
                errors.put(
                        "amount",
                        lang.messages(PayMsg.class)
                                .problem_topup_amount(
                                        Yuan.format(CardService.MIN_TOP_UP_FEN),
                                        Yuan.format(CardService.MAX_TOP_UP_FEN)));
            } else {
                general = PayProblems.describe(e, lang);
            }
            // a refusal is stored under the key and would be replayed; a gateway failure (5xx) is not, and retrying
            // with the same key is what makes sure the card is charged at most once
            if (e.status().getStatusCode() < 500) {
                form.withNewKey();
            }
            return topUpInvalid(
                    form, new FieldErrors(errors, general), e.status().getStatusCode());
        }
    }

    @GET
    @Path("statement.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.CITIZEN)
    public Response statementCsv(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("direction") String direction) {
        Map<String, String> errors = new LinkedHashMap<>();
        StatementFilter filter = StatementQuery.of(from, to, direction, null).filter(page.language(), errors);
        if (filter == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, String.join(" ", errors.values()));
        }
        return NoStore.of(Response.ok(statements.csv(wallets.accountId(user.id()), filter), "text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"wallet-statement.csv\"")
                .build();
    }

    private Response cardInvalid(CardForm form, FieldErrors errors, int status) {
        return render(
                status,
                screen(
                        form.withoutCvv(),
                        errors,
                        new TopUpForm(),
                        FieldErrors.NONE,
                        StatementQuery.none(),
                        StatementFilter.all(),
                        FieldErrors.NONE,
                        null));
    }

    private Response topUpInvalid(TopUpForm form, FieldErrors errors, int status) {
        return render(
                status,
                screen(
                        new CardForm(),
                        FieldErrors.NONE,
                        form,
                        errors,
                        StatementQuery.none(),
                        StatementFilter.all(),
                        FieldErrors.NONE,
                        null));
    }

    private WalletScreen screen(
            CardForm card,
            FieldErrors cardErrors,
            TopUpForm topUp,
            FieldErrors topUpErrors,
            StatementQuery query,
            StatementFilter filter,
            FieldErrors filterErrors,
            String notice) {
        String subject = user.id();
        LedgerAccount account = wallets.wallet(subject);
        List<BankCardView> linked = cards.cards(subject);
        if ((topUp.cardId == null || topUp.cardId.isBlank()) && linked.size() == 1) {
            topUp.cardId = linked.get(0).id().toString();
        }
        List<StatementRow> rows = List.of();
        String older = null;
        if (filter != null) {
            StatementPage lines;
            try {
                lines = statements.page(account.id(), filter, query.after(), STATEMENT_SIZE);
            } catch (ProblemException e) {
                // a cursor that was tampered with or outlived its line: start again from the newest
                lines = statements.page(account.id(), filter, null, STATEMENT_SIZE);
            }
            rows = lines.items().stream().map(StatementRow::of).toList();
            if (lines.next() != null) {
                String params = query.params();
                older = "/wallet?" + (params.isEmpty() ? "" : params + "&") + "after="
                        + PageContext.encode(lines.next()) + "#statement";
            }
        }
        String params = query.params();
        String csv = "/wallet/statement.csv" + (params.isEmpty() ? "" : "?" + params);
        int thisYear = LocalDate.now(clock.withZone(ClockProducer.CITY_ZONE)).getYear();
        List<String> years = IntStream.rangeClosed(thisYear, thisYear + 15)
                .mapToObj(Integer::toString)
                .toList();
        return new WalletScreen(
                account,
                linked,
                card,
                cardErrors,
                topUp,
                topUpErrors,
                query,
                filterErrors,
                rows,
                older,
                csv,
                notice,
                MONTHS,
                years);
    }

    private String notice(String done, String fen, String last4) {
        if (done == null) {
            return null;
        }
        PayMsg msg = page.messages(PayMsg.class);
        return switch (done) {
            case "topup" -> {
                try {
                    yield msg.done_topup(Yuan.format(Long.parseLong(fen)));
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case "card" -> last4 != null && last4.matches("[0-9]{4}") ? msg.done_card(last4) : null;
            case "removed" -> msg.done_card_removed();
            default -> null;
        };
    }

    private static Response render(int status, WalletScreen screen) {
        // balances and card details are nobody else's business
        return NoStore.html(status, Templates.wallet(screen));
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
