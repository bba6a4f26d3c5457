package org.mptcplab.app.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.engine.wire.Packet;

/**
 * Lays out the chart at one cursor: the hops that departed up to the cursor, trains of bulk data or
 * ACKs collapsed, and rows assigned by event order so the chart reads top-down in time without the
 * empty stretches a linear time axis would leave. A pure function of its inputs.
 *
 * <p>Collapsing: a data or ACK hop joins the open train of the same lanes, subflow and kind; any
 * signalling hop (SYN, JOIN, ADD_ADDR, RST, ...), a drop or the selected packet closes the trains so
 * that it stays visible on its own, in order.
 */
public final class SequenceLayout {
    private SequenceLayout() {}

    /**
     * The chart just after event {@code cursor}; the packet of event {@code selected} is never folded
     * into a train, so the selection always has an arrow of its own. {@code collapse} false shows
     * every hop as its own arrow.
     */
    public static SequenceChart at(SequenceHops hops, int cursor, int selected, boolean collapse) {
        return at(hops, cursor, selected, collapse, k -> true, p -> SequenceLabels.of(p, hops.dsnBase()));
    }

    /**
     * The same, showing only hops whose kind {@code shown} accepts and labelling arrows with
     * {@code labeller} (a train adds its " ×N (bytes)" suffix).
     */
    public static SequenceChart at(SequenceHops hops, int cursor, int selected, boolean collapse,
            Predicate<EventKind> shown, Function<Packet, String> labeller) {
        if (cursor < 0) {
            return new SequenceChart(hops.lanes(), List.of(), List.of(), -1, hops.subflows());
        }
        List<Train> trains = new ArrayList<>();
        Map<String, Train> open = new LinkedHashMap<>();
        for (ChainHop h : hops.hops()) {
            if (h.departIndex() > cursor) {
                break;
            }
            if (!shown.test(h.kind())) {
                continue;
            }
            boolean bulk = collapse && isBulk(h.kind()) && !h.dropped() && h.departIndex() != selected
                    && h.endIndex() != selected;
            if (!bulk) {
                open.clear();
                trains.add(new Train(h));
                continue;
            }
            String key = h.from() + ">" + h.to() + " " + h.subflow() + " " + h.kind();
            Train t = open.get(key);
            if (t == null) {
                t = new Train(h);
                open.put(key, t);
                trains.add(t);
            } else {
                t.members.add(h);
            }
        }
        return rows(hops, trains, cursor, labeller);
    }

    private static boolean isBulk(EventKind k) {
        return k == EventKind.DSS_DATA || k == EventKind.DATA || k == EventKind.ACK;
    }

    private static SequenceChart rows(SequenceHops hops, List<Train> trains, int cursor,
            Function<Packet, String> labeller) {
        int[] points = new int[trains.size() * 2 + 1];
        int n = 0;
        for (Train t : trains) {
            points[n++] = t.first().departIndex();
            points[n++] = t.lastEnd(cursor);
        }
        points[n++] = cursor;
        int[] rows = Arrays.stream(points, 0, n).sorted().distinct().toArray();
        List<Long> rowTimes = new ArrayList<>(rows.length);
        for (int r : rows) {
            rowTimes.add(hops.time(r));
        }
        List<SequenceArrow> arrows = new ArrayList<>(trains.size());
        for (Train t : trains) {
            arrows.add(t.arrow(hops, labeller, cursor, Arrays.binarySearch(rows, t.first().departIndex()),
                    Arrays.binarySearch(rows, t.lastEnd(cursor))));
        }
        return new SequenceChart(hops.lanes(), arrows, rowTimes, Arrays.binarySearch(rows, cursor),
                hops.subflows());
    }

    /** One arrow in the making: a hop, or a train of alike hops. */
    private static final class Train {
        final List<ChainHop> members = new ArrayList<>(1);

        Train(ChainHop h) {
            members.add(h);
        }

        ChainHop first() {
            return members.get(0);
        }

        ChainHop last() {
            return members.get(members.size() - 1);
        }

        /** Row anchor of the end: the last member's arrival, or the cursor while it flies. */
        int lastEnd(int cursor) {
            return last().inFlightAt(cursor) ? cursor : last().endIndex();
        }

        SequenceArrow arrow(SequenceHops hops, Function<Packet, String> labeller, int cursor, int startRow,
                int endRow) {
            ChainHop f = first();
            List<Integer> departs = new ArrayList<>(members.size());
            List<Integer> ends = new ArrayList<>(members.size());
            long bytes = 0;
            for (ChainHop h : members) {
                departs.add(h.departIndex());
                if (!h.inFlightAt(cursor)) {
                    ends.add(h.endIndex());
                }
                bytes += h.packet().payloadLength();
            }
            String label = labeller.apply(f.packet());
            if (members.size() > 1) {
                label = label + " ×" + members.size() + (bytes > 0 ? " (" + bytes + " B)" : "");
            }
            boolean flying = last().inFlightAt(cursor);
            return new SequenceArrow(departs, ends, hops.lane(f.from()), hops.lane(f.to()), startRow, endRow, label,
                    f.kind(), f.subflow(), !flying && last().dropped(), flying);
        }
    }
}
