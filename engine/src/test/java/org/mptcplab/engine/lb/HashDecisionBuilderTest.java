package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The client 10.0.0.1:40000 opening a TCP connection to the VIP 1.2.3.4:80. Independent check:
 * {@code python3 -c 'import zlib; print(zlib.crc32(bytes.fromhex("0a000001010203049c40005006")))'}
 * prints 4193544802 (0xf9f46a62); 4193544802 mod 3 = 1.
 */
class HashDecisionBuilderTest {
    private static final FiveTuple SYN = new FiveTuple(IpAddress.parse("10.0.0.1"), IpAddress.parse("1.2.3.4"),
            40000, 80, FiveTuple.TCP);
    private static final List<String> SERVERS = List.of("s1", "s2", "s3");

    @Test
    void modNDecisionCarriesEverythingAStudentNeeds() {
        LbDecision d = new HashDecisionBuilder(new Crc32(), HashInput.L4).decide(SYN, ModN.of(SERVERS));

        assertThat(d.fields()).isEqualTo("src,dst,sport,dport,proto");
        assertThat(d.function()).isEqualTo("crc32");
        assertThat(d.input()).isEqualTo("0a000001 01020304 9c40 0050 06");
        assertThat(d.hash()).isEqualTo(4193544802L);
        assertThat(d.method()).isEqualTo("mod 3");
        assertThat(d.slot()).isEqualTo(1);
        assertThat(d.candidates()).containsExactly("s1", "s2", "s3");
        assertThat(d.chosen()).isEqualTo("s2");
    }

    @Test
    void maglevDecisionNamesTheTableSlot() {
        // 4193544802 mod 7 = 6; the M=7 table of MaglevTest gives slot 6 to s1.
        LbDecision d = new HashDecisionBuilder(new Crc32(), HashInput.L4).decide(SYN, Maglev.of(7, SERVERS));

        assertThat(d.method()).isEqualTo("maglev M=7");
        assertThat(d.slot()).isEqualTo(6);
        assertThat(d.chosen()).isEqualTo("s1");
    }

    @Test
    void toEventFillsTheTraceRecord() {
        LbDecision d = new HashDecisionBuilder(new Jenkins(), HashInput.L4).decide(SYN, ModN.of(SERVERS));

        HashDecision event = d.toEvent(1_000L, "lb", null);

        assertThat(event.time()).isEqualTo(1_000L);
        assertThat(event.node()).isEqualTo("lb");
        assertThat(event.tuple()).isEqualTo(SYN);
        assertThat(event.function()).isEqualTo("jenkins");
        assertThat(event.hash()).isEqualTo(0xF4F6FA5AL);
        assertThat(event.chosen()).isEqualTo("s3");
        assertThat(event.slot()).isEqualTo(2);
        assertThat(event.candidates()).isEqualTo(d.candidates());
    }

    @Test
    void toeplitzNeedsTheRssLayoutBecauseAnIpv6FiveTupleIsTooLongForItsKey() {
        assertThatThrownBy(() -> new HashDecisionBuilder(Toeplitz.withDefaultKey(), HashInput.L4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("37");

        HashDecisionBuilder rss = new HashDecisionBuilder(Toeplitz.withDefaultKey(), HashInput.RSS);
        FiveTuple msExample = new FiveTuple(IpAddress.parse("66.9.149.187"), IpAddress.parse("161.142.100.80"),
                2794, 1766, FiveTuple.TCP);
        assertThat(rss.hash(msExample)).isEqualTo(0x51CCC178L);
    }

    @Test
    void hashFunctionsAreFoundByTheirTraceName() {
        for (String name : HashFunction.NAMES) {
            assertThat(HashFunction.named(name).name()).isEqualTo(name);
        }
        assertThatThrownBy(() -> HashFunction.named("md5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crc32");
    }
}
