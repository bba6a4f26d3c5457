package org.mptcplab.app.inspect;

/**
 * One field of a packet as the inspector lists it.
 *
 * @param layer       "IPv4", "IPv6", "TCP", "TCP option", "MPTCP option" or "Payload"
 * @param name        field name
 * @param value       value as text
 * @param offset      first byte in the encoded datagram
 * @param length      number of bytes
 * @param explanation one sentence for MPTCP options (with the RFC section), empty otherwise
 */
public record PacketField(String layer, String name, String value, int offset, int length, String explanation) {

    /** First byte after the field. */
    public int end() {
        return offset + length;
    }
}
