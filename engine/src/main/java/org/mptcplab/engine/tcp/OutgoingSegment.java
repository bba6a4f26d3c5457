package org.mptcplab.engine.tcp;

/**
 * What a {@link TcpExtension} is told about a segment being built, so it can choose options (for
 * MPTCP: MP_CAPABLE on the handshake, a DSS mapping for the chunk a data segment carries).
 *
 * @param flags          the segment's {@link org.mptcplab.engine.wire.TcpFlags}
 * @param seq            raw sequence number
 * @param ack            raw acknowledgment number (meaningful when ACK is set)
 * @param dataOffset     subflow data offset of the first payload byte (0 for the first data byte of the
 *                       connection, so the RFC 8684 relative subflow sequence number is {@code dataOffset + 1}),
 *                       or -1 when the segment carries no payload
 * @param payloadLength  payload bytes
 * @param chunkTag       tag given to {@link TcpConnection#pushChunk} for the chunk the payload belongs to,
 *                       or null (application writes, or no payload)
 * @param chunkOffset    offset of the first payload byte inside that chunk
 * @param retransmission true when the payload (or SYN/FIN) was sent before
 */
public record OutgoingSegment(int flags, int seq, int ack, long dataOffset, int payloadLength, Object chunkTag,
        long chunkOffset, boolean retransmission) {

    /** True when every bit of {@code flag} is set. */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }
}
