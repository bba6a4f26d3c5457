package org.mptcplab.engine.scenario;

/** Which MPTCP path manager a host runs (PROTOCOL.md §4). */
public enum PathManagerKind implements Identified {
    /** Linux's default in-kernel manager: endpoints and limits, one subflow per announced address. */
    IN_KERNEL("inKernel"),
    /** Every local address to every known remote address, within limits. */
    FULLMESH("fullmesh"),
    /** The paper's manager: announce the unique address, move the initial subflow to backup. */
    LOADBALANCING("loadbalancing");

    private final String id;

    PathManagerKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
