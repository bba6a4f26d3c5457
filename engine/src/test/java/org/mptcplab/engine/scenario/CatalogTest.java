package org.mptcplab.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void listsTheDesignCatalogueIdsInTableOrder() {
        assertThat(Catalog.entries()).extracting(Catalog.Entry::id).containsExactly(
                "l4lb-tcp", "l4lb-mptcp-plain", "l4lb-mptcp-fixed", "l4lb-mptcp-offpath",
                "l4lb-mptcp-lossy-addaddr", "l4lb-mptcp-stateful", "l4lb-mptcp-beamer",
                "anycast-tcp", "anycast-mptcp-fixed", "paper-l4lb", "paper-anycast");
    }

    @Test
    void idsAreUniqueAndCommandLineFriendly() {
        List<String> ids = Catalog.entries().stream().map(Catalog.Entry::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void titlesFitOnOneLine() {
        assertThat(Catalog.entries()).allSatisfy(e -> {
            assertThat(e.title()).doesNotContain("\n").hasSizeLessThanOrEqualTo(60);
            assertThat(e.summary()).endsWith(".");
        });
    }

    @Test
    void everyBuiltInScenarioRunsOnThisEngine() {
        assertThat(Catalog.entries()).allMatch(Catalog.Entry::runnable);
    }

    @Test
    void findsAnEntryByExactId() {
        assertThat(Catalog.find("anycast-tcp")).map(Catalog.Entry::title).hasValue("TCP over anycast with ECMP");
        assertThat(Catalog.find("ANYCAST-TCP")).isEmpty();
        assertThat(Catalog.find("no-such-scenario")).isEmpty();
    }

    @Test
    void isReadOnly() {
        assertThatThrownBy(() -> Catalog.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBlankEntries() {
        assertThatThrownBy(() -> new Catalog.Entry("x", " ", "s.", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
