/**
 * Classic libpcap capture files: a writer for the engine's capture points and a reader for tests and
 * tools. Files use nanosecond timestamps (magic {@code 0xa1b23c4d}, version 2.4) and
 * {@code LINKTYPE_RAW} (101), so IPv4 and IPv6 datagrams share one file without fake link headers.
 *
 * <p>May: turn (simulation time, datagram bytes) into pcap records on a stream the caller supplies,
 * and parse such records back. May not: build or interpret packets (that is {@code wire}'s job), read
 * clocks (timestamps are simulation nanoseconds since t = 0), or open files except through the
 * explicit {@code open(Path)} conveniences.
 */
package org.mptcplab.engine.pcap;
