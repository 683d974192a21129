package city.payments.internal.metro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.metro.MetroNetwork.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetroNetworkTest {

    // Real Beijing lines with approximate distances: the Line 2 and Line 10 loops, Line 13 between them, and the
    // central stretch of Line 1 across both.
    private static final Line LINE_1 = Line.ofKm(
            "1",
            List.of("GZF", "JSB", "MXD", "NLS", "FXM", "XDA", "TAX", "TAD", "WFJ", "DDA", "JGM", "YAL", "GMA"),
            new double[] {1.17, 1.17, 1.29, 0.42, 1.59, 1.22, 0.93, 0.85, 0.77, 1.23, 1.38, 0.79});
    private static final Line LINE_2 = Line.ofKm(
            "2",
            List.of(
                    "XZM", "JST", "GLD", "ADM", "YHG", "DZM", "DSS", "CYM", "JGM", "BJZ", "CWM", "QMN", "HPM", "XWM",
                    "CCJ", "FXM", "FCM", "CGZ", "XZM"),
            new double[] {
                1.90, 1.77, 1.24, 0.79, 2.23, 0.82, 1.03, 1.76, 0.95, 1.03, 1.63, 1.17, 0.85, 0.93, 1.23, 1.83, 0.96,
                0.91
            });
    private static final Line LINE_10 = Line.ofKm(
            "10",
            List.of(
                    "BGO", "SZJ", "HDH", "ZCI", "ZCL", "XTC", "MDY", "JDM", "BTC", "AZM", "HXN", "SYJ", "TYG", "SYQ",
                    "LMQ", "NZG", "TJH", "HJL", "JTX", "GMA", "SJI", "JSO", "PJY", "SLH", "FZS", "CSS", "SJZ", "SLZ",
                    "DHM", "JMD", "JMX", "CQA", "JJM", "SJM", "FTZ", "NWA", "XJU", "LLQ", "LHQ", "GZF", "XDY", "CSO",
                    "CDG", "CCQ", "HQY", "BGO"),
            new double[] {
                1.11, 0.95, 0.97, 1.06, 1.10, 1.33, 0.97, 1.10, 1.02, 0.98, 2.15, 1.00, 1.76, 1.51, 0.91, 1.01, 1.15,
                0.73, 0.84, 1.76, 1.06, 1.02, 1.10, 1.81, 1.06, 1.68, 1.27, 1.24, 1.13, 1.25, 1.69, 1.55, 1.14, 1.29,
                0.95, 0.75, 1.31, 1.75, 1.02, 2.39, 1.21, 1.79, 1.23, 0.96, 1.49
            });
    private static final Line LINE_13 = Line.ofKm(
            "13",
            List.of(
                    "XZM", "DZS", "ZCL", "WDK", "SDI", "QHZ", "XEQ", "LZE", "HLG", "HYI", "LSQ", "BYU", "WJX", "SYJ",
                    "GXM", "LFA", "DZM"),
            new double[] {2.84, 1.21, 1.83, 4.87, 1.40, 1.40, 3.62, 1.42, 2.11, 4.79, 2.27, 6.72, 2.15, 1.11, 1.14, 1.77
            });

    private final MetroNetwork network = new MetroNetwork(List.of(LINE_1, LINE_2, LINE_10, LINE_13));

    @Test
    void shouldMeasureAlongOneLine() {
        assertThat(network.distanceMeters("XZM", "WDK")).isEqualTo(2_840 + 1_210 + 1_830);
        assertThat(network.distanceMeters("FXM", "DDA")).isEqualTo(1_590 + 1_220 + 930 + 850 + 770);
    }

    @Test
    void shouldBeZeroFromAStationToItself() {
        for (String code : network.stationCodes()) {
            assertThat(network.distanceMeters(code, code)).isZero();
        }
    }

    @Test
    void shouldBeTheSameDistanceBothWays() {
        for (String from : network.stationCodes()) {
            for (String to : network.stationCodes()) {
                assertThat(network.distanceMeters(from, to))
                        .as("%s to %s", from, to)
                        .isEqualTo(network.distanceMeters(to, from));
            }
        }
    }

    @Test
    void shouldTakeTheShorterWayRoundALoop() {
        // one section back across the closing row, not 17 or 44 sections forward
        assertThat(network.distanceMeters("XZM", "CGZ")).isEqualTo(910);
        assertThat(network.distanceMeters("BGO", "HQY")).isEqualTo(1_490);
        assertThat(network.distanceMeters("CGZ", "JST")).isEqualTo(910 + 1_900);
        // Andingmen to Chongwenmen round the east side of Line 2 (8.61 km), not the west (14.42 km)
        assertThat(network.distanceMeters("ADM", "CWM"))
                .isEqualTo(8_610)
                .isLessThan(alongLine(LINE_2, 10, 18) + alongLine(LINE_2, 0, 3));
    }

    @Test
    void shouldTakeATransferWhenItIsShorterThanStayingOnOneLine() {
        // Wudaokou to Shaoyaoju, both on Line 13: round its whole northern arc is 30.75 km (6 yuan), changing to
        // Line 10 at Zhichunlu is 10.48 km (4 yuan)
        int line13Only = alongLine(LINE_13, 3, 13);
        int viaLine10 = 1_830 + alongLine(LINE_10, 4, 11);

        assertThat(line13Only).isEqualTo(30_750);
        assertThat(viaLine10).isEqualTo(10_480);
        assertThat(network.distanceMeters("WDK", "SYJ")).isEqualTo(viaLine10);
        assertThat(FareRules.baseFareFen(network.distanceMeters("WDK", "SYJ"))).isEqualTo(400);
    }

    @Test
    void shouldChainSeveralTransfers() {
        // Gongzhufen to Wudaokou: Line 1 to Fuxingmen, Line 2 to Xizhimen, Line 13 (13.63 km) beats Line 10 round
        // the north-west (14.99 km)
        int viaLines1And2 = alongLine(LINE_1, 0, 4) + alongLine(LINE_2, 15, 18) + alongLine(LINE_13, 0, 3);
        int viaLine10 = alongLine(LINE_10, 39, 45) + alongLine(LINE_10, 0, 4) + 1_830;

        assertThat(viaLines1And2).isEqualTo(13_630).isLessThan(viaLine10);
        assertThat(network.distanceMeters("GZF", "WDK")).isEqualTo(viaLines1And2);
    }

    @Test
    void shouldFindTheFarthestStationFromEachAndOverall() {
        int fromGuomao = network.stationCodes().stream()
                .mapToInt(s -> network.distanceMeters("GMA", s))
                .max()
                .orElseThrow();
        int overall = network.stationCodes().stream()
                .mapToInt(network::maxDistanceMetersFrom)
                .max()
                .orElseThrow();

        assertThat(network.maxDistanceMetersFrom("GMA")).isEqualTo(fromGuomao).isEqualTo(28_370);
        assertThat(network.maxDistanceMeters()).isEqualTo(overall).isEqualTo(39_220);
    }

    @Test
    void shouldKnowItsStations() {
        assertThat(network.stationCodes())
                .hasSize(85)
                .contains("XZM", "GMA", "WDK")
                .doesNotHaveDuplicates();
        assertThat(network.hasStation("XZM")).isTrue();
        assertThat(network.hasStation("XXX")).isFalse();
        assertThat(network.hasStation(null)).isFalse();
        assertThat(network.lines()).extracting(Line::code).containsExactly("1", "2", "10", "13");
        assertThat(LINE_2.loop()).isTrue();
        assertThat(LINE_13.loop()).isFalse();
    }

    @Test
    void shouldRejectUnknownStations() {
        assertThatThrownBy(() -> network.distanceMeters("XZM", "XXX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XXX");
        assertThatThrownBy(() -> network.distanceMeters(null, "XZM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> network.maxDistanceMetersFrom("XXX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldUseTheShorterOfTwoLinesBetweenTheSameStations() {
        MetroNetwork twoTracks = new MetroNetwork(
                List.of(Line.ofKm("A", List.of("P", "Q"), 2.5), Line.ofKm("B", List.of("Q", "P"), 1.75)));

        assertThat(twoTracks.distanceMeters("P", "Q")).isEqualTo(1_750);
    }

    @Test
    void shouldKeepWholeMetresFromKilometres() {
        MetroNetwork exact = new MetroNetwork(List.of(Line.ofKm("A", List.of("P", "Q", "R"), 0.29, 0.57)));

        assertThat(exact.distanceMeters("P", "R")).isEqualTo(860);
    }

    @Test
    void shouldRejectANetworkThatFallsApart() {
        assertThatThrownBy(() -> new MetroNetwork(
                        List.of(Line.ofKm("A", List.of("P", "Q"), 1), Line.ofKm("B", List.of("X", "Y"), 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not connected");
    }

    @Test
    void shouldRejectMalformedLines() {
        assertThatThrownBy(() -> Line.ofKm("A", List.of("P"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Line.ofKm("A", List.of("P", "Q"), 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Line.ofKm("A", List.of("P", "Q"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Line.ofKm("A", List.of("P", "P"), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetroNetwork(List.of(LINE_1, LINE_1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetroNetwork(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** The metres along a line from the station at index {@code from} to the one at {@code to}, staying on it. */
    private static int alongLine(Line line, int from, int to) {
        return line.metersBetween().subList(from, to).stream()
                .mapToInt(Integer::intValue)
                .sum();
    }
}
