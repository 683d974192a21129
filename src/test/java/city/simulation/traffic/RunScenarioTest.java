package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunScenarioTest {

    @Test
    void printsOneTableComparingTheControllers(@TempDir Path dir) throws Exception {
        Path roadnet = dir.resolve("roadnet.json");
        Path flow = dir.resolve("flow.json");
        Files.writeString(roadnet, Grids.roadnet(2, 2, 300, 5, 30, true));
        ArrayNode flows = Grids.JSON.createArrayNode();
        flows.add(Grids.flow(Grids.row(1, 2, 0), 4, 0, 300));
        flows.add(Grids.flow(Grids.column(2, 2, 3), 6, 0, 300));
        Files.writeString(flow, flows.toString());
        RunScenario.Arguments a = RunScenario.Arguments.parse(new String[] {
            "--roadnet",
            roadnet.toString(),
            "--flow",
            flow.toString(),
            "--controller",
            "plan,max-pressure",
            "--seconds",
            "600",
            "--details"
        });
        Scenario s = Scenario.read(roadnet, flow);
        List<RunScenario.Run> runs = List.of(RunScenario.run(s, "plan", a), RunScenario.run(s, "max-pressure", a));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RunScenario.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), s, a, 0.1, runs);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("| controller | travel time, CityFlow's (s) | travel time, papers' (s) | finished");
        assertThat(out).contains("| fixed plan (file) | ");
        assertThat(out).contains("| max-pressure (pairs phases, every 10 s, min green 10 s) | ");
        assertThat(out).contains("Ratio max-pressure");
        assertThat(out).contains("p10");
        assertThat(runs.get(0).result().departed()).isEqualTo(76 + 51);
    }

    @Test
    void rejectsUnknownControllersAndMissingFiles() {
        assertThatThrownBy(() -> RunScenario.Arguments.parse(
                        new String[] {"--roadnet", "a", "--flow", "b", "--controller", "sotl"}))
                .hasMessageContaining("unknown controller sotl");
        assertThatThrownBy(() -> RunScenario.Arguments.parse(new String[] {"--flow", "b"}))
                .hasMessageContaining("--roadnet and --flow are required");
    }

    @Test
    void takesRepeatedAndCommaSeparatedControllersAndRefusesUnknownOptions() {
        RunScenario.Arguments a = RunScenario.Arguments.parse(new String[] {
            "--roadnet", "a", "--flow", "b", "--controller", "plan", "--controller", "max-pressure,plan", "--details"
        });
        assertThat(a.controllers()).containsExactly("plan", "max-pressure", "plan");
        assertThat(a.details()).isTrue();
        assertThat(a.seconds()).isEqualTo(3600);
        assertThatThrownBy(() -> RunScenario.Arguments.parse(new String[] {"--city", "default", "--bogus", "1"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--bogus");
        assertThatThrownBy(() -> RunScenario.Arguments.parse(new String[] {"--city", "default", "--seconds", "x"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seconds");
    }
}
