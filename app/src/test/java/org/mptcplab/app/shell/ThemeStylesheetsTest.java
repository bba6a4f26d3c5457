package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.assets.Themes;

/** The bundled themes parse cleanly and each defines the whole palette the shared rules use. */
class ThemeStylesheetsTest {

    private static final Pattern PALETTE_USE = Pattern.compile(":\\s*[^;]*?(-lab-[a-z-]+)");
    private static final Pattern PALETTE_DEFINITION = Pattern.compile("^\\s*(-lab-[a-z-]+)\\s*:", Pattern.MULTILINE);

    @BeforeEach
    void forgetEarlierParseErrors() {
        CssParser.errorsProperty().clear();
    }

    @Test
    void everyThemeAndTheSharedRulesParseWithoutErrors() throws IOException {
        for (String name : Themes.names()) {
            Stylesheet sheet = new CssParser().parse(Themes.stylesheet(name));
            assertThat(sheet.getRules()).as(name).isNotEmpty();
        }
        new CssParser().parse(new URL(Themes.stylesheet(Themes.LIGHT), "common.css"));

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }

    @Test
    void everyThemeDefinesEveryPaletteColourTheSharedRulesUse() throws IOException {
        String common = read(new URL(Themes.stylesheet(Themes.LIGHT), "common.css"));
        List<String> used = PALETTE_USE.matcher(common).results().map(m -> m.group(1)).distinct().sorted().toList();
        assertThat(used).contains("-lab-text", "-lab-heading", "-lab-selection-text");

        for (String name : Themes.names()) {
            String theme = read(Themes.stylesheet(name));
            Matcher defined = PALETTE_DEFINITION.matcher(theme);
            List<String> names = defined.results().map(m -> m.group(1)).collect(Collectors.toList());
            assertThat(names).as(name).containsAll(used);
            assertThat(theme).as(name).contains("@import \"common.css\";");
        }
    }

    @Test
    void sharedRulesStyleTheClassesTheShellUses() throws IOException {
        Stylesheet common = new CssParser().parse(new URL(Themes.stylesheet(Themes.LIGHT), "common.css"));
        String selectors = common.getRules().stream().map(Rule::getSelectors).flatMap(List::stream)
                .map(Selector::toString).collect(Collectors.joining(" "));

        assertThat(selectors).contains("welcome-title", "scenario-cell", "scenario-badge", "status-bar",
                "about-version", "shortcut-keys");
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
