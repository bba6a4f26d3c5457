package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mptcplab.app.editor.BranchParameter;
import org.mptcplab.app.playback.ScenarioRunSource;

/** Choosing the pair: presets, two scenarios, a variant; always one seed for both sides. */
class PairChoiceTest {

    private static long seed(ComparePair p, boolean left) {
        return ((ScenarioRunSource) (left ? p.left() : p.right())).seed();
    }

    @Test
    void presetsAreTheFailureNextToTheFix() {
        ComparePair first = new PairChoice(PairChoice.Kind.PRESET, "0", null, null, null).toPair();
        ComparePair second = new PairChoice(PairChoice.Kind.PRESET, "1", null, null, null).toPair();
        assertThat(first.left().id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(first.right().id()).isEqualTo("l4lb-mptcp-fixed");
        assertThat(second.left().id()).isEqualTo("anycast-tcp");
        assertThat(second.right().id()).isEqualTo("anycast-mptcp-fixed");
    }

    @Test
    void twoScenariosRunWithTheLeftSeedOnBothSides() {
        ComparePair p = new PairChoice(PairChoice.Kind.TWO_SCENARIOS, "l4lb-tcp", "l4lb-mptcp-stateful", null, null)
                .toPair();
        assertThat(p.left().id()).isEqualTo("l4lb-tcp");
        assertThat(p.right().id()).isEqualTo("l4lb-mptcp-stateful");
        assertThat(seed(p, false)).isEqualTo(seed(p, true));
    }

    @Test
    void aVariantChangesOneParameterOnTheRightOnly() {
        ComparePair p = new PairChoice(PairChoice.Kind.VARIANT, "l4lb-mptcp-plain", null, BranchParameter.C_FLAG, "on")
                .toPair();
        ScenarioRunSource left = (ScenarioRunSource) p.left();
        ScenarioRunSource right = (ScenarioRunSource) p.right();
        assertThat(left.scenario()).isNotEqualTo(right.scenario());
        assertThat(BranchParameter.C_FLAG.apply(left.scenario(), "on")).isEqualTo(right.scenario());
        assertThat(right.seed()).isEqualTo(left.seed());
        assertThat(p.rightNote()).contains("C flag", "on");
    }

    @Test
    void theShellOpensThePresetOfTheShownScenario() {
        assertThat(ComparePair.presetFor("anycast-mptcp-fixed").left().id()).isEqualTo("anycast-tcp");
        assertThat(ComparePair.presetFor("l4lb-tcp").left().id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(ComparePair.presetFor(null).right().id()).isEqualTo("l4lb-mptcp-fixed");
    }

    @Test
    void aVariantTheEngineCannotBuildIsRefusedBeforeRecording() {
        // Toeplitz takes at most 36 input bytes; the engine refuses a 5-tuple hash that an IPv6 flow makes 37.
        assertThatThrownBy(() -> new PairChoice(PairChoice.Kind.VARIANT, "l4lb-tcp", null,
                BranchParameter.HASH_FUNCTION, "toeplitz").toPair()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toeplitz");
    }

    @Test
    void choicesThatCannotRunSayWhy() {
        assertThatThrownBy(() -> new PairChoice(PairChoice.Kind.TWO_SCENARIOS, "paper-l4lb", "l4lb-tcp", null, null)
                .toPair()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch");
        assertThatThrownBy(() -> new PairChoice(PairChoice.Kind.VARIANT, "l4lb-tcp", null, BranchParameter.LOSS, " ")
                .toPair()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
    }
}
