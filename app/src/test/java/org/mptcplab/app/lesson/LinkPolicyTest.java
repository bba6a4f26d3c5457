package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links from untrusted lessons: http(s) only, and only after a confirmation naming the URL. */
class LinkPolicyTest {
    private final List<String> asked = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @Test
    void anHttpsLinkOpensAfterTheUserConfirmedThatUrl() {
        LinkPolicy policy = new LinkPolicy(url -> asked.add(url), opened::add, notices::add);

        assertThat(policy.follow("https://www.rfc-editor.org/rfc/rfc8684#section-3.1")).isTrue();
        assertThat(asked).containsExactly("https://www.rfc-editor.org/rfc/rfc8684#section-3.1");
        assertThat(opened).containsExactly("https://www.rfc-editor.org/rfc/rfc8684#section-3.1");
    }

    @Test
    void aDeclinedConfirmationOpensNothing() {
        LinkPolicy policy = new LinkPolicy(url -> false, opened::add, notices::add);

        assertThat(policy.follow("http://example.org/")).isFalse();
        assertThat(opened).isEmpty();
        assertThat(notices).containsExactly("Link not opened.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "ftp://example.org/",
            "jar:file:/x.jar!/a", "relative/page.html", "http://", "https://user:pw@example.org/", "mailto:a@b.c", ""})
    void anythingButAnHttpUrlWithAHostIsRefusedWithoutAsking(String href) {
        LinkPolicy policy = new LinkPolicy(url -> asked.add(url), opened::add, notices::add);

        assertThat(policy.follow(href)).isFalse();
        assertThat(asked).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(notices).singleElement().asString().startsWith("Refused to open");
    }
}
