package org.mptcplab.engine.mptcp;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpOption;

/** Small helpers to find and rewrite packets in tests. */
final class Packets {
    private Packets() {}

    static <T extends TcpOption> Optional<T> option(Packet p, Class<T> type) {
        return p.tcp().find(type);
    }

    static <T extends TcpOption> Predicate<Packet> has(Class<T> type) {
        return p -> p.tcp().find(type).isPresent();
    }

    /** The packets of {@code events} satisfying {@code filter}, oldest first. */
    static List<Packet> packets(List<PacketEvent> events, Predicate<Packet> filter) {
        return events.stream().map(PacketEvent::packet).filter(filter).toList();
    }

    /** A rewrite that replaces every option of {@code type} through {@code change} (null removes it). */
    static <T extends TcpOption> UnaryOperator<Packet> replace(Class<T> type, UnaryOperator<T> change) {
        return p -> {
            if (p.tcp().find(type).isEmpty()) {
                return p;
            }
            List<TcpOption> options = new java.util.ArrayList<>();
            for (TcpOption o : p.tcp().options()) {
                if (type.isInstance(o)) {
                    T changed = change.apply(type.cast(o));
                    if (changed != null) {
                        options.add(changed);
                    }
                } else {
                    options.add(o);
                }
            }
            return new Packet(p.ip(), p.tcp().withOptions(options), p.payload());
        };
    }
}
