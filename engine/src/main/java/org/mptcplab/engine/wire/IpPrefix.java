package org.mptcplab.engine.wire;

/**
 * An address prefix such as 5.6.7.0/24 (RFC 4632) or 2001:db8::/32 (RFC 4291 §2.3). Host bits must
 * be zero, so "5.6.7.1/24" is refused rather than silently widened: it is usually a typo for a host.
 */
public record IpPrefix(IpAddress address, int length) {

    /** Validates the length against the address family and that host bits are clear. */
    public IpPrefix {
        if (address == null) {
            throw new IllegalArgumentException("prefix address is null");
        }
        int bits = address.byteLength() * 8;
        if (length < 0 || length > bits) {
            throw new IllegalArgumentException("prefix length " + length + " out of 0.." + bits);
        }
        byte[] bytes = address.toBytes();
        for (int bit = length; bit < bits; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("host bits set in " + address + "/" + length);
            }
        }
    }

    /** The prefix holding only {@code address}: /32 for IPv4, /128 for IPv6. */
    public static IpPrefix host(IpAddress address) {
        return new IpPrefix(address, address.byteLength() * 8);
    }

    /** Parses "address/length". */
    public static IpPrefix parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a prefix (address/length): " + text);
        }
        String lengthText = text.substring(slash + 1);
        if (lengthText.isEmpty() || lengthText.length() > 3 || !lengthText.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad prefix length in " + text);
        }
        return new IpPrefix(IpAddress.parse(text.substring(0, slash)), Integer.parseInt(lengthText));
    }

    /** True when {@code candidate} is of the same family and its first {@link #length()} bits match. */
    public boolean contains(IpAddress candidate) {
        if (candidate.byteLength() != address.byteLength()) {
            return false;
        }
        byte[] mine = address.toBytes();
        byte[] theirs = candidate.toBytes();
        int fullBytes = length / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        int rest = length % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (mine[fullBytes] & mask) == (theirs[fullBytes] & mask);
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
