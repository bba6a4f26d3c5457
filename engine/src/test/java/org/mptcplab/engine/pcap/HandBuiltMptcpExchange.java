package org.mptcplab.engine.pcap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.BytesPayload;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.MaxSegmentSize;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.NoOperation;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.WindowScale;

/**
 * The ICNP 2017 fix as one MPTCP v1 connection, built packet by packet without any stack: the client
 * 10.0.0.1 connects to the VIP 1.2.3.4:80; the server answers with the C flag and advertises its
 * unique address 5.6.7.1 with ADD_ADDR; the client echoes it and joins from 10.0.1.1 straight to
 * 5.6.7.1:80; the request goes over the initial subflow and the reply over the direct one, both
 * mapped with DSS and data-acknowledged.
 *
 * <p>Every derived value (token, IDSNs, HMACs, sequence numbers) is computed from the keys, nonces
 * and ISNs below, so tshark can check that they agree. The shape also keeps tshark 4.0's analysis
 * quiet for the right reasons: every pure ACK acknowledges something new (no "Dup ACK"), and on each
 * subflow data flows one way, because tshark reports "No mapping available" for a pure ACK whose
 * sender already sent data on that subflow (its mapping lookup covers the ACK's sequence number).
 * The ADD_ADDR echo therefore rides on the next request segment rather than on a pure ACK.
 */
final class HandBuiltMptcpExchange {
    static final long CLIENT_KEY = 0x1c0ffee0d15ea5e5L;
    static final long SERVER_KEY = 0x5e4fe4b1a5ed0001L;
    static final int CLIENT_NONCE = 0x0a0b0c0d;
    static final int SERVER_NONCE = 0x71727374;
    static final Ipv4Address CLIENT = Ipv4Address.of(10, 0, 0, 1);
    static final Ipv4Address CLIENT_SECOND = Ipv4Address.of(10, 0, 1, 1);
    static final Ipv4Address VIP = Ipv4Address.of(1, 2, 3, 4);
    static final Ipv4Address SERVER_UNIQUE = Ipv4Address.of(5, 6, 7, 1);
    static final int SERVER_ADDRESS_ID = 1;
    static final int CLIENT_SECOND_ADDRESS_ID = 1;
    static final int HTTP = 80;

    private static final int CLIENT_PORT = 40_000;
    private static final int CLIENT_JOIN_PORT = 40_001;
    /** Window field of SYNs, which is never scaled (RFC 7323 §2.2), and of later segments (x 128). */
    private static final int SYN_WINDOW = 64_240;
    private static final int WINDOW = 502;
    private static final int WINDOW_SHIFT = 7;
    private static final int MSS = 1460;
    private static final long MS = 1_000_000L;
    private static final byte[] NONE = new byte[0];

    /** One packet and the simulation time it is captured at. */
    record Captured(long timeNanos, Packet packet) {}

    private HandBuiltMptcpExchange() {}

    /** The correct exchange. */
    static List<Captured> packets() {
        return packets(MptcpCrypto.token(SERVER_KEY));
    }

