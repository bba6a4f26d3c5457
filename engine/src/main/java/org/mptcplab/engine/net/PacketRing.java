package org.mptcplab.engine.net;

import org.mptcplab.engine.wire.Packet;

/**
 * A growable FIFO of packets with their IP length and two time stamps (when serialisation starts,
 * when the packet reaches the far end), stored in parallel arrays so that queueing a packet
 * allocates nothing once the ring has reached its working size.
 */
final class PacketRing {
    private Packet[] packets;
    private int[] lengths;
    private long[] starts;
    private long[] arrivals;
    private int head;
    private int size;

    PacketRing(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(4, initialCapacity - 1)) << 1;
        packets = new Packet[capacity];
        lengths = new int[capacity];
        starts = new long[capacity];
        arrivals = new long[capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(Packet packet, int length, long start, long arrival) {
        if (size == packets.length) {
            grow();
        }
        int i = slot(size);
        packets[i] = packet;
        lengths[i] = length;
        starts[i] = start;
        arrivals[i] = arrival;
        size++;
    }

    /** The {@code k}-th packet from the head (0 = oldest). */
    Packet packet(int k) {
        return packets[slot(k)];
    }

    int length(int k) {
        return lengths[slot(k)];
    }

    long start(int k) {
        return starts[slot(k)];
    }

    long arrival(int k) {
        return arrivals[slot(k)];
    }

    /** Forgets the oldest packet; read what is needed through the accessors first. */
    void removeHead() {
        packets[head] = null;
        head = (head + 1) & (packets.length - 1);
        size--;
    }

    private int slot(int k) {
        return (head + k) & (packets.length - 1);
    }

    private void grow() {
        int capacity = packets.length;
        Packet[] p = new Packet[capacity * 2];
        int[] l = new int[capacity * 2];
        long[] s = new long[capacity * 2];
        long[] a = new long[capacity * 2];
        for (int k = 0; k < size; k++) {
            int i = slot(k);
            p[k] = packets[i];
            l[k] = lengths[i];
            s[k] = starts[i];
            a[k] = arrivals[i];
        }
        packets = p;
        lengths = l;
        starts = s;
        arrivals = a;
        head = 0;
    }
}
