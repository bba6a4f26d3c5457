package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.LabelDetail;
import org.mptcplab.app.export.StepRange;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.RecordedRun;

/** The export dialog's state, without a window. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportDialogModelTest {
    private static final List<ExportView> VIEWS = List.of(ExportView.SEQUENCE, ExportView.TOPOLOGY);
    private RecordedRun run;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRuns.builtIn("l4lb-mptcp-plain");
    }

    private ExportDialogModel model(int step, ExportChoices last) {
        return new ExportDialogModel(RecordedRuns.at(run, step), VIEWS, last);
    }

    @Test
    void byDefaultEveryNodeButTheRoutersIsALaneAndTheRequestNamesThemAndLeavesKindsToTheExporter() {
        ExportDialogModel m = model(5, ExportChoices.defaults());

        for (Choice<String> lane : m.lanes()) {
            NodeRole role = run.topology().node(lane.value()).map(NodeInfo::role).orElseThrow();
            assertThat(lane.isSelected()).as(lane.value()).isEqualTo(role != NodeRole.ROUTER);
        }
        assertThat(m.kinds()).allMatch(Choice::isSelected);
        ExportRequest r = m.request();
        assertThat(r.options().lanes()).containsExactlyElementsOf(run.topology().nodes().stream()
                .filter(n -> n.role() != NodeRole.ROUTER).map(NodeInfo::name).toList());
        assertThat(r.options().packetKinds()).isEmpty();
        assertThat(r.steps()).isEqualTo(StepRange.single(5));
        assertThat(r.view()).isEqualTo(ExportView.SEQUENCE);
        assertThat(r.format()).isEqualTo(ExportFormat.SVG);
    }

    @Test
    void leavingOutALaneAndAKindNamesTheRestExplicitlyInTopologyOrder() {
        ExportDialogModel m = model(5, ExportChoices.defaults());
        m.lanes().stream().filter(c -> c.value().equals("lb")).findFirst().orElseThrow().setSelected(false);
        m.kinds().stream().filter(c -> c.value() == EventKind.ACK).findFirst().orElseThrow().setSelected(false);

        ExportRequest r = m.request();

        List<String> expected = run.topology().nodes().stream()
                .filter(n -> n.role() != NodeRole.ROUTER && !n.name().equals("lb")).map(NodeInfo::name).toList();
        assertThat(r.options().lanes()).containsExactlyElementsOf(expected);
        assertThat(r.options().packetKinds()).doesNotContain("ACK").contains("MP_JOIN", "RST", "SYN");
    }

    @Test
    void aRangeOutsideTheRunOrNoLaneOrNoKindIsAProblemAndCannotBeRequested() {
        ExportDialogModel m = model(5, ExportChoices.defaults());
        m.rangeProperty().set(true);
        m.toProperty().set(run.events().size());
        assertThat(m.problemProperty().get()).contains("Steps must run from -1 up to " + (run.events().size() - 1));
        assertThatThrownBy(m::request).isInstanceOf(IllegalStateException.class);

        m.toProperty().set(9);
        assertThat(m.problemProperty().get()).isEmpty();
        assertThat(m.request().steps()).isEqualTo(new StepRange(5, 9));

        m.kinds().forEach(c -> c.setSelected(false));
        assertThat(m.problemProperty().get()).isEqualTo("Choose at least one packet kind.");
        m.kinds().get(0).setSelected(true);
        m.lanes().forEach(c -> c.setSelected(false));
        assertThat(m.problemProperty().get()).isEqualTo("Choose at least one node as a lane.");
    }

    @Test
    void theNextDialogStartsFromTheChoicesOfTheLastOne() {
        ExportDialogModel first = model(5, ExportChoices.defaults());
        first.viewProperty().set(ExportView.TOPOLOGY);
        first.formatProperty().set(ExportFormat.PDF);
        first.rangeProperty().set(true);
        first.toProperty().set(7);
        first.labelsProperty().set(LabelDetail.VALUES);
        first.themeProperty().set(DiagramTheme.PRINT);
        first.fontSizeProperty().set(16);
        first.lanes().stream().filter(c -> c.value().equals("lb")).findFirst().orElseThrow().setSelected(false);
        first.kinds().stream().filter(c -> c.value() == EventKind.DSS_DATA).findFirst().orElseThrow()
                .setSelected(false);

        ExportDialogModel next = model(20, first.choices());

        assertThat(next.viewProperty().get()).isEqualTo(ExportView.TOPOLOGY);
        assertThat(next.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(next.steps()).isEqualTo(new StepRange(20, 22));
        assertThat(next.labelsProperty().get()).isEqualTo(LabelDetail.VALUES);
        assertThat(next.themeProperty().get()).isEqualTo(DiagramTheme.PRINT);
        assertThat(next.fontSizeProperty().get()).isEqualTo(16);
        assertThat(next.lanes()).filteredOn(c -> c.value().equals("lb")).singleElement()
                .matches(c -> !c.isSelected());
        assertThat(next.request().options().packetKinds()).doesNotContain("DSS_DATA").isNotEmpty();
    }

    @Test
    void theProposedFileNameSaysScenarioViewAndStepsAndAMissingExtensionIsAdded() {
        ExportDialogModel m = model(42, ExportChoices.defaults());
        assertThat(m.request().fileName("l4lb-mptcp-plain")).isEqualTo("l4lb-mptcp-plain-sequence-step42.svg");
        m.formatProperty().set(ExportFormat.TIKZ);
        m.rangeProperty().set(true);
        m.fromProperty().set(40);
        m.toProperty().set(44);
        ExportRequest r = m.request();

        assertThat(r.fileName("l4lb-mptcp-plain")).isEqualTo("l4lb-mptcp-plain-sequence-steps40-44.tex");
        assertThat(r.withExtension(Path.of("/tmp/slides"))).isEqualTo(Path.of("/tmp/slides.tex"));
        assertThat(r.withExtension(Path.of("/tmp/slides.TEX"))).isEqualTo(Path.of("/tmp/slides.TEX"));
    }

    @Test
    void aPngScaleOrFontSizeOutOfBoundsIsAProblem() {
        ExportDialogModel m = model(1, ExportChoices.defaults());
        m.pngScaleProperty().set(0);
        assertThat(m.problemProperty().get()).startsWith("PNG scale");
        m.pngScaleProperty().set(3);
        m.fontSizeProperty().set(60);
        assertThat(m.problemProperty().get()).startsWith("Font size");
        m.fontSizeProperty().set(10);
        assertThat(m.request().options().pngScale()).isEqualTo(3);
        assertThat(Set.of(m.request().options().fontSize())).containsExactly(10.0);
    }
}
