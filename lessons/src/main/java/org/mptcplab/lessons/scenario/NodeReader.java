package org.mptcplab.lessons.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mptcplab.engine.scenario.AddAddrMode;
import org.mptcplab.engine.scenario.AddAddrSpec;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.Coupling;
import org.mptcplab.engine.scenario.EcmpMethod;
import org.mptcplab.engine.scenario.EcmpSpec;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HashFields;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.Identified;
import org.mptcplab.engine.scenario.LbMode;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.PathManagerKind;
import org.mptcplab.engine.scenario.RouterSpec;
import org.mptcplab.engine.scenario.SelectorMethod;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.wire.IpAddress;

/** Reads the {@code nodes} entries: hosts (with their TCP, MPTCP and firewall settings), routers, load balancers. */
final class NodeReader {
    static final List<String> TYPES = List.of("host", "router", "loadBalancer");
    static final List<String> HOST = List.of("name", "type", "localAddresses", "tcp", "mptcp", "firewall");
    static final List<String> ROUTER = List.of("name", "type", "ecmp");
    static final List<String> ECMP = List.of("hash", "fields", "method", "buckets");
    static final List<String> LB = List.of("name", "type", "vip", "forwarding", "hash", "selector", "flowTable", "mode",
            "backends", "beamerThreshold", "serverIdBits");
    static final List<String> LB_HASH = List.of("function", "fields");
    static final List<String> LB_SELECTOR = List.of("method", "tableSize");
    static final List<String> BACKEND = List.of("node", "address", "beamerPort");
    static final List<String> MPTCP = List.of("enabled", "allowJoinInitialAddrPort", "pathManager", "endpoints",
            "limits", "addAddr", "scheduler", "coupling", "closeInitialSubflow");
    static final List<String> ENDPOINT = List.of("address", "port", "flags");
    static final List<String> LIMITS = List.of("subflows", "addAddrAccepted");
    static final List<String> ADD_ADDR = List.of("mode", "timeout", "maxRetransmissions");

    private NodeReader() {
    }

    static NodeSpec read(Located v, String path) {
        if (v.kind() != Located.Kind.OBJECT) {
            throw Cursor.at(v, path, "expected an object, got " + v.describe());
        }
        Located typeValue = v.fields().get("type");
        if (typeValue == null) {
            throw Cursor.at(v, path + ".type", "missing required field \"type\" (host, router or loadBalancer)");
        }
        String type = Cursor.text(typeValue, path + ".type");
        return switch (type) {
            case "host" -> host(Cursor.of(v, path, HOST));
            case "router" -> router(Cursor.of(v, path, ROUTER));
            case "loadBalancer" -> loadBalancer(Cursor.of(v, path, LB));
            default -> throw Cursor.at(typeValue, path + ".type", "unknown node type \"" + type + "\" "
                    + Suggestions.hint(type, TYPES));
        };
    }

    private static HostSpec host(Cursor c) {
        String name = c.string("name");
        List<IpAddress> local = new ArrayList<>();
        List<Located> items = c.list("localAddresses");
        for (int i = 0; i < items.size(); i++) {
            local.add(Cursor.address(items.get(i), c.path("localAddresses") + "[" + i + "]"));
        }
        return new HostSpec(name, local,
                c.has("tcp") ? TcpReader.read(c.required("tcp"), c.path("tcp")) : TcpSpec.DEFAULTS,
                c.has("mptcp") ? mptcp(c.object("mptcp", MPTCP)) : MptcpSpec.DISABLED,
                c.has("firewall") ? MatchReader.firewall(c.required("firewall"), c.path("firewall")) : null);
    }

