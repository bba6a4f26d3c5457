package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SeqNumProperties {

    @Property
    void aNumberIsBelowAnythingLessThanHalfTheSpaceAhead(@ForAll int a,
            @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int distance) {
        int b = a + distance;
        assertThat(SeqNum.lt(a, b)).isTrue();
        assertThat(SeqNum.geq(b, a)).isTrue();
        assertThat(SeqNum.diff(b, a)).isEqualTo(distance);
    }
}
