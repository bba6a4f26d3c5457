package org.mptcplab.engine.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.engine.wire.DecodeException;
import org.mptcplab.engine.wire.PacketCodec;

/**
 * The datagram corpus ({@code packets/*.hex}, index {@code packets/expected.tsv}): every entry is
 * refused with one {@link DecodeException} whose reason and offset point at the field the case breaks,
 * never with an index, buffer or argument exception.
 */
class MalformedPacketCorpusTest {

    static Stream<Arguments> corpus() {
        return HexCorpus.index("packets/expected.tsv").stream()
                .map(row -> Arguments.of(row[0], DecodeException.Reason.valueOf(row[1]), Integer.parseInt(row[2]),
                        row[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedDatagramIsRefusedWithItsReasonAndOffset(String file, DecodeException.Reason reason, int offset,
            String fragment) {
        byte[] datagram = HexCorpus.datagram("packets/" + file);

        DecodeException e = catchThrowableOfType(DecodeException.class, () -> PacketCodec.decode(datagram));

        assertThat(e).as("%s (%s) must be refused", file, HexCorpus.description("packets/" + file)).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.offset()).isEqualTo(offset).isBetween(0, datagram.length);
        assertThat(e.getMessage()).contains(fragment).doesNotContain("\n");
    }

    @Test
    void everyCorpusFileIsIndexedAndEveryIndexRowHasAFile() {
        List<String> indexed = HexCorpus.index("packets/expected.tsv").stream().map(row -> row[0]).sorted().toList();

        assertThat(CorpusFiles.names("packets/", ".hex")).isEqualTo(indexed);
    }

    @Test
    void everyCaseIsDescribedAndTheCorpusCoversEveryReason() {
        List<String[]> rows = HexCorpus.index("packets/expected.tsv");

        assertThat(rows).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(row -> assertThat(HexCorpus.description("packets/" + row[0])).isNotBlank());
        assertThat(rows.stream().map(row -> DecodeException.Reason.valueOf(row[1])).distinct())
                .containsExactlyInAnyOrder(DecodeException.Reason.values());
    }
}
