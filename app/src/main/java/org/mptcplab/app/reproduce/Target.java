package org.mptcplab.app.reproduce;

/** Which experiments {@code reproduce} runs. */
public enum Target {
    /** The layer-4 load-balancer transfers. */
    L4LB,
    /** The anycast maintenance run. */
    ANYCAST,
    /** Both. */
    ALL;

    /** True when the L4LB experiment is part of this target. */
    public boolean includesL4lb() {
        return this != ANYCAST;
    }

    /** True when the anycast experiment is part of this target. */
    public boolean includesAnycast() {
        return this != L4LB;
    }
}
