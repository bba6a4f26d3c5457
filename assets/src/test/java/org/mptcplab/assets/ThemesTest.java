package org.mptcplab.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemesTest {

    @Test
    void listsLightFirstAsTheDefault() {
        assertThat(Themes.names()).containsExactly("light", "dark", "high-contrast");
    }

    @Test
    void everyListedThemeResolvesToANonEmptyStylesheet() throws IOException {
        for (String name : Themes.names()) {
            URL url = Themes.stylesheet(name);
            assertThat(url.getPath()).endsWith("/themes/" + name + ".css");
            try (InputStream in = url.openStream()) {
                String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(css).as(name).contains(".root").contains("-fx-base");
            }
        }
    }

    @Test
    void rejectsAnUnknownThemeNamingTheChoices() {
        assertThatThrownBy(() -> Themes.stylesheet("neon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neon")
                .hasMessageContaining("high-contrast");
    }

    @Test
    void doesNotResolvePathsOutsideTheThemeFolder() {
        assertThatThrownBy(() -> Themes.stylesheet("../themes/light"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
