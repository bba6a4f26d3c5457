package org.mptcplab.engine.tcp;

/** Makes one fresh {@link CongestionControl} per connection. */
@FunctionalInterface
public interface CongestionControlFactory {
    /** A new, uninitialised policy. */
    CongestionControl create();
}
