package org.mptcplab.app.reproduce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.mptcplab.engine.experiment.AnycastSummary;
import org.mptcplab.engine.experiment.AnycastVariant;
import org.mptcplab.engine.experiment.Assumption;
import org.mptcplab.engine.experiment.L4lbVariant;

/**
 * {@code summary.json} for scripts: nested objects, so {@code l4lb.tcp_mbps} is
 * {@code {"l4lb": {"tcp_mbps": ...}}}.
 */
public final class SummaryJson {
    private SummaryJson() {}

    /** The summary as a JSON tree. */
    public static ObjectNode tree(ReproduceReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        if (report.l4lb() != null) {
            ObjectNode l4lb = root.putObject("l4lb");
            l4lb.put("tcp_mbps", report.l4lbMbps(L4lbVariant.TCP));
            l4lb.put("mptcp_mbps", report.l4lbMbps(L4lbVariant.MPTCP_FIX));
            l4lb.put("mptcp_nofix_mbps", report.l4lbMbps(L4lbVariant.MPTCP_NO_FIX));
            ObjectNode op = l4lb.putObject("operating_point");
            op.put("loss", report.l4lb().experiment().operatingLoss());
            op.put("added_latency_ms", report.l4lb().experiment().operatingLatency() / 1e6);
            l4lb.put("seeds", report.l4lb().experiment().seeds());
            l4lb.put("wall_s", report.l4lbWall());
            assumptions(l4lb.putArray("assumptions"), report.l4lb().experiment().assumptions());
        }
        if (report.anycastRuns() != null) {
            AnycastSummary tcp = report.anycastSummary(AnycastVariant.TCP);
            AnycastSummary mptcp = report.anycastSummary(AnycastVariant.MPTCP_FIX);
            ObjectNode a = root.putObject("anycast");
            a.put("tcp_3srv_mbps", tcp.threeServerMbps());
            a.put("tcp_2srv_mbps", tcp.twoServerMbps());
            ArrayNode removal = a.putArray("tcp_rst_at_removal");
            tcp.resetsAfterWithdrawals().forEach(removal::add);
            ArrayNode readd = a.putArray("tcp_rst_at_readd");
            tcp.resetsAfterReadds().forEach(readd::add);
            a.put("mptcp_3srv_mbps", mptcp.threeServerMbps());
            a.put("mptcp_min_bin_ratio", mptcp.minSecondRatio());
            a.put("mptcp_rst", mptcp.run().totalResets());
            a.put("duration_s", report.anycast().setup().duration() / 1e9);
            a.put("wall_s", report.anycastWall());
            assumptions(a.putArray("assumptions"), report.anycast().assumptions());
        }
        return root;
    }

    /** Writes {@code summary.json} into {@code dir}. */
    public static void write(ReproduceReport report, Path dir) throws IOException {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), tree(report));
    }

    private static void assumptions(ArrayNode array, java.util.List<Assumption> list) {
        for (Assumption a : list) {
            ObjectNode n = array.addObject();
            n.put("name", a.name());
            n.put("value", a.value());
            n.put("why", a.why());
        }
    }
}
