package city.payments.rest;

import city.payments.internal.BankCardView;
import city.payments.internal.CardService;
import city.payments.internal.TopUpView;
import city.payments.internal.card.CardDetails;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bank cards linked to a citizen's wallet, and top-ups from them. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet")
@RolesAllowed(Roles.CITIZEN)
public class CardResource {

    /** A card to link: sent once to the gateway, never stored. */
    public record CardInput(
            @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9 ]+", message = "must be digits")
            String number,

            @Min(1) @Max(12) int expMonth,
            @Min(2000) @Max(2100) int expYear,

            @NotBlank @Pattern(regexp = "[0-9]{3,4}", message = "must be 3 or 4 digits")
            String cvv,

            @Size(max = 100) String holderName) {

        @Override
        public String toString() {
            return "CardInput[hidden]";
        }
    }

    /** A top-up of the wallet from a linked card, in fen (100 to 500,000). */
    public record TopUpInput(
            @NotNull UUID cardId, @Min(100) @Max(500_000) long amountFen) {}

    private final CardService cards;
    private final CurrentUser user;

    CardResource(CardService cards, CurrentUser user) {
        this.cards = cards;
        this.user = user;
    }

    @GET
    @Path("cards")
    @Operation(summary = "My linked bank cards")
    public List<BankCardView> list() {
        return cards.cards(user.id());
    }

    @POST
    @Path("cards")
    @Operation(
            summary = "Link a bank card",
            description = "The number and CVV go to the payment gateway once; only a token, the brand, the last four"
                    + " digits and the expiry are kept. Sandbox test cards: 4242 4242 4242 4242 (succeeds),"
                    + " 4000 0000 0000 0002 (declines), 4000 0000 0000 0119 (gateway error).")
    public Response add(@NotNull @Valid CardInput input) {
        BankCardView card = cards.add(
                user.id(),
                new CardDetails(input.number(), input.expMonth(), input.expYear(), input.cvv(), input.holderName()));
        return Response.status(Response.Status.CREATED).entity(card).build();
    }

    @DELETE
    @Path("cards/{id}")
    @Operation(summary = "Unlink a bank card")
    public Response remove(@PathParam("id") UUID id) {
        cards.remove(user.id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("wallet/top-ups")
    @Operation(
            summary = "Top up my wallet from a linked card",
            description = "Requires an Idempotency-Key header: a retry with the same key charges the card once.")
    public Response topUp(@NotNull @Valid TopUpInput input, @HeaderParam(WalletResource.IDEMPOTENCY_KEY) String key) {
        TopUpView done = cards.topUp(user.id(), input.cardId(), input.amountFen(), key);
        return Response.status(Response.Status.CREATED).entity(done).build();
    }
}
