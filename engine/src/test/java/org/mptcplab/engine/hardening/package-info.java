/**
 * Hardening tests of the engine's parsers: a file corpus of malformed datagrams and pcap files, each
 * refused with one typed, located error, and Jazzer fuzz tests of the packet decoder and pcap reader.
 *
 * <p>May: read the corpus from test resources, call the public decoders. May not: depend on the
 * internals of {@code wire} (checksums are repaired here with an independent RFC 1071 sum), or run
 * the simulator.
 */
package org.mptcplab.engine.hardening;
