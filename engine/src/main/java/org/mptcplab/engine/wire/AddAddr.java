package org.mptcplab.engine.wire;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * ADD_ADDR (RFC 8684 §3.4.1, Figure 12): {@code 1e len (30|E) id | address (4|16) | [port (2)] |
 * [truncated HMAC (8)]}. The HMAC is present exactly when E = 0; an echo carries none. Lengths:
 * IPv4 16, +port 18, echo 8, echo+port 10; IPv6 28, 30, 20, 22. In the ICNP 2017 fix the server
 * advertises its own unique address with this option and the client echoes it. Wireshark:
 * {@code tcp.options.mptcp.echo}, {@code .addrid}, {@code .ipv4}, {@code .ipv6}, {@code .port},
 * {@code .addaddrtrunchmac}.
 *
 * @param echo flag E
 * @param addressId 0..255
 * @param address the advertised address
 * @param port port, 0..65535, if advertised
 * @param truncatedHmac rightmost 64 bits of the HMAC; present iff {@code !echo}
 */
public record AddAddr(boolean echo, int addressId, IpAddress address, OptionalInt port, OptionalLong truncatedHmac)
        implements MptcpOption {

    /** Validates ranges and the HMAC/echo rule. */
    public AddAddr {
        Check.range("addressId", addressId, 0, 0xFF);
        Check.notNull("address", address);
        Check.notNull("port", port);
        Check.notNull("truncatedHmac", truncatedHmac);
        if (port.isPresent()) {
            Check.range("port", port.getAsInt(), 0, 0xFFFF);
        }
        if (echo == truncatedHmac.isPresent()) {
            throw new IllegalArgumentException("ADD_ADDR carries an HMAC iff it is not an echo");
        }
    }

    /** An advertisement (E = 0) with its HMAC. */
    public static AddAddr announce(int addressId, IpAddress address, OptionalInt port, long truncatedHmac) {
        return new AddAddr(false, addressId, address, port, OptionalLong.of(truncatedHmac));
    }

    /** The echo (E = 1) of an advertisement. */
    public static AddAddr echoOf(AddAddr announced) {
        return new AddAddr(true, announced.addressId(), announced.address(), announced.port(), OptionalLong.empty());
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_ADD_ADDR;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_ADD_ADDR_BASE + address.byteLength()
                + (port.isPresent() ? MptcpConstants.LEN_ADD_ADDR_PORT : 0)
                + (truncatedHmac.isPresent() ? MptcpConstants.LEN_ADD_ADDR_HMAC : 0);
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), echo ? MptcpConstants.ADD_ADDR_ECHO : 0))
                .u8(addressId).bytes(address.toBytes());
        if (port.isPresent()) {
            out.u16(port.getAsInt());
        }
        if (truncatedHmac.isPresent()) {
            out.u64(truncatedHmac.getAsLong());
        }
    }
}
