package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitFailureTest {

    @Test
    void unusableDisplayDeepInTheCauseChainIsRecognised() {
        RuntimeException launch = new RuntimeException("Application launch failed",
                new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY")));

        assertThat(ToolkitFailure.reason(launch)).hasValue("the display could not be opened (Unable to open DISPLAY)");
    }

    @Test
    void missingGtkGetsAnInstallHint() {
        assertThat(ToolkitFailure.reason(new RuntimeException("Unable to load glass GTK library.")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("GTK 3").contains("libgtk-3-0"));
    }

    @Test
    void missingNativeLibraryIsRecognisedWithoutItsTrailingFullStop() {
        assertThat(ToolkitFailure.reason(new UnsatisfiedLinkError("no prism_sw in java.library.path.")))
                .hasValue("JavaFX could not load its native libraries (no prism_sw in java.library.path)");
    }

    @Test
    void bugsInOurOwnStartCodeAreNotMistakenForToolkitFailures() {
        RuntimeException start = new RuntimeException("Exception in Application start method",
                new NullPointerException("model"));

        assertThat(ToolkitFailure.reason(start)).isEmpty();
        assertThat(ToolkitFailure.reason(new UnsupportedOperationException("not implemented"))).isEmpty();
    }
}
