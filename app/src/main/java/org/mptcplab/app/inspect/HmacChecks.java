package org.mptcplab.app.inspect;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;

/**
 * Trail rows that recompute an HMAC with {@link MptcpCrypto} from the keys and nonces found in the
 * trace and say whether the packet's value matches. Host A opens the MP_JOIN, host B answers it
 * (RFC 8684 §3.2).
 */
final class HmacChecks {
    static final String CHECK = "HMAC check";

    private HmacChecks() {}

    /** MP_JOIN SYN/ACK, sent by B: HMAC(Key-B || Key-A, R-B || R-A), leftmost 64 bits. */
    static void joinSynAck(Packet packet, MpJoinSynAck j, KeyLedger ledger, List<TrailRow> rows) {
        Optional<MpJoinSyn> syn = ledger.joinSyn(FiveTuple.of(packet).reversed());
        Optional<long[]> keys = syn.flatMap(s -> joinKeys(s, ledger));
        if (keys.isEmpty()) {
            unchecked(syn.isEmpty() ? "no MP_JOIN SYN of this subflow seen so far" : "the keys are unknown", rows);
            return;
        }
        long keyA = keys.get()[0];
        long keyB = keys.get()[1];
        int nonceA = syn.get().senderNonce();
        rows.add(new TrailRow("HMAC key", "Key-B || Key-A = " + HexText.key(keyB) + " || " + HexText.key(keyA)
                + " (B answers the JOIN, A sent it)"));
        rows.add(new TrailRow("HMAC message", "R-B || R-A = " + HexText.u32(j.senderNonce()) + " || "
                + HexText.u32(nonceA)));
        long computed = MptcpCrypto.joinSynAckHmac(keyB, keyA, j.senderNonce(), nonceA);
        rows.add(new TrailRow("HMAC-SHA256", HexText.key(computed) + " = leftmost 64 bits (RFC 8684 §3.2)"));
        rows.add(verdict(HexText.key(j.truncatedHmac()), computed == j.truncatedHmac(), "keys and nonces"));
    }

    /** MP_JOIN third ACK, sent by A: HMAC(Key-A || Key-B, R-A || R-B), leftmost 160 bits. */
    static void joinAck(Packet packet, MpJoinAck j, KeyLedger ledger, List<TrailRow> rows) {
        FiveTuple ab = FiveTuple.of(packet);
        Optional<MpJoinSyn> syn = ledger.joinSyn(ab);
        Optional<MpJoinSynAck> synAck = ledger.joinSynAck(ab.reversed());
        Optional<long[]> keys = syn.flatMap(s -> joinKeys(s, ledger));
        if (keys.isEmpty() || synAck.isEmpty()) {
            unchecked(syn.isEmpty() || synAck.isEmpty() ? "the MP_JOIN SYN and SYN/ACK of this subflow were not "
                    + "both seen" : "the keys are unknown", rows);
            return;
        }
        long keyA = keys.get()[0];
        long keyB = keys.get()[1];
        int nonceA = syn.get().senderNonce();
        int nonceB = synAck.get().senderNonce();
        rows.add(new TrailRow("HMAC key", "Key-A || Key-B = " + HexText.key(keyA) + " || " + HexText.key(keyB)
                + " (A sent the JOIN, B answered it)"));
        rows.add(new TrailRow("HMAC message", "R-A || R-B = " + HexText.u32(nonceA) + " || " + HexText.u32(nonceB)));
        byte[] computed = MptcpCrypto.joinAckHmac(keyA, keyB, nonceA, nonceB);
        rows.add(new TrailRow("HMAC-SHA256", HexText.bytes(computed) + " = leftmost 160 bits (RFC 8684 §3.2)"));
        rows.add(verdict(HexText.bytes(j.hmac()), Arrays.equals(computed, j.hmac()), "keys and nonces"));
    }

    /**
     * ADD_ADDR: HMAC(Key-sender || Key-receiver, id | address | port), rightmost 64 bits; an echo
     * carries none (RFC 8684 §3.4.1).
     */
    static void addAddr(Packet packet, AddAddr a, KeyLedger ledger, List<TrailRow> rows) {
        if (a.echo()) {
            rows.add(new TrailRow("ADD_ADDR echo", "carries no HMAC: it only tells the sender the advertisement "
                    + "arrived, so it stops retransmitting it (RFC 8684 §3.4.1)"));
            return;
        }
        Optional<KeyLedger.SubflowKeys> keys = ledger.keysOf(packet);
        if (keys.isEmpty()) {
            unchecked("the keys of this packet's connection were not seen", rows);
            return;
        }
        long sender = keys.get().senderKey();
        long receiver = keys.get().receiverKey();
        int port = a.port().orElse(0);
        String message = String.format("%02x", a.addressId()) + " | " + HexFormat.of().formatHex(a.address().toBytes())
                + " | " + String.format("%04x", port);
        rows.add(new TrailRow("HMAC key", "Key-sender || Key-receiver = " + HexText.key(sender) + " || "
                + HexText.key(receiver)));
        rows.add(new TrailRow("HMAC message", "id | address | port = " + message
                + (a.port().isPresent() ? "" : " (no port: two zero bytes)")));
        long computed = MptcpCrypto.addAddrHmac(sender, receiver, a.addressId(), a.address(), a.port());
        rows.add(new TrailRow("HMAC-SHA256", HexText.key(computed) + " = rightmost 64 bits (RFC 8684 §3.4.1)"));
        long carried = a.truncatedHmac().orElseThrow();
        rows.add(verdict(HexText.key(carried), computed == carried, "keys and the address"));
    }

    /** {Key-A, Key-B} of the JOIN: B owns the token, A is the other key of that connection. */
    private static Optional<long[]> joinKeys(MpJoinSyn syn, KeyLedger ledger) {
        return ledger.keyForToken(syn.receiverToken()).flatMap(b -> ledger.peer(b.key())
                .map(a -> new long[] {a, b.key()}));
    }

    private static TrailRow verdict(String carried, boolean matches, String inputs) {
        return new TrailRow(CHECK, carried + " in the packet " + (matches ? "matches" : "does not match")
                + " the value computed from the " + inputs);
    }

    private static void unchecked(String why, List<TrailRow> rows) {
        rows.add(new TrailRow(CHECK, "cannot be recomputed: " + why));
    }
}
