package org.mptcplab.engine.lb;

import java.util.SplittableRandom;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Address;

/** A fixed sample of client flows toward the VIP 1.2.3.4:80 and their CRC32 L4 hashes. */
final class FlowSample {
    private static final IpAddress VIP = IpAddress.parse("1.2.3.4");

    private FlowSample() {}

    /** {@code count} flows from random clients and ports, the same for the same seed. */
    static FiveTuple[] flows(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FiveTuple[] flows = new FiveTuple[count];
        for (int i = 0; i < count; i++) {
            flows[i] = new FiveTuple(new Ipv4Address(random.nextInt()), VIP, random.nextInt(1024, 65536), 80,
                    FiveTuple.TCP);
        }
        return flows;
    }

    /** CRC32 over the L4 layout of each flow. */
    static long[] hashes(FiveTuple[] flows) {
        HashDecisionBuilder policy = new HashDecisionBuilder(new Crc32(), HashInput.L4);
        long[] hashes = new long[flows.length];
        for (int i = 0; i < flows.length; i++) {
            hashes[i] = policy.hash(flows[i]);
        }
        return hashes;
    }

    /** Movement between two selectors over {@code hashes}. */
    static Remap remap(long[] hashes, BackendSelector before, BackendSelector after, String removed) {
        int moved = 0;
        int survivorFlows = 0;
        int survivorMoved = 0;
        for (long hash : hashes) {
            String was = before.select(hash).backend();
            boolean changed = !was.equals(after.select(hash).backend());
            moved += changed ? 1 : 0;
            if (!was.equals(removed)) {
                survivorFlows++;
                survivorMoved += changed ? 1 : 0;
            }
        }
        return new Remap((double) moved / hashes.length, (double) survivorMoved / survivorFlows);
    }

    /**
     * @param moved          fraction of all flows whose backend changed
     * @param survivorsMoved fraction of the flows of backends that stayed whose backend changed
     */
    record Remap(double moved, double survivorsMoved) {}
}
