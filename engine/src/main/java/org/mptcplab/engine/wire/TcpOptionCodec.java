package org.mptcplab.engine.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and strictly decodes a TCP option block (RFC 9293 §3.1 kind/length layout; RFC 7323,
 * RFC 2018; MPTCP in {@link MptcpOptionDecoder}). Canonical in both directions: the encoder writes
 * the list as given and zero-pads to a multiple of 4; the decoder reports the zero bytes of that
 * padding as nothing and an aligned EOL followed by exactly three zeros as {@link EndOfOptions}, and
 * refuses every other layout it could not reproduce byte for byte.
 */
public final class TcpOptionCodec {
    private TcpOptionCodec() {}

    /**
     * The option bytes, zero-padded to a multiple of 4.
     *
     * @throws IllegalArgumentException if an EOL is not the last option or sits at an unaligned offset
     */
    public static byte[] encode(List<TcpOption> options) {
        byte[] out = new byte[checkLayout(options)];
        encodeInto(options, out, 0);
        return out;
    }

    /**
     * Decodes a whole option block (its length must be a multiple of 4, as in a TCP header).
     *
     * @param bytes the option block; offsets in exceptions index this array
     * @param context the segment carrying the options
     * @throws DecodeException if the block is malformed or a form is invalid in {@code context}
     */
    public static List<TcpOption> decode(byte[] bytes, SegmentContext context) {
        return decode(bytes, 0, bytes.length, context);
    }

    /** Padded length of a list, without validating its layout. */
    static int paddedLength(List<TcpOption> options) {
        if (options instanceof TcpOptionList list) {
            return list.paddedLength();
        }
        int length = 0;
        for (TcpOption option : options) {
            length += option.length();
        }
        return Bytes.roundUp4(length);
    }

    /** Validates EOL placement and returns the padded length. */
    static int checkLayout(List<TcpOption> options) {
        return checkLayout(options.toArray(new TcpOption[0]));
    }

    /** Validates EOL placement and returns the padded length (array form, for {@link TcpOptionList}). */
    static int checkLayout(TcpOption[] options) {
        int offset = 0;
        for (int i = 0; i < options.length; i++) {
            TcpOption option = options[i];
            if (option == null) {
                // The message is built only on failure: this check runs for every header created.
                Check.notNull("option " + i, null);
            }
            if (option instanceof EndOfOptions) {
                if (i != options.length - 1) {
                    throw new IllegalArgumentException("EndOfOptions must be the last option");
                }
                if (offset % 4 != 0) {
                    throw new IllegalArgumentException("EndOfOptions at unaligned offset " + offset
                            + " is indistinguishable from padding; omit it");
                }
            }
            offset += option.length();
        }
        return Bytes.roundUp4(offset);
    }

    static int encodeInto(List<TcpOption> options, byte[] out, int offset) {
        WireWriter writer = new WireWriter(out, offset);
        for (TcpOption option : options) {
            option.writeTo(writer);
        }
        int end = offset + Bytes.roundUp4(writer.position() - offset);
        for (int i = writer.position(); i < end; i++) {
            out[i] = 0;
        }
        return end;
    }

    static boolean hasDedicatedRecord(int kind) {
        return switch (kind) {
            case TcpConstants.KIND_EOL, TcpConstants.KIND_NOP, TcpConstants.KIND_MSS, TcpConstants.KIND_WINDOW_SCALE,
                    TcpConstants.KIND_SACK_PERMITTED, TcpConstants.KIND_SACK, TcpConstants.KIND_TIMESTAMPS -> true;
            default -> false;
        };
    }

