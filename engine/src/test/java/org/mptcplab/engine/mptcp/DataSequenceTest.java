package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DataSequenceTest {
    @Test
    void theFirstDataByteHasDsnIdsnPlusOne() {
        assertThat(DataSequence.dsn(1000, 0)).isEqualTo(1001);
        assertThat(DataSequence.offset(1000, 1001)).isZero();
    }

    @Test
    void dsnArithmeticWrapsModulo2To64() {
        long idsn = -2L; // 0xFFFF_FFFF_FFFF_FFFE
        assertThat(DataSequence.dsn(idsn, 0)).isEqualTo(-1L);
        assertThat(DataSequence.dsn(idsn, 1)).isZero();
        assertThat(DataSequence.offset(idsn, 5)).isEqualTo(6);
    }

    @Test
    void aShortDsnExpandsToTheValueNearestTheReference() {
        long reference = 0x1_0000_0010L;
        assertThat(DataSequence.expand(0x20, reference)).isEqualTo(0x1_0000_0020L);
        assertThat(DataSequence.expand(0xFFFF_FFF0L, reference)).isEqualTo(0x0_FFFF_FFF0L);
    }

    @Property
    void offsetInvertsDsn(@ForAll long idsn, @ForAll long offset) {
        assertThat(DataSequence.offset(idsn, DataSequence.dsn(idsn, offset))).isEqualTo(offset);
    }

    @Property
    void expandRecoversValuesWithin2To31OfTheReference(@ForAll long reference, @ForAll int delta) {
        long value = reference + delta;
        assertThat(DataSequence.expand(value & 0xFFFF_FFFFL, reference)).isEqualTo(value);
    }
}
