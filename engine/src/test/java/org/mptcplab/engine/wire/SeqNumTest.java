package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeqNumTest {

    @Test
    void comparesAcrossTheWrap() {
        int beforeWrap = 0xFFFF_FFF0;
        int afterWrap = 0x10;
        assertThat(SeqNum.lt(beforeWrap, afterWrap)).isTrue();
        assertThat(SeqNum.gt(afterWrap, beforeWrap)).isTrue();
        assertThat(SeqNum.diff(afterWrap, beforeWrap)).isEqualTo(0x20);
        assertThat(SeqNum.max(beforeWrap, afterWrap)).isEqualTo(afterWrap);
        assertThat(SeqNum.inWindow(0, beforeWrap, afterWrap)).isTrue();
        assertThat(SeqNum.inWindow(afterWrap, beforeWrap, afterWrap)).isFalse();
        assertThat(SeqNum.unsigned(beforeWrap)).isEqualTo(0xFFFF_FFF0L);
    }

    @Test
    void equalNumbersAreLeqAndGeqButNotLtOrGt() {
        assertThat(SeqNum.leq(7, 7)).isTrue();
        assertThat(SeqNum.geq(7, 7)).isTrue();
        assertThat(SeqNum.lt(7, 7)).isFalse();
        assertThat(SeqNum.gt(7, 7)).isFalse();
    }
}
