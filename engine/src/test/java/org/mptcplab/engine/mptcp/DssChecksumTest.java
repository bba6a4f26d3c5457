package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.tcp.StreamPayload;
import org.mptcplab.engine.wire.BytesPayload;
import org.mptcplab.engine.wire.InternetChecksum;
import org.mptcplab.engine.wire.Payload;

class DssChecksumTest {
    /*
     * python3: words of 0102030405060708 00000001 0004 0000 + aabbccdd, one's complement sum, complemented:
     *   s=sum([0x0102,0x0304,0x0506,0x0708,0,1,4,0,0xaabb,0xccdd]); s=(s&0xffff)+(s>>16); print(hex(~s&0xffff))
     *   -> 0x784d
     */
    @Test
    void aHandComputedExampleMatches() {
        Payload data = new BytesPayload(new byte[] {(byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd});
        assertThat(DssChecksum.compute(0x0102030405060708L, 1, 4, data)).isEqualTo(0x784d);
    }

    /** RFC 8684 §3.3.1: the pseudo-header with the checksum filled in, plus the data, sums to zero. */
    @Property(tries = 200)
    void theChecksumVerifiesOverPseudoHeaderAndData(@ForAll long dsn, @ForAll int subflowSeq,
            @ForAll @IntRange(min = 0, max = 1500) int length, @ForAll long key) {
        StreamPayload data = new StreamPayload(key & Long.MAX_VALUE, 0, length);
        int sum = DssChecksum.compute(dsn, subflowSeq, length, data);
        ByteBuffer b = ByteBuffer.allocate(16 + length);
        b.putLong(dsn).putInt(subflowSeq).putShort((short) length).putShort((short) sum).put(data.toBytes());
        assertThat(InternetChecksum.of(b.array(), 0, b.capacity())).isZero();
    }
}