    /** The exchange with {@code joinToken} in the MP_JOIN SYN; anything but the server token is a bug. */
    static List<Captured> packets(int joinToken) {
        long cData = MptcpCrypto.idsn(CLIENT_KEY) + 1;
        long sData = MptcpCrypto.idsn(SERVER_KEY) + 1;
        byte[] request = payload("POST /upload HTTP/1.1\r\nHost: 1.2.3.4\r\nContent-Length: 50\r\n\r\n", 100);
        byte[] body = payload("request body, carried with the ADD_ADDR echo", 50);
        byte[] reply = payload("HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n", 200);
        byte[] replyTail = payload("rest of the reply body, still on the direct subflow", 300);
        Subflow first = new Subflow(CLIENT, CLIENT_PORT, VIP, 0x1000_0000, 0x2000_0000);
        Subflow join = new Subflow(CLIENT_SECOND, CLIENT_JOIN_PORT, SERVER_UNIQUE, 0x3000_0000, 0x4000_0000);
        AddAddr announce = AddAddr.announce(SERVER_ADDRESS_ID, SERVER_UNIQUE, OptionalInt.empty(),
                MptcpCrypto.addAddrHmac(SERVER_KEY, CLIENT_KEY, SERVER_ADDRESS_ID, SERVER_UNIQUE, OptionalInt.empty()));

        List<Captured> out = new ArrayList<>();
        // Initial subflow through the load balancer (RFC 8684 §3.1); the SYN/ACK carries C (0x20) and H.
        out.add(first.fromClient(0, TcpFlags.SYN, NONE, synOptions(MpCapableSyn.v1(MpCapableFlags.HMAC_SHA256))));
        out.add(first.fromServer(10 * MS, TcpFlags.SYN | TcpFlags.ACK, NONE, synOptions(MpCapableSynAck.v1(
                MpCapableFlags.NO_JOIN_TO_SOURCE | MpCapableFlags.HMAC_SHA256, SERVER_KEY))));
        out.add(first.fromClient(20 * MS, TcpFlags.ACK, NONE, List.of(
                MpCapableAck.v1(MpCapableFlags.HMAC_SHA256, CLIENT_KEY, SERVER_KEY))));
        out.add(first.fromClient(21 * MS, TcpFlags.PSH | TcpFlags.ACK, request,
                Dss.mapping(cData, 1, request.length, sData).withLinuxPadding()));
        // ADD_ADDR of the server's own address (RFC 8684 §3.4.1) on the ACK of the request.
        out.add(first.fromServer(31 * MS, TcpFlags.ACK, NONE, List.of(announce,
                Dss.dataAckOnly(cData + request.length))));
        out.add(first.fromClient(41 * MS, TcpFlags.PSH | TcpFlags.ACK, body, options(AddAddr.echoOf(announce),
                Dss.mapping(cData + request.length, 1 + request.length, body.length, sData).withLinuxPadding())));
        out.add(first.fromServer(51 * MS, TcpFlags.ACK, NONE,
                List.of(Dss.dataAckOnly(cData + request.length + body.length))));
        // MP_JOIN straight to the advertised address (RFC 8684 §3.2), bypassing the load balancer.
        out.add(join.fromClient(42 * MS, TcpFlags.SYN, NONE,
                synOptions(new MpJoinSyn(false, CLIENT_SECOND_ADDRESS_ID, joinToken, CLIENT_NONCE))));
        out.add(join.fromServer(47 * MS, TcpFlags.SYN | TcpFlags.ACK, NONE, synOptions(new MpJoinSynAck(false,
                SERVER_ADDRESS_ID, MptcpCrypto.joinSynAckHmac(SERVER_KEY, CLIENT_KEY, SERVER_NONCE, CLIENT_NONCE),
                SERVER_NONCE))));
        out.add(join.fromClient(52 * MS, TcpFlags.ACK, NONE, List.of(
                new MpJoinAck(MptcpCrypto.joinAckHmac(CLIENT_KEY, SERVER_KEY, CLIENT_NONCE, SERVER_NONCE)))));
        out.add(join.fromServer(57 * MS, TcpFlags.ACK, NONE,
                List.of(Dss.dataAckOnly(cData + request.length + body.length))));
        // The reply takes the direct subflow and continues the server's data sequence space.
        out.add(join.fromServer(58 * MS, TcpFlags.PSH | TcpFlags.ACK, reply,
                Dss.mapping(sData, 1, reply.length, cData + request.length + body.length).withLinuxPadding()));
        out.add(join.fromClient(63 * MS, TcpFlags.ACK, NONE, List.of(Dss.dataAckOnly(sData + reply.length))));
        out.add(join.fromServer(64 * MS, TcpFlags.PSH | TcpFlags.ACK, replyTail,
                Dss.mapping(sData + reply.length, 1 + reply.length, replyTail.length,
                        cData + request.length + body.length).withLinuxPadding()));
        out.add(join.fromClient(69 * MS, TcpFlags.ACK, NONE,
                List.of(Dss.dataAckOnly(sData + reply.length + replyTail.length))));
        out.sort(Comparator.comparingLong(Captured::timeNanos));
        return List.copyOf(out);
    }

    /** SYN options in Linux's order: MSS, NOP, window scale, then the MPTCP option. */
    private static List<TcpOption> synOptions(TcpOption mptcp) {
        return List.of(new MaxSegmentSize(MSS), new NoOperation(), new WindowScale(WINDOW_SHIFT), mptcp);
    }

    private static List<TcpOption> options(TcpOption first, List<TcpOption> rest) {
        List<TcpOption> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** ASCII text padded with '.' to exactly {@code length} bytes, so payloads are readable in a hex view. */
    private static byte[] payload(String text, int length) {
        byte[] bytes = Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), length);
        Arrays.fill(bytes, Math.min(text.length(), length), length, (byte) '.');
        return bytes;
    }

    /**
     * One TCP subflow's sequence state: each segment advances its sender's next sequence number by
     * its payload (a SYN counts one), and the other side acknowledges everything sent so far.
     */
    private static final class Subflow {
        private final Ipv4Address client;
        private final int clientPort;
        private final Ipv4Address server;
        private int clientNext;
        private int serverNext;
        private boolean serverSeenSyn;

        Subflow(Ipv4Address client, int clientPort, Ipv4Address server, int clientIsn, int serverIsn) {
            this.client = client;
            this.clientPort = clientPort;
            this.server = server;
            this.clientNext = clientIsn;
            this.serverNext = serverIsn;
        }

        Captured fromClient(long time, int flags, byte[] data, List<TcpOption> options) {
            int seq = clientNext;
            clientNext += data.length + ((flags & TcpFlags.SYN) != 0 ? 1 : 0);
            int ack = serverSeenSyn ? serverNext : 0;
            return new Captured(time, new Packet(Ipv4Header.tcp(client, server, 64),
                    new TcpHeader(clientPort, HTTP, seq, ack, flags, window(flags), 0, options),
                    new BytesPayload(data)));
        }

        Captured fromServer(long time, int flags, byte[] data, List<TcpOption> options) {
            int seq = serverNext;
            serverNext += data.length + ((flags & TcpFlags.SYN) != 0 ? 1 : 0);
            serverSeenSyn = true;
            return new Captured(time, new Packet(Ipv4Header.tcp(server, client, 64),
                    new TcpHeader(HTTP, clientPort, seq, clientNext, flags, window(flags), 0, options),
                    new BytesPayload(data)));
        }

        private static int window(int flags) {
            return (flags & TcpFlags.SYN) != 0 ? SYN_WINDOW : WINDOW;
        }
    }
}
