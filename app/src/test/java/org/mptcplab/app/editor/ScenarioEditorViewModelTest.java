package org.mptcplab.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.ScenarioValidator;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.lessons.scenario.ScenarioLoader;

class ScenarioEditorViewModelTest {
    private Scenario original;
    private ScenarioEditorViewModel editor;

    @BeforeEach
    void setUp() throws Exception {
        original = ScenarioLoader.builtIn("l4lb-mptcp-fixed");
        editor = new ScenarioEditorViewModel(original);
    }

    private LoadBalancerSpec lb() {
        return (LoadBalancerSpec) editor.getScenario().node("lb").orElseThrow();
    }

    @Test
    void listsNodesThenLinks() {
        assertThat(editor.elements()).extracting(EditorElement::name).startsWith("client", "r1", "lb", "s1")
                .contains("client-r1", "client-r1#2", "lb-s1");
        assertThat(editor.elements()).hasSize(original.nodes().size() + original.links().size());
    }

    @Test
    void editingALinkDelaySetsBothDirectionsAndUndoRestoresTheScenario() {
        editor.select("lb-s1");

        assertThat(editor.edit("delay", "2ms")).isTrue();

        int index = original.linkNames().indexOf("lb-s1");
        assertThat(editor.getScenario().links().get(index).ab().delay()).isEqualTo(2_000_000L);
        assertThat(editor.getScenario().links().get(index).ba().delay()).isEqualTo(2_000_000L);
        assertThat(editor.value("delay")).contains("2ms");
        assertThat(editor.undo()).isTrue();
        assertThat(editor.getScenario()).isEqualTo(original);
        assertThat(editor.value("delay")).contains("100us");
    }

    @Test
    void redoReappliesAndANewEditDropsTheRedoHistory() {
        editor.select("lb");
        editor.edit("hash.function", "jenkins");
        Scenario edited = editor.getScenario();
        editor.undo();

        assertThat(editor.redo()).isTrue();
        assertThat(editor.getScenario()).isEqualTo(edited);

        editor.undo();
        editor.edit("forwarding", "nat");
        assertThat(editor.undoStack().canRedoProperty().get()).isFalse();
        assertThat(editor.redo()).isFalse();
        assertThat(lb().forwarding()).isEqualTo(Forwarding.NAT);
        assertThat(lb().hashFunction()).isEqualTo("crc32");
    }

    @Test
    void aRateThatDoesNotParseIsRefusedWithAMessageAndNothingChanges() {
        editor.select("client-r1");

        assertThat(editor.edit("rate", "fast")).isFalse();

        assertThat(editor.errors()).containsKey("rate");
        assertThat(editor.errors().get("rate")).contains("bad rate \"fast\"");
        assertThat(editor.getScenario()).isSameAs(original);
        assertThat(editor.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void aValueTheValidatorRefusesIsReportedNextToItsField() {
        editor.select("lb");

        assertThat(editor.edit("selector.tableSize", "14")).isFalse();

        assertThat(editor.errors().get("selector.tableSize")).contains("prime");
        assertThat(lb().tableSize()).isEqualTo(13);
    }

    @Test
    void aCorrectedValueClearsTheMessage() {
        editor.select("lb");
        editor.edit("selector.tableSize", "14");

        assertThat(editor.edit("selector.tableSize", "251")).isTrue();

        assertThat(editor.errors()).doesNotContainKey("selector.tableSize");
        assertThat(lb().tableSize()).isEqualTo(251);
    }

    @Test
    void lossOutsideZeroToOneIsRefused() {
        editor.select("client-r1");

        assertThat(editor.edit("loss", "1.5")).isFalse();
        assertThat(editor.edit("loss", "0.05")).isTrue();

        assertThat(editor.getScenario().links().get(0).ab().loss()).isEqualTo(0.05);
    }

    @Test
    void hostMptcpOptionsEditTheCFlagPathManagerAndAddAddr() {
        editor.select("s1");

        assertThat(editor.edit("mptcp.allowJoinInitialAddrPort", "true")).isTrue();
        assertThat(editor.edit("mptcp.pathManager", "loadbalancing")).isTrue();
        assertThat(editor.edit("mptcp.addAddr.mode", "piggyback")).isTrue();
        assertThat(editor.edit("mptcp.addAddr.timeout", "500ms")).isTrue();
        assertThat(editor.edit("mptcp.addAddr.timeout", "0s")).isFalse();

        HostSpec s1 = (HostSpec) editor.getScenario().node("s1").orElseThrow();
        assertThat(s1.mptcp().allowJoinInitialAddrPort()).isTrue();
        assertThat(s1.mptcp().pathManager().id()).isEqualTo("loadbalancing");
        assertThat(s1.mptcp().addAddr().mode().id()).isEqualTo("piggyback");
        assertThat(s1.mptcp().addAddr().timeout()).isEqualTo(500_000_000L);
        assertThat(editor.errors().get("mptcp.addAddr.timeout")).contains("positive");
    }

    @Test
    void addBackendCopiesTheLastServerWithFreshAddressesAndStaysValid() {
        editor.select("lb");

        assertThat(editor.addBackend()).isTrue();

        Scenario s = editor.getScenario();
        assertThat(ScenarioValidator.validate(s)).isEmpty();
        assertThat(editor.backends()).containsExactly("s1", "s2", "s3", "s4");
        assertThat(lb().backend("s4").address()).isEqualTo(IpAddress.parse("10.0.0.4"));
        HostSpec s4 = (HostSpec) s.node("s4").orElseThrow();
        assertThat(s4.localAddresses()).containsExactly(IpAddress.parse("1.2.3.4"));
        assertThat(s4.mptcp().endpoints()).extracting(e -> e.address().toString()).containsExactly("10.0.0.4");
        assertThat(s.links()).hasSize(original.links().size() + 2);
        assertThat(editor.undo()).isTrue();
        assertThat(editor.getScenario()).isEqualTo(original);
    }

    @Test
    void removingBackendsStopsAtTheLastOneWithAMessage() {
        editor.select("lb");
        assertThat(editor.removeBackend("s1")).isTrue();
        assertThat(editor.removeBackend("s2")).isTrue();

        assertThat(editor.removeBackend("s3")).isFalse();

        assertThat(editor.errors().get(ScenarioEditorViewModel.BACKENDS_KEY)).contains("at least one backend");
        assertThat(editor.backends()).containsExactly("s3");
    }

    @Test
    void selectionSurvivesUndoAndRedo() {
        editor.select("lb");
        editor.edit("mode", "stateful");

        editor.undo();

        assertThat(editor.selectedProperty().get().name()).isEqualTo("lb");
        assertThat(editor.value("mode")).contains("plain");
    }

    @Test
    void runHandsTheEditedScenarioToTheRunner() {
        List<Scenario> ran = new ArrayList<>();
        editor.setOnRun(ran::add);
        editor.select("lb");
        editor.edit("hash.function", "toeplitz");

        editor.run();

        assertThat(ran).singleElement().extracting(s -> ((LoadBalancerSpec) s.node("lb").orElseThrow())
                .hashFunction()).isEqualTo("toeplitz");
    }

    @Test
    void routersHaveNoPropertiesAndEditsWithoutASelectionDoNothing() {
        assertThat(editor.edit("rate", "1Gbps")).isFalse();
        editor.select("r1");
        assertThat(editor.properties()).isEmpty();
        assertThat(editor.edit("rate", "1Gbps")).isFalse();
        assertThat(editor.errors()).containsKey("rate");
    }
}
