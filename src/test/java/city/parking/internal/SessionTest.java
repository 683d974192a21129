package city.parking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.parking.ParkingFixtures;
import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.platform.rest.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drive-up stays from the app and from gates, and what they cost. */
@QuarkusTest
class SessionTest implements LedgerStaysBalanced {

    @Inject
    Sessions sessions;

    @Inject
    Vehicles vehicles;

    @Inject
    Bookings bookings;

    static String plate() {
        return "沪D" + (10000 + (int) (Math.random() * 89999));
    }

    @Test
    void aDriveUpStayHoldsADayAndChargesTheStay() {
        LotInfo lot = ParkingFixtures.lot(2);
        ParkingFixtures.allFree(lot);
        String driver = TestMoney.someone();
        TestMoney.fund(driver, 20_000);
        LotInfo.SpaceInfo space = lot.spaces().get(1);
        SessionView open = sessions.openByApp(driver, new Sessions.OpenRequest(lot.id(), space.id(), plate()), "k1");
        assertThat(open.status()).isEqualTo(ParkingSession.Status.OPEN);
        // the most 24 hours can cost: at most two calendar days at the 50-yuan cap
        assertThat(open.holdFen()).isBetween(5_000L, 10_000L);
        assertThat(TestMoney.available(driver)).isEqualTo(20_000 - open.holdFen());
        // the same key answers the same stay
        assertThat(sessions.openByApp(driver, new Sessions.OpenRequest(lot.id(), space.id(), "沪A00000"), "k1")
                        .id())
                .isEqualTo(open.id());
        // the car leaves after 61 minutes: 10 + 6
        SessionView receipt = sessions.close(open.id(), open.startedAt().plus(Duration.ofMinutes(61)));
        assertThat(receipt.chargeFen()).isEqualTo(1600);
        assertThat(receipt.paidFen()).isEqualTo(1600);
        assertThat(TestMoney.balance(driver)).isEqualTo(18_400);
        assertThat(TestMoney.available(driver)).isEqualTo(18_400);
        // closing again changes nothing
        assertThat(sessions.close(open.id(), open.startedAt().plus(Duration.ofHours(5)))
                        .chargeFen())
                .isEqualTo(1600);
        assertThat(TestMoney.balance(driver)).isEqualTo(18_400);
    }

    @Test
    void theSensorEndsAnAppStayWhenTheCarLeaves() {
        LotInfo lot = ParkingFixtures.lot(1);
        LotInfo.SpaceInfo space = lot.spaces().get(0);
        Instant arrived = Instant.now().minusSeconds(5);
        ParkingFixtures.sensor(space, true, arrived);
        String driver = TestMoney.someone();
        TestMoney.fund(driver, 20_000);
        SessionView open = sessions.openByApp(driver, new Sessions.OpenRequest(lot.id(), space.id(), plate()), "k");
        ParkingFixtures.sensor(space, false, open.startedAt().plus(Duration.ofMinutes(30)));
        SessionView receipt = sessions.find(driver, open.id()).orElseThrow();
        assertThat(receipt.status()).isEqualTo(ParkingSession.Status.CLOSED);
        assertThat(receipt.chargeFen()).isEqualTo(1000);
        assertThat(TestMoney.balance(driver)).isEqualTo(19_000);
    }

    @Test
    void aPlateCannotParkTwiceAtOnce() {
        LotInfo lot = ParkingFixtures.lot(2);
        String driver = TestMoney.someone();
        TestMoney.fund(driver, 30_000);
        String plate = plate();
        SessionView open = sessions.openByApp(driver, new Sessions.OpenRequest(lot.id(), null, plate), "a");
        assertThatThrownBy(() -> sessions.openByApp(driver, new Sessions.OpenRequest(lot.id(), null, plate), "b"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(409));
        // nothing of the refused stay is held
        assertThat(TestMoney.available(driver)).isEqualTo(30_000 - open.holdFen());
        sessions.endByApp(driver, open.id());
        assertThat(TestMoney.available(driver)).isEqualTo(30_000);
    }

    @Test
    void aGateChargesARegisteredPlateToItsWalletAndReportsWhatOthersOwe() {
        LotInfo lot = ParkingFixtures.lot(1);
        String driver = TestMoney.someone();
        TestMoney.fund(driver, 20_000);
        String plate = vehicles.register(driver, plate().replace("沪", "沪 "));
        assertThat(vehicles.plates(driver)).containsExactly(plate);
        assertThatThrownBy(() -> vehicles.register(TestMoney.someone(), plate))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(409));

        Instant in = Instant.now().minus(Duration.ofHours(3));
        SessionView entry = sessions.gateEntry(lot.id(), plate, in);
        assertThat(sessions.gateEntry(lot.id(), plate, in.plusSeconds(2)).id()).isEqualTo(entry.id());
        assertThat(entry.holdFen()).isPositive();
        SessionView exit = sessions.gateExit(lot.id(), plate, in.plus(Duration.ofHours(3)));
        assertThat(exit.chargeFen()).isEqualTo(1000 + 600 + 600);
        assertThat(exit.paidFen()).isEqualTo(2200);
        assertThat(exit.owedFen()).isZero();
        assertThat(TestMoney.balance(driver)).isEqualTo(17_800);
        // the gate retries the exit: the same receipt, no second charge
        assertThat(sessions.gateExit(lot.id(), plate, in.plus(Duration.ofHours(3)))
                        .id())
                .isEqualTo(exit.id());
        assertThat(TestMoney.balance(driver)).isEqualTo(17_800);

        String stranger = plate();
        sessions.gateEntry(lot.id(), stranger, in);
        SessionView unpaid = sessions.gateExit(lot.id(), stranger, in.plus(Duration.ofMinutes(90)));
        assertThat(unpaid.chargeFen()).isEqualTo(1600);
        assertThat(unpaid.paidFen()).isZero();
        assertThat(unpaid.owedFen()).isEqualTo(1600);
        assertThatThrownBy(() -> sessions.gateExit(lot.id(), plate(), Instant.now()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(404));
    }

    @Test
    void badPlatesAndLotsAreNamed() {
        LotInfo lot = ParkingFixtures.lot(1);
        assertThatThrownBy(() -> sessions.openByApp("x", new Sessions.OpenRequest("NOPE", null, "ABC"), "k"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .extracting(f -> f.field())
                                .containsExactlyInAnyOrder("lotId", "plate"));
        assertThatThrownBy(() -> sessions.openByApp("x", new Sessions.OpenRequest(lot.id(), 1L, "沪A12345"), null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> sessions.endByApp("x", UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(404));
    }
}
