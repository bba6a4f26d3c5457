package org.mptcplab.engine.wire;

/**
 * MP_PRIO (RFC 8684 §3.3.8): {@code 1e 03 (50|B)}; applies to the subflow it is sent on (v1 dropped
 * RFC 6824's address id). The paper's "loadbalancing" path manager sends B = 1 on the initial subflow
 * so bulk data leaves the load balancer's path. Wireshark: {@code tcp.options.mptcp.backup.flag}.
 *
 * @param backup flag B
 */
public record MpPrio(boolean backup) implements MptcpOption {
    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_PRIO;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_MP_PRIO;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), backup ? MptcpConstants.PRIO_BACKUP : 0));
    }
}
