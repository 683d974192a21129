package city.payments.rest;

import static org.assertj.core.api.Assertions.assertThat;

import city.payments.api.FareConcessions;
import city.payments.internal.metro.FareRules;
import city.payments.internal.metro.Gantry;
import city.payments.internal.metro.MetroNetworkLoader;
import city.payments.internal.metro.TransitCards;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fare concession granted through payments' api is applied by the gantries, to riders in memory and read later. */
@QuarkusTest
class ConcessionsTest {

    @Inject
    FareConcessions concessions;

    @Inject
    TransitCards cards;

    @Inject
    MetroNetworkLoader network;

    @Inject
    Gantry gantry;

    private int trip(String card) {
        GantryResourceTest.send(GantryResourceTest.tap(UUID.randomUUID(), "XZM", "IN", card))
                .statusCode(200);
        return GantryResourceTest.send(GantryResourceTest.tap(UUID.randomUUID(), "GMA", "OUT", card))
                .statusCode(200)
                .extract()
                .path("fareFen");
    }

    @Test
    void halfFareFromTheGrantOnAndFreeWithTheLargerOne() {
        GantryResourceTest.deviceToken = Tokens.device();
        String owner = "senior-" + UUID.randomUUID();
        String card = cards.issuePreloaded(1, 5_000).get(0).number();
        cards.link(owner, card);
        long full = FareRules.baseFareFen(network.network().distanceMeters("XZM", "GMA"));
        assertThat(concessions.percentFor(owner)).isZero();
        assertThat(trip(card)).isEqualTo((int) full);

        // the rider is in the gantry's memory now: the grant reaches it
        concessions.grant(owner, "SENIOR_65", 50, "test");
        assertThat(concessions.percentFor(owner)).isEqualTo(50);
        assertThat(trip(card)).isEqualTo((int) (full / 2));
        concessions.grant(owner, "SENIOR_65", 50, "test again");
        assertThat(concessions.percentFor(owner)).isEqualTo(50);

        // read back from the tables, as after a restart, with the larger concession
        concessions.grant(owner, "SENIOR_70", 100, "test");
        gantry.forgetEverything();
        assertThat(trip(card)).isZero();
    }
}
