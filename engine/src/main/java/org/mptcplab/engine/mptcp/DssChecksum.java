package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.wire.InternetChecksum;
import org.mptcplab.engine.wire.Payload;

/**
 * The DSS checksum (RFC 8684 §3.3.1): the Internet checksum over a pseudo-header of the 64-bit DSN,
 * the 32-bit relative subflow sequence number, the 16-bit data-level length and a zero checksum
 * field, followed by the mapped data. Only used when either side set flag A in MP_CAPABLE.
 */
public final class DssChecksum {
    private DssChecksum() {}

    /** The checksum of a mapping and its bytes ({@code data} may be empty, e.g. for a DATA_FIN). */
    public static int compute(long dsn, int subflowSeq, int dataLength, Payload data) {
        long sum = 0;
        sum = InternetChecksum.addWord(sum, (int) (dsn >>> 48));
        sum = InternetChecksum.addWord(sum, (int) (dsn >>> 32));
        sum = InternetChecksum.addWord(sum, (int) (dsn >>> 16));
        sum = InternetChecksum.addWord(sum, (int) dsn);
        sum = InternetChecksum.addWord(sum, subflowSeq >>> 16);
        sum = InternetChecksum.addWord(sum, subflowSeq);
        sum = InternetChecksum.addWord(sum, dataLength);
        if (data.length() > 0) {
            byte[] bytes = data.toBytes();
            sum = InternetChecksum.add(sum, bytes, 0, bytes.length);
        }
        return InternetChecksum.finish(sum);
    }
}
