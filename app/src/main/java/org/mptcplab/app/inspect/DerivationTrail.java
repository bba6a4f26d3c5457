package org.mptcplab.app.inspect;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpOption;

/**
 * The derivation trail of a packet's MPTCP handshake values, so a student can follow key -> token ->
 * HMAC: each MP_CAPABLE key with its SHA-256, token and IDSN (RFC 8684 §3.1); an MP_JOIN SYN's token
 * traced back to the MP_CAPABLE key it was hashed from; the HMACs of the MP_JOIN SYN/ACK and ACK
 * (§3.2) and of ADD_ADDR (§3.4.1) recomputed from the keys and nonces seen earlier in the trace.
 */
public final class DerivationTrail {
    private DerivationTrail() {}

    /**
     * The trail of {@code packet}; empty when it carries no MPTCP handshake option. Keys and nonces of
     * earlier packets are looked up in {@code traceUpToCursor} (only the events before the packet
     * matter, so passing the trace up to and including the packet is right).
     */
    public static List<TrailRow> of(Packet packet, List<TraceEvent> traceUpToCursor) {
        List<TrailRow> rows = new ArrayList<>();
        if (packet == null) {
            return rows;
        }
        KeyLedger ledger = null;
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MpCapableSyn) {
                rows.add(new TrailRow("Keys", "none yet: in MPTCP v1 the SYN carries no key; the server's key "
                        + "comes in the SYN/ACK, both keys in the third ACK (RFC 8684 §3.1)"));
            } else if (o instanceof MpCapableSynAck s) {
                keyRows("Sender", s.key(), rows);
            } else if (o instanceof MpCapableAck a) {
                keyRows("Sender", a.senderKey(), rows);
                keyRows("Receiver", a.receiverKey(), rows);
            } else if (o instanceof MpCapableAckData a) {
                keyRows("Sender", a.senderKey(), rows);
                keyRows("Receiver", a.receiverKey(), rows);
            } else if (o instanceof MpJoinSyn
                    || o instanceof MpJoinSynAck
                    || o instanceof MpJoinAck
                    || o instanceof AddAddr) {
                // Folding the trace is the costly part, so only the options that need it pay for it.
                ledger = ledger == null ? KeyLedger.of(traceUpToCursor) : ledger;
                ledgerRows(packet, o, ledger, rows);
            }
        }
        return rows;
    }

    private static void ledgerRows(Packet packet, TcpOption o, KeyLedger ledger, List<TrailRow> rows) {
        if (o instanceof MpJoinSyn j) {
            joinSynRows(j, ledger, rows);
        } else if (o instanceof MpJoinSynAck j) {
            HmacChecks.joinSynAck(packet, j, ledger, rows);
        } else if (o instanceof MpJoinAck j) {
            HmacChecks.joinAck(packet, j, ledger, rows);
        } else if (o instanceof AddAddr a) {
            HmacChecks.addAddr(packet, a, ledger, rows);
        }
    }

    private static void keyRows(String whose, long key, List<TrailRow> rows) {
        byte[] digest = sha256(key);
        rows.add(new TrailRow(whose + " key", HexText.key(key) + " (64 bits, hashed as 8 bytes big-endian)"));
        rows.add(new TrailRow(whose + " SHA-256", HexText.bytes(digest)));
        rows.add(new TrailRow(whose + " token", HexText.u32(MptcpCrypto.token(key))
                + " = first 4 bytes of SHA-256(key); MP_JOIN names the connection with it (RFC 8684 §3.1)"));
        long idsn = MptcpCrypto.idsn(key);
        rows.add(new TrailRow(whose + " IDSN", HexText.key(idsn) + " = last 8 bytes of SHA-256(key); this key's "
                + "owner numbers its first data byte IDSN + 1 = " + Long.toUnsignedString(idsn + 1)));
    }

    private static void joinSynRows(MpJoinSyn j, KeyLedger ledger, List<TrailRow> rows) {
        String token = HexText.u32(j.receiverToken());
        rows.add(new TrailRow("JOIN token", token + ": the token of the connection to join (RFC 8684 §3.2)"));
        Optional<KeyLedger.Sighting> owner = ledger.keyForToken(j.receiverToken());
        rows.add(new TrailRow("Token source", owner.map(s -> token + " = token of the " + (s.server() ? "server" : "client")
                + " key " + HexText.key(s.key()) + " from the " + s.source() + " at " + s.node() + ", t="
                + Time.format(s.time()))
                .orElse(token + " is the token of no key seen so far: a receiver without that connection "
                        + "answers RST")));
        rows.add(new TrailRow("Nonce R-A", HexText.u32(j.senderNonce())
                + ": the JOIN sender's random number; it enters both HMACs of this JOIN"));
    }

    private static byte[] sha256(long key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(java.nio.ByteBuffer.allocate(8).putLong(key).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
