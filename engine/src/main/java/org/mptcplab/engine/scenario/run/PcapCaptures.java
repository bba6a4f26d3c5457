package org.mptcplab.engine.scenario.run;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.pcap.PcapCaptureSink;
import org.mptcplab.engine.pcap.PcapWriter;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.NodeSpec;

/**
 * The capture points of {@code run --pcap DIR}: {@code DIR/<node>.pcap} for every host (what it
 * sends and receives) and every load balancer (what it forwards). Routers are not captured: each
 * of their packets already appears at a host or a balancer.
 */
public final class PcapCaptures {
    private PcapCaptures() {
    }

    /**
     * Creates (or truncates) the files in {@code dir} and adds a capture sink to {@code run}; close the
     * returned handle after the run to flush and close the files.
     *
     * @param snapLength bytes kept of each datagram (the original length is recorded either way)
     */
    public static Closeable attach(ScenarioRun run, Path dir, int snapLength) throws IOException {
        Files.createDirectories(dir);
        PcapCaptureSink sink = new PcapCaptureSink();
        List<OutputStream> streams = new ArrayList<>();
        Closeable handle = () -> {
            try {
                sink.close();
            } finally {
                for (OutputStream out : streams) {
                    out.close();
                }
            }
        };
        try {
            for (NodeSpec n : run.scenario().nodes()) {
                if (n instanceof HostSpec || n instanceof LoadBalancerSpec) {
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(n.name() + ".pcap")),
                            1 << 16);
                    streams.add(out);
                    sink.capture(n.name(), n instanceof HostSpec ? PcapCaptureSink.HOST : PcapCaptureSink.FORWARDER,
                            new PcapWriter(out, snapLength));
                }
            }
        } catch (IOException | RuntimeException e) {
            handle.close();
            throw e;
        }
        run.addSink(sink);
        return handle;
    }
}
