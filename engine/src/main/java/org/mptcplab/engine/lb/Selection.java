package org.mptcplab.engine.lb;

import java.util.Objects;

/**
 * The outcome of a {@link BackendSelector}: which slot the hash fell into and who owns it.
 *
 * @param slot    table slot or bucket for table methods, the next hop's region index for
 *                hash-threshold, the residue for mod N
 * @param backend the chosen backend or next hop
 */
public record Selection(int slot, String backend) {
    public Selection {
        Objects.requireNonNull(backend, "backend");
    }
}