    static List<TcpOption> decode(byte[] buf, int from, int to, SegmentContext context) {
        if ((to - from) % 4 != 0) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH, from,
                    "option block of " + (to - from) + " bytes is not a multiple of 4");
        }
        List<TcpOption> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int kind = Bytes.u8(buf, i);
            if (kind == TcpConstants.KIND_EOL) {
                endOfOptions(buf, from, to, i, out);
                break;
            }
            if (kind == TcpConstants.KIND_NOP) {
                out.add(new NoOperation());
                i++;
                continue;
            }
            if (i + 1 >= to) {
                throw new DecodeException(DecodeException.Reason.TRUNCATED, i, "option kind " + kind + " has no length byte");
            }
            int length = Bytes.u8(buf, i + 1);
            if (length < 2) {
                throw new DecodeException(DecodeException.Reason.BAD_LENGTH, i + 1,
                        "option kind " + kind + " with length " + length + " (minimum 2)");
            }
            if (i + length > to) {
                throw new DecodeException(DecodeException.Reason.TRUNCATED, i + 1, "option kind " + kind + " length "
                        + length + " runs past the option block (" + (to - i) + " bytes left)");
            }
            out.add(decodeOne(buf, i, kind, length, context));
            i += length;
        }
        return out;
    }

    private static void endOfOptions(byte[] buf, int from, int to, int at, List<TcpOption> out) {
        for (int j = at + 1; j < to; j++) {
            if (buf[j] != 0) {
                throw new DecodeException(DecodeException.Reason.BAD_VALUE, j, "non-zero byte after end-of-options");
            }
        }
        int relative = at - from;
        int total = to - from;
        if (relative % 4 != 0 && Bytes.roundUp4(relative) == total) {
            return;
        }
        if (relative % 4 == 0 && total == relative + 4) {
            out.add(new EndOfOptions());
            return;
        }
        throw new DecodeException(DecodeException.Reason.BAD_LENGTH, at,
                (total - relative) + " bytes of end-of-options padding where at most 4 are needed");
    }

    private static TcpOption decodeOne(byte[] buf, int at, int kind, int length, SegmentContext context) {
        switch (kind) {
            case TcpConstants.KIND_MSS:
                expectLength(at, kind, length, TcpConstants.LEN_MSS);
                return new MaxSegmentSize(Bytes.u16(buf, at + 2));
            case TcpConstants.KIND_WINDOW_SCALE:
                expectLength(at, kind, length, TcpConstants.LEN_WINDOW_SCALE);
                return new WindowScale(Bytes.u8(buf, at + 2));
            case TcpConstants.KIND_SACK_PERMITTED:
                expectLength(at, kind, length, TcpConstants.LEN_SACK_PERMITTED);
                return new SackPermitted();
            case TcpConstants.KIND_TIMESTAMPS:
                expectLength(at, kind, length, TcpConstants.LEN_TIMESTAMPS);
                return new Timestamps(Bytes.u32(buf, at + 2), Bytes.u32(buf, at + 6));
            case TcpConstants.KIND_SACK:
                return sack(buf, at, length);
            case TcpConstants.KIND_MPTCP:
                return MptcpOptionDecoder.decode(buf, at, length, context);
            default:
                return new UnknownOption(kind, Bytes.slice(buf, at + 2, length - 2));
        }
    }

    private static Sack sack(byte[] buf, int at, int length) {
        int body = length - TcpConstants.LEN_SACK_BASE;
        int blocks = body / TcpConstants.LEN_SACK_BLOCK;
        if (body % TcpConstants.LEN_SACK_BLOCK != 0 || blocks < 1 || blocks > TcpConstants.MAX_SACK_BLOCKS) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH, at + 1,
                    "SACK length " + length + " is not 2 + 8n with n in 1..4");
        }
        List<SackBlock> list = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            int p = at + 2 + b * TcpConstants.LEN_SACK_BLOCK;
            list.add(new SackBlock(Bytes.u32(buf, p), Bytes.u32(buf, p + 4)));
        }
        return new Sack(list);
    }

    private static void expectLength(int at, int kind, int length, int expected) {
        if (length != expected) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH, at + 1,
                    "option kind " + kind + " has length " + length + ", expected " + expected);
        }
    }
}
