package city.parking.rest;

import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Barrier gates with plate cameras at the entries and exits of off-street lots. */
@Path("/api/v1/parking/gates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parking gates", description = "Entries and exits read by plate cameras (device credentials)")
@RolesAllowed(Roles.DEVICE)
public class GateResource {

    /** A plate the gate's camera read. */
    public record GateEvent(
            @NotBlank @Size(max = 20) String lotId,
            @NotBlank @Size(max = 20) String plate,
            @NotNull Instant at) {}

    private final Sessions sessions;

    GateResource(Sessions sessions) {
        this.sessions = sessions;
    }

    @POST
    @Path("entries")
    @Operation(
            summary = "A car drove in",
            description = "Opens its stay (reporting the same entry again answers the same stay). A plate that a"
                    + " citizen registered is charged to their wallet; other plates pay at the exit terminal.")
    public SessionView entry(@NotNull @Valid GateEvent e) {
        return sessions.gateEntry(e.lotId(), e.plate(), e.at());
    }

    @POST
    @Path("exits")
    @Operation(
            summary = "A car drove out",
            description = "Closes and charges its stay; owedFen is what the exit terminal must still collect."
                    + " Reporting the same exit again within 10 minutes answers the same receipt.")
    public SessionView exit(@NotNull @Valid GateEvent e) {
        return sessions.gateExit(e.lotId(), e.plate(), e.at());
    }
}