    private static MptcpSpec mptcp(Cursor c) {
        MptcpSpec d = MptcpSpec.enabledDefaults();
        List<EndpointSpec> endpoints = new ArrayList<>();
        List<Located> items = c.array("endpoints");
        for (int i = 0; i < items.size(); i++) {
            endpoints.add(endpoint(Cursor.of(items.get(i), c.path("endpoints") + "[" + i + "]", ENDPOINT)));
        }
        int subflows = d.maxSubflows();
        int accepted = d.addAddrAccepted();
        if (c.has("limits")) {
            Cursor l = c.object("limits", LIMITS);
            subflows = (int) l.integer("subflows", subflows, 0, 8);
            accepted = (int) l.integer("addAddrAccepted", accepted, 0, 8);
        }
        AddAddrSpec addAddr = d.addAddr();
        if (c.has("addAddr")) {
            Cursor a = c.object("addAddr", ADD_ADDR);
            addAddr = new AddAddrSpec(a.choice("mode", AddAddrMode.class, addAddr.mode()),
                    a.duration("timeout", addAddr.timeout(), 1),
                    (int) a.integer("maxRetransmissions", addAddr.maxRetransmissions(), 0, 100));
        }
        return new MptcpSpec(c.bool("enabled", true), c.bool("allowJoinInitialAddrPort", true),
                c.choice("pathManager", PathManagerKind.class, d.pathManager()), endpoints, subflows, accepted, addAddr,
                c.string("scheduler", d.scheduler()), c.choice("coupling", Coupling.class, d.coupling()),
                c.bool("closeInitialSubflow", false));
    }

    private static EndpointSpec endpoint(Cursor c) {
        Set<EndpointFlag> flags = EnumSet.noneOf(EndpointFlag.class);
        List<Located> items = c.list("flags");
        for (int i = 0; i < items.size(); i++) {
            String p = c.path("flags") + "[" + i + "]";
            Located item = items.get(i);
            String text = Cursor.text(item, p);
            flags.add(Identified.parse(EndpointFlag.class, text).orElseThrow(() -> Cursor.at(item, p,
                    "unknown endpoint flag \"" + text + "\" " + Suggestions.hint(text,
                            Identified.ids(EndpointFlag.class)))));
        }
        return new EndpointSpec(c.address("address"), (int) c.integer("port", 0, 0, 0xFFFF), flags);
    }

    private static RouterSpec router(Cursor c) {
        String name = c.string("name");
        EcmpSpec ecmp = null;
        if (c.has("ecmp")) {
            Cursor e = c.object("ecmp", ECMP);
            EcmpSpec d = EcmpSpec.DEFAULTS;
            ecmp = new EcmpSpec(e.string("hash", d.function()), e.choice("fields", HashFields.class, d.fields()),
                    e.choice("method", EcmpMethod.class, d.method()),
                    (int) e.integer("buckets", d.buckets(), 1, 0xFFFF));
        }
        return new RouterSpec(name, ecmp);
    }

    private static LoadBalancerSpec loadBalancer(Cursor c) {
        String name = c.string("name");
        IpAddress vip = c.address("vip");
        String function = "crc32";
        HashFields fields = HashFields.L4;
        if (c.has("hash")) {
            Cursor h = c.object("hash", LB_HASH);
            function = h.string("function", function);
            fields = h.choice("fields", HashFields.class, fields);
        }
        SelectorMethod method = SelectorMethod.MAGLEV;
        int tableSize = LoadBalancerSpec.DEFAULT_TABLE_SIZE;
        if (c.has("selector")) {
            Cursor s = c.object("selector", LB_SELECTOR);
            method = s.choice("method", SelectorMethod.class, method);
            tableSize = (int) s.integer("tableSize", tableSize, 1, 1_000_003);
        }
        c.required("backends");
        List<BackendSpec> backends = new ArrayList<>();
        List<Located> items = c.array("backends");
        int threshold = (int) c.integer("beamerThreshold", 1024, 1, 0xFFFF);
        for (int i = 0; i < items.size(); i++) {
            Cursor b = Cursor.of(items.get(i), c.path("backends") + "[" + i + "]", BACKEND);
            backends.add(new BackendSpec(b.string("node"), b.address("address"),
                    (int) b.integer("beamerPort", threshold + i, 0, 0xFFFF)));
        }
        return new LoadBalancerSpec(name, vip,
                c.choice("forwarding", Forwarding.class, Forwarding.DSR), function, fields, method, tableSize,
                (int) c.integer("flowTable", 0, 0, 10_000_000), c.choice("mode", LbMode.class, LbMode.PLAIN), backends,
                threshold, (int) c.integer("serverIdBits", 2, 1, 16));
    }
}
