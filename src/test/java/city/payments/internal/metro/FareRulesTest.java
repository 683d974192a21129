package city.payments.internal.metro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FareRulesTest {

    private static final Duration SHORT_TRIP = Duration.ofMinutes(30);
    private static final long SURCHARGE = 900;

    private final FareRules rules = new FareRules(2000, Duration.ofHours(4), SURCHARGE);

    @ParameterizedTest(name = "{0} m -> {1} fen")
    @CsvSource({
        "0, 300",
        "1, 300",
        "6000, 300",
        "6001, 400",
        "12000, 400",
        "12001, 500",
        "22000, 500",
        "22001, 600",
        "32000, 600",
        "32001, 700",
        "52000, 700",
        "52001, 800",
        "72000, 800",
        "72001, 900",
        "92000, 900",
        "92001, 1000"
    })
    void shouldChargeEachDistanceBandUpToAndIncludingItsUpperBound(int meters, long fen) {
        assertThat(FareRules.baseFareFen(meters)).isEqualTo(fen);
        assertThat(rules.fare(trip(meters, 0, 0)).totalFen()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "paid {0} fen this month -> {1}% off")
    @CsvSource({"0, 0", "9999, 0", "10000, 20", "14999, 20", "15000, 50", "39999, 50", "40000, 0", "100000, 0"})
    void shouldDiscountByWhatTheCardPaidThisMonthBeforeTheTrip(long paidThisMonth, int percent) {
        assertThat(FareRules.discountPercent(paidThisMonth)).isEqualTo(percent);

        Fare fare = rules.fare(trip(10_000, paidThisMonth, 0));

        assertThat(fare.baseFen()).isEqualTo(400);
        assertThat(fare.discountPercent()).isEqualTo(percent);
        assertThat(fare.discountFen()).isEqualTo(400 * percent / 100);
        assertThat(fare.totalFen()).isEqualTo(400 - 400 * percent / 100);
    }

    @Test
    void shouldRoundTheDiscountHalfUpToTheFen() {
        // every Beijing base fare is whole yuan, so only a future fare in odd fen would need the rounding
        assertThat(FareRules.discountFen(302, 20)).isEqualTo(60);
        assertThat(FareRules.discountFen(303, 20)).isEqualTo(61);
        assertThat(FareRules.discountFen(301, 50)).isEqualTo(151);
        assertThat(FareRules.discountFen(300, 0)).isZero();
    }

    @Test
    void aConcessionReplacesTheMonthlyDiscountWhenLarger() {
        Fare half = rules.fare(new FareInput(10_000, Duration.ofMinutes(20), 0, 0, 50));
        assertThat(half.totalFen()).isEqualTo(200);
        assertThat(half.discountPercent()).isEqualTo(50);
        // 50 % monthly discount already beats a 20 % concession
        assertThat(rules.fare(new FareInput(10_000, Duration.ofMinutes(20), 15_000, 0, 20))
                        .discountPercent())
                .isEqualTo(50);
        assertThat(rules.fare(new FareInput(10_000, Duration.ofMinutes(20), 0, 0, 100))
                        .totalFen())
                .isZero();
    }

    @Test
    void shouldNeverLetTheDayCostMoreThanTheCap() {
        assertThat(rules.fare(trip(10_000, 0, 1_500)).totalFen()).isEqualTo(400);

        Fare partly = rules.fare(trip(10_000, 0, 1_800));
        assertThat(partly.capReductionFen()).isEqualTo(200);
        assertThat(partly.totalFen()).isEqualTo(200);

        Fare free = rules.fare(trip(10_000, 0, 2_000));
        assertThat(free.capReductionFen()).isEqualTo(400);
        assertThat(free.totalFen()).isZero();

        // paid beyond the cap already (a cap lowered mid-day): still nothing, never a refund
        assertThat(rules.fare(trip(10_000, 0, 2_500)).totalFen()).isZero();
    }

    @Test
    void shouldCapTheDiscountedFareNotTheBaseFare() {
        // 500 fen at 50% off is 250; 300 fen of the cap is left, so the cap does not bite
        Fare fare = rules.fare(trip(20_000, 15_000, 1_700));

        assertThat(fare.discountFen()).isEqualTo(250);
        assertThat(fare.capReductionFen()).isZero();
        assertThat(fare.totalFen()).isEqualTo(250);

        Fare capped = rules.fare(trip(20_000, 15_000, 1_900));
        assertThat(capped.capReductionFen()).isEqualTo(150);
        assertThat(capped.totalFen()).isEqualTo(100);
    }

    @Test
    void shouldAddTheSurchargeOnlyAfterMoreThanTheTimeAllowedInside() {
        Fare onTime = rules.fare(new FareInput(10_000, Duration.ofHours(4), 0, 0));
        Fare late = rules.fare(new FareInput(10_000, Duration.ofHours(4).plusSeconds(1), 0, 0));

        assertThat(onTime.surchargeFen()).isZero();
        assertThat(onTime.overstayed()).isFalse();
        assertThat(onTime.totalFen()).isEqualTo(400);
        assertThat(late.surchargeFen()).isEqualTo(SURCHARGE);
        assertThat(late.overstayed()).isTrue();
        assertThat(late.totalFen()).isEqualTo(400 + SURCHARGE);
    }

    @Test
    void shouldNeitherDiscountNorCapTheSurcharge() {
        Fare fare = rules.fare(new FareInput(10_000, Duration.ofHours(5), 15_000, 2_000));

        assertThat(fare.discountFen()).isEqualTo(200);
        assertThat(fare.capReductionFen()).isEqualTo(200);
        assertThat(fare.surchargeFen()).isEqualTo(SURCHARGE);
        assertThat(fare.totalFen()).isEqualTo(SURCHARGE);
    }

    @Test
    void shouldTakeTheTimeAllowedInsideFromTheSettings() {
        FareRules strict = new FareRules(2000, Duration.ofHours(2), 500);

        assertThat(strict.fare(new FareInput(1_000, Duration.ofMinutes(121), 0, 0))
                        .totalFen())
                .isEqualTo(800);
    }

    @Test
    void shouldChargeTheHighestFareFromTheEntryStationWhenTheTapOutIsMissing() {
        Fare fare = rules.missingTapOut(45_000);

        assertThat(fare.kind()).isEqualTo(Fare.Kind.MISSING_TAP_OUT);
        assertThat(fare.distanceMeters()).isEqualTo(45_000);
        assertThat(fare.baseFen()).isEqualTo(700);
        assertThat(fare.discountFen()).isZero();
        assertThat(fare.capReductionFen()).isZero();
        assertThat(fare.surchargeFen()).isZero();
        assertThat(fare.totalFen()).isEqualTo(700);
    }

    @Test
    void shouldTakeTheMissingTapOutPenaltyFromTheNetwork() {
        MetroNetwork network = new MetroNetwork(List.of(MetroNetwork.Line.ofKm("1", List.of("A", "B", "C"), 5, 10)));

        // from A the farthest trip is 15 km (5 yuan), from B only 10 km (4 yuan)
        assertThat(rules.missingTapOut(network, "A").totalFen()).isEqualTo(500);
        assertThat(rules.missingTapOut(network, "B").totalFen()).isEqualTo(400);
    }

    @Test
    void shouldSetTheSurchargeToTheHighestFareOnTheNetwork() {
        // 40 km end to end: 700 fen
        MetroNetwork network = new MetroNetwork(List.of(MetroNetwork.Line.ofKm("1", List.of("A", "B", "C"), 15, 25)));

        FareRules fromNetwork = FareRules.forNetwork(network, 2000, Duration.ofHours(4));

        assertThat(FareRules.highestFareFen(network)).isEqualTo(700);
        assertThat(fromNetwork.overstaySurchargeFen()).isEqualTo(700);
        assertThat(fromNetwork.dailyCapFen()).isEqualTo(2000);
    }

    @Test
    void shouldAddUpEveryPartOfTheFare() {
        Fare fare = rules.fare(new FareInput(33_000, Duration.ofHours(6), 10_000, 1_500));

        assertThat(fare.kind()).isEqualTo(Fare.Kind.DISTANCE);
        assertThat(fare.baseFen()).isEqualTo(700);
        assertThat(fare.discountFen()).isEqualTo(140);
        assertThat(fare.capReductionFen()).isEqualTo(60);
        assertThat(fare.surchargeFen()).isEqualTo(SURCHARGE);
        assertThat(fare.totalFen())
                .isEqualTo(fare.baseFen() - fare.discountFen() - fare.capReductionFen() + fare.surchargeFen())
                .isEqualTo(500 + SURCHARGE);
    }

    @Test
    void shouldRejectImpossibleInputs() {
        assertThatThrownBy(() -> FareRules.baseFareFen(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FareInput(-1, SHORT_TRIP, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FareInput(1, Duration.ofSeconds(-1), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FareInput(1, SHORT_TRIP, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FareRules(2000, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FareRules(-1, Duration.ofHours(4), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FareInput trip(int meters, long paidThisMonthFen, long paidTodayFen) {
        return new FareInput(meters, SHORT_TRIP, paidThisMonthFen, paidTodayFen);
    }
}
