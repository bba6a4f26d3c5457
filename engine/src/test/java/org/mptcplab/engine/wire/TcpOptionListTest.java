package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpOptionListTest {

    @Test
    void keepsThePaddedLengthTheOptionsWouldHave() {
        List<TcpOption> options = List.of(new NoOperation(), new NoOperation(), new Timestamps(7, 9),
                Dss.dataAckOnly(5));
        TcpOptionList list = TcpOptionList.copyOf(options);
        assertThat(list.paddedLength()).isEqualTo(TcpOptionCodec.encode(options).length);
        assertThat(new TcpHeader(1, 2, 3, 4, TcpFlags.ACK, 5, 0, options).optionsLength())
                .isEqualTo(list.paddedLength());
    }

    @Test
    void behavesAsAnImmutableListEqualToTheSource() {
        List<TcpOption> source = new ArrayList<>(List.of(new MaxSegmentSize(1460), new WindowScale(7)));
        TcpOptionList list = TcpOptionList.copyOf(source);
        source.clear();
        assertThat(list).containsExactly(new MaxSegmentSize(1460), new WindowScale(7));
        assertThat(list).isEqualTo(List.of(new MaxSegmentSize(1460), new WindowScale(7)));
        assertThat(list.hashCode()).isEqualTo(List.of(new MaxSegmentSize(1460), new WindowScale(7)).hashCode());
        assertThatThrownBy(() -> list.add(new NoOperation())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(TcpOptionList.copyOf(list)).isSameAs(list);
    }

    @Test
    void refusesNullOptionsAndMisplacedEndOfOptions() {
        assertThatThrownBy(() -> TcpOptionList.copyOf(Arrays.asList(new NoOperation(), null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TcpOptionList.copyOf(List.of(new EndOfOptions(), new NoOperation())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last option");
    }
}
