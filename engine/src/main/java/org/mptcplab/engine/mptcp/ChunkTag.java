package org.mptcplab.engine.mptcp;

/**
 * Tag of a chunk pushed onto a subflow: the connection-level offset of its first byte. Each data
 * segment reports it back with its offset inside the chunk, which gives the segment's DSN.
 *
 * @param streamOffset connection-level offset of the chunk's first byte
 */
record ChunkTag(long streamOffset) {}
