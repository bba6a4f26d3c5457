package org.mptcplab.engine.lb;

/** How a {@link LoadBalancer} delivers a client packet to the chosen backend. */
public enum Forwarding {
    /**
     * Destination NAT, as IPVS "masquerading" or a cloud L4 proxy does: the destination VIP becomes the
     * backend's unique address, and the reply must come back through the balancer, which turns its
     * source back into the VIP using a per-flow mapping. Both directions cross the balancer. Ports are
     * not translated. The TCP checksum stays right because the codec computes it when encoding.
     */
    NAT,
    /**
     * Direct Server Return: the packet keeps destination = VIP and is sent out of the interface toward
     * the backend, with the backend as next hop. Real balancers do this with a MAC rewrite (IPVS
     * "direct routing", L2 DSR) or by encapsulating (Katran's IP-in-IP, GUE); that outer header is not
     * modelled on the wire, so a capture at the server shows the inner packet, as it does after
     * decapsulation. The server holds the VIP on a loopback and replies straight to the client with
     * source = VIP: the balancer never sees server-to-client traffic.
     */
    DSR
}
