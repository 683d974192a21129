package city.payments.rest;

import city.payments.internal.metro.Gantry;
import city.payments.internal.metro.Tap;
import city.payments.internal.metro.TapDecision;
import city.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Metro gantries report taps here and are told whether to open. */
@Path("/api/v1/payments/metro/taps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metro gantries", description = "Tap in and tap out (device credentials)")
@RolesAllowed(Roles.DEVICE)
public class GantryResource {

    /** A tap as the gantry sends it: a transit card number or a scanned pay code, never both. */
    public record TapInput(
            @NotNull UUID tapId,
            @NotBlank @Size(max = 40) String gantryId,
            @NotBlank @Size(max = 10) String station,
            @NotNull Tap.Direction direction,

            @Pattern(regexp = "[0-9]{10,16}", message = "must be 10 to 16 digits")
            String card,

            @Size(max = 1000) String payCode,
            @NotNull Instant tappedAt) {}

    private final Gantry gantry;

    GantryResource(Gantry gantry) {
        this.gantry = gantry;
    }

    @POST
    @Blocking
    @Operation(
            summary = "Report a tap and get the gate's decision",
            description = "OPEN or DENY with a reason; a tap out carries the fare. Resending a tap with the same"
                    + " tapId returns the same decision. The answer comes once the tap is recorded durably; the fare"
                    + " moves into the ledger within seconds.")
    public CompletionStage<TapDecision> tap(@NotNull @Valid TapInput input) {
        return gantry.tap(tapOf(input));
    }

    @POST
    @Path("batch")
    @Blocking
    @Operation(
            summary = "Report the taps of several gates at once (a station computer)",
            description = "Up to " + MAX_BATCH + " taps; the answers come in the same order. A batch with an invalid"
                    + " tap is refused whole (400), so that nothing of it is half-recorded.")
    public CompletionStage<List<TapDecision>> tapBatch(
            @NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid TapInput> inputs) {
        List<Tap> taps = inputs.stream().map(GantryResource::tapOf).toList();
        taps.forEach(gantry::validate);
        List<CompletableFuture<TapDecision>> answers =
                taps.stream().map(t -> gantry.tap(t).toCompletableFuture()).toList();
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(done -> answers.stream().map(CompletableFuture::join).toList());
    }

    static final int MAX_BATCH = 100;

    private static Tap tapOf(TapInput input) {
        return new Tap(
                input.tapId(),
                input.gantryId(),
                input.station(),
                input.direction(),
                input.card(),
                input.payCode(),
                input.tappedAt());
    }
}
