package org.mptcplab.lessons.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.load.Narration.Block;
import org.mptcplab.lessons.load.Narration.BlockKind;
import org.mptcplab.lessons.load.Narration.Span;
import org.mptcplab.lessons.load.Narration.Style;

class NarrationTest {

    @Test
    void splitsParagraphsAndListsAtBlankLines() {
        List<Block> blocks = Narration.parse("First line\ncontinues.\n\n- one\n- two\n\n1. a\n2. b");

        assertThat(blocks).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.BULLETS, BlockKind.NUMBERED);
        assertThat(blocks.get(0).items()).singleElement()
                .isEqualTo(List.of(new Span(Style.PLAIN, "First line continues.", null)));
        assertThat(blocks.get(1).items()).hasSize(2);
    }

    @Test
    void readsBoldItalicCodeAndHttpsLinks() {
        List<Span> spans = Narration
                .parse("**C** flag, *echo*, `ip mptcp` and [RFC 8684](https://www.rfc-editor.org/rfc/rfc8684)").get(0).items().get(0);

        assertThat(spans).extracting(Span::style).containsExactly(Style.BOLD, Style.PLAIN, Style.ITALIC, Style.PLAIN,
                Style.CODE, Style.PLAIN, Style.LINK);
        assertThat(spans.get(6).href()).isEqualTo("https://www.rfc-editor.org/rfc/rfc8684");
        assertThat(spans.get(6).text()).isEqualTo("RFC 8684");
    }

    @Test
    void refusesMarkupOutsideTheSubset() {
        assertThatThrownBy(() -> Narration.parse("## Title")).hasMessageContaining("headings");
        assertThatThrownBy(() -> Narration.parse("a <script>x</script>")).hasMessageContaining("HTML");
        assertThatThrownBy(() -> Narration.parse("![cat](https://x/cat.png)")).hasMessageContaining("images");
        assertThatThrownBy(() -> Narration.parse("[x](file:///etc/passwd)")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> Narration.parse("**never closed")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> Narration.parse("- item\nplain line")).hasMessageContaining("mix");
        assertThatThrownBy(() -> Narration.parse("  ")).hasMessageContaining("empty");
    }

    @Test
    void plainTextDropsTheMarkers() {
        assertThat(Narration.plain("The **token** is `8a589bde`.\n\n- one")).isEqualTo("The token is 8a589bde.\none");
    }

    @Property
    void textWithoutMarkupIsOneParagraphKeptVerbatim(
            @ForAll @AlphaChars @NumericChars @Chars({' ', '.', ',', '-'}) @StringLength(min = 1, max = 80) String s) {
        String text = "x" + s.strip();
        if (text.matches(".*\\s-\\s.*") || text.contains("  ")) {
            return; // a space-dash-space is still plain, but collapse of double spaces is not what this checks
        }
        List<Block> blocks = Narration.parse(text);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(b.items().get(0)).containsExactly(new Span(Style.PLAIN, text, null));
        });
    }
}
