package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.export.ExportView;

class ExportCommandTest {
    @TempDir
    Path logs;
    @TempDir
    Path out;

    private CliHarness.Result run(String... args) {
        return new CliHarness(logs).run(args);
    }

    @Test
    void aStepRangeBecomesAPdfWithAPagePerStepAndThePathIsPrinted() throws Exception {
        Path pdf = out.resolve("six.pdf");

        CliHarness.Result r = run("export", "l4lb-mptcp-plain", "--view", "sequence", "--steps", "40..45", "--out",
                pdf.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly(pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
        }
    }

    @Test
    void compareDefaultsToThePairedScenarioAndRemembersTheStep() throws Exception {
        Path svg = out.resolve("cmp.svg");

        CliHarness.Result r = run("export", "l4lb-mptcp-plain", "--view", "compare", "--step", "60", "--format", "svg",
                "--theme", "print", "--font-size", "14", "--out", svg.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        ExportMetadata meta = ExportMetadata.read(svg).orElseThrow();
        assertThat(meta.scenarioId()).isEqualTo("l4lb-mptcp-plain");
        assertThat(meta.step()).isEqualTo(60);
        assertThat(meta.view()).isEqualTo(ExportView.COMPARE);
        assertThat(Files.readString(svg)).contains("l4lb-mptcp-fixed");
    }

    @Test
    void topologyPngAtAScaleWithKindsAndTikzFromTheFileName() throws Exception {
        Path png = out.resolve("t.png");
        Path tex = out.resolve("t.tex");

        assertThat(run("export", "l4lb-mptcp-fixed", "--view", "topology", "--step", "70", "--kinds", "mp_join,rst",
                "--scale", "1", "--out", png.toString()).exitCode()).isZero();
        assertThat(run("export", "l4lb-mptcp-fixed", "--step", "70", "--labels", "short", "--lanes", "client,lb,s2",
                "--out", tex.toString()).exitCode()).isZero();

        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(1280);
        assertThat(Files.readString(tex)).contains("\\begin{tikzpicture}", "% lane s2").doesNotContain("% lane s1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--format|gif|--format",
        "--view|side|--view",
        "--steps|9..3|--steps",
        "--step|999999|--step",
        "--labels|long|--labels",
        "--theme|neon|--theme",
        "--font-size|100|--font-size",
        "--scale|0|--scale",
        "--lanes|client,nowhere|--lanes",
        "--kinds|syn,bogus|--kinds",
    })
    void aBadArgumentIsOneLineNamingTheOptionAndExitCode2(String option, String value, String named) {
        CliHarness.Result r = run("export", "l4lb-mptcp-plain", option, value, "--out",
                out.resolve("x.svg").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains(named);
        assertThat(out.resolve("x.svg")).doesNotExist();
    }

    @Test
    void compareWithoutAPairNeedsAgainst() {
        CliHarness.Result r = run("export", "l4lb-tcp", "--view", "compare", "--out", out.resolve("c.svg").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--against");
    }
}
