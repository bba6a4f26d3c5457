package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/** A {@link PathContext} that records what a path manager asks for, to test policies alone. */
final class RecordingPaths implements PathContext {
    final boolean server;
    final FiveTuple initial;
    final List<IpAddress> locals;
    final List<RemoteAddress> remotes = new ArrayList<>();
    final List<SubflowInfo> subflows = new ArrayList<>();
    final List<String> actions = new ArrayList<>();
    boolean joinAllowed = true;

    RecordingPaths(boolean server, FiveTuple initial, List<IpAddress> locals) {
        this.server = server;
        this.initial = initial;
        this.locals = locals;
        subflows.add(new SubflowInfo(0, initial, true, false, true, 0, 0));
    }

    @Override
    public boolean isServer() {
        return server;
    }

    @Override
    public FiveTuple initialFlow() {
        return initial;
    }

    @Override
    public boolean joinToInitialAllowed() {
        return joinAllowed;
    }

    @Override
    public List<IpAddress> localAddresses() {
        return locals;
    }

    @Override
    public List<RemoteAddress> remoteAddresses() {
        return remotes;
    }

    @Override
    public List<SubflowInfo> subflows() {
        return subflows;
    }

    @Override
    public boolean openSubflow(IpAddress local, IpAddress remote, int port, boolean backup) {
        actions.add("open " + local + " > " + remote + ":" + port + (backup ? " backup" : ""));
        subflows.add(new SubflowInfo(subflows.size(), new FiveTuple(local, remote, 40000 + subflows.size(), port,
                FiveTuple.TCP), false, backup, false, 1, 1));
        return true;
    }

    @Override
    public void announce(IpAddress address, int port) {
        actions.add("announce " + address + (port == 0 ? "" : ":" + port));
    }

    @Override
    public void withdraw(IpAddress address) {
        actions.add("withdraw " + address);
    }

    @Override
    public void setBackup(int subflowId, boolean backup) {
        actions.add("backup " + subflowId + " " + backup);
        SubflowInfo s = subflows.get(subflowId);
        subflows.set(subflowId, new SubflowInfo(s.id(), s.flow(), s.initial(), backup, s.established(), s.localId(),
                s.remoteId()));
    }

    @Override
    public void closeSubflow(int subflowId) {
        actions.add("close " + subflowId);
    }
}
