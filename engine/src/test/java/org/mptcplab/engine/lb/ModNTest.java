package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModNTest {
    private final ModN three = ModN.of(List.of("s1", "s2", "s3"));

    @Test
    void backendIsHashModNInConfigurationOrder() {
        assertThat(three.select(0)).isEqualTo(new Selection(0, "s1"));
        assertThat(three.select(7)).isEqualTo(new Selection(1, "s2"));
        assertThat(three.select(0xFFFFFFFFL)).isEqualTo(new Selection(0, "s1")); // 4294967295 = 3 * 1431655765
        assertThat(three.method()).isEqualTo("mod 3");
    }

    @Test
    void configurationOrderIsKept() {
        assertThat(ModN.of(List.of("s3", "s1")).select(0).backend()).isEqualTo("s3");
    }

    @Test
    void withBackendsRecomputesOverTheNewList() {
        ModN two = three.withBackends(List.of("s1", "s3"));

        assertThat(two.method()).isEqualTo("mod 2");
        assertThat(two.select(7)).isEqualTo(new Selection(1, "s3"));
    }

    @Test
    void refusesEmptyGroupsOutOfRangeHashesAndDuplicateNames() {
        assertThatThrownBy(() -> ModN.of(List.of()).select(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> three.select(1L << 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> three.select(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModN.of(List.of("s1", "s1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }
}
