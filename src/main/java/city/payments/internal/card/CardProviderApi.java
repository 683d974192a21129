package city.payments.internal.card;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The payment provider's card API as the Quarkus REST client calls it; {@link HttpCardGateway} describes the
 * requests and answers. Answers come back as they are, whatever their status: the gateway reads the provider's
 * errors itself. Built by {@link HttpCardGateway} from {@code city.payments.gateway.*}, never injected.
 */
@RegisterRestClient(configKey = "card-gateway")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface CardProviderApi {

    @POST
    @Path("/v1/tokens")
    Response tokens(@HeaderParam("Authorization") String authorization, ObjectNode body);

    @POST
    @Path("/v1/charges")
    Response charges(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            ObjectNode body);
}
