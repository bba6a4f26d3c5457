package org.mptcplab.engine.scenario;

/** A node of a scenario's topology: a host, a router or a load balancer. Names are unique. */
public sealed interface NodeSpec permits HostSpec, RouterSpec, LoadBalancerSpec {
    /** Unique name; also the pcap file name ({@code <name>.pcap}). */
    String name();

    /** The {@code type} word scenario files use: {@code host}, {@code router} or {@code loadBalancer}. */
    String type();
}
