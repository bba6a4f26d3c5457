package org.mptcplab.engine.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.engine.pcap.PcapFormatException;
import org.mptcplab.engine.pcap.PcapReader;

/**
 * The pcap corpus ({@code pcaps/*.hex}, index {@code pcaps/expected.tsv}): every damaged file is
 * refused with a {@link PcapFormatException} naming the offset where reading failed; none allocates
 * what a lying length field asks for.
 */
class DamagedPcapCorpusTest {

    static Stream<Arguments> corpus() {
        return HexCorpus.index("pcaps/expected.tsv").stream()
                .map(row -> Arguments.of(row[0], Long.parseLong(row[1]), row[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachDamagedFileIsRefusedWithTheOffsetOfTheDamage(String file, long offset, String fragment) {
        byte[] bytes = HexCorpus.bytes("pcaps/" + file);

        PcapFormatException e = catchThrowableOfType(PcapFormatException.class, () -> {
            try (PcapReader reader = new PcapReader(new ByteArrayInputStream(bytes))) {
                reader.readAll();
            }
        });

        assertThat(e).as("%s (%s) must be refused", file, HexCorpus.description("pcaps/" + file)).isNotNull();
        assertThat(e.offset()).isEqualTo(offset).isBetween(0L, (long) bytes.length);
        assertThat(e.reason()).contains(fragment);
        assertThat(e.getMessage()).startsWith("pcap format error at offset " + offset + ": ").doesNotContain("\n");
    }

    @Test
    void everyCorpusFileIsIndexedAndEveryIndexRowHasAFile() {
        List<String> indexed = HexCorpus.index("pcaps/expected.tsv").stream().map(row -> row[0]).sorted().toList();

        assertThat(CorpusFiles.names("pcaps/", ".hex")).isEqualTo(indexed).hasSizeGreaterThanOrEqualTo(10);
    }
}
