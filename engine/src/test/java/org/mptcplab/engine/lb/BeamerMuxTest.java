package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

class BeamerMuxTest {
    private static final List<String> SERVERS = List.of("s1", "s2", "s3");
    private final BeamerMux mux = BeamerMux.consecutivePorts(10001, SERVERS);
    private final HashDecisionBuilder crc = new HashDecisionBuilder(new Crc32(), HashInput.L4);

    private static FiveTuple toVip(int dport) {
        return new FiveTuple(IpAddress.parse("10.0.0.1"), IpAddress.parse("1.2.3.4"), 40000, dport, FiveTuple.TCP);
    }

    @Test
    void servicePortsAreHashed() {
        LbDecision d = mux.decide(toVip(80), crc, ModN.of(SERVERS)).orElseThrow();

        // Same flow as HashDecisionBuilderTest: crc32 4193544802 mod 3 = 1.
        assertThat(d.function()).isEqualTo("crc32");
        assertThat(d.chosen()).isEqualTo("s2");
    }

    @Test
    void highPortsGoToTheServerOwningThePort() {
        LbDecision d = mux.decide(toVip(10003), crc, ModN.of(SERVERS)).orElseThrow();

        assertThat(d.chosen()).isEqualTo("s3");
        assertThat(d.fields()).isEqualTo("dport");
        assertThat(d.function()).isEqualTo("port-map");
        assertThat(d.input()).isEqualTo("2713");
        assertThat(d.hash()).isEqualTo(10003);
        assertThat(mux.portOf("s3")).hasValue(10003);
    }

    @Test
    void unmappedHighPortHasNoServer() {
        assertThat(mux.decide(toVip(20000), crc, ModN.of(SERVERS))).isEmpty();
        assertThat(mux.portOf("s9")).isEmpty();
    }

    @Test
    void thresholdSplitsServiceAndServerPorts() {
        assertThat(mux.hashes(1023)).isTrue();
        assertThat(mux.hashes(1024)).isFalse();
        assertThatThrownBy(() -> new BeamerMux(1024, Map.of(80, "s1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BeamerMux(1024, Map.of(2000, "s1", 2001, "s1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
