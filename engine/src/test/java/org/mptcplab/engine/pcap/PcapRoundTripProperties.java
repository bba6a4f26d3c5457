package org.mptcplab.engine.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PcapRoundTripProperties {

    @Property(tries = 200)
    void everyWrittenRecordReadsBackUnchanged(
            @ForAll @Size(max = 8) List<@Size(max = 200) byte[]> datagrams,
            @ForAll @LongRange(min = 0, max = 4_294_967_295_999_999_999L) long start) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PcapRecord> expected = new ArrayList<>();
        try (PcapWriter writer = new PcapWriter(out)) {
            long t = start;
            for (byte[] d : datagrams) {
                writer.write(t, d);
                expected.add(new PcapRecord(t, d.length, d));
                t = Math.min(t + 1_234_567L, 4_294_967_295_999_999_999L);
            }
        }
        assertThat(new PcapReader(new ByteArrayInputStream(out.toByteArray())).readAll())
                .containsExactlyElementsOf(expected);
    }
}
