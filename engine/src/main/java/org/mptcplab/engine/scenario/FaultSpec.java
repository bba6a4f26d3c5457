package org.mptcplab.engine.scenario;

/** A scripted fault: packets dropped on purpose, or a link taken down for a while. */
public sealed interface FaultSpec permits DropSpec, LinkDownSpec {
    /** The {@code type} word scenario files use. */
    String type();
}
