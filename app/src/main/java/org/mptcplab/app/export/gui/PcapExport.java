package org.mptcplab.app.export.gui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.app.files.AtomicFiles;
import org.mptcplab.engine.pcap.PcapCaptureSink;
import org.mptcplab.engine.pcap.PcapWriter;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Writes pcap files of a recorded run by replaying its trace into the engine's
 * {@link PcapCaptureSink}: the bytes are those {@code run --pcap} writes for the same scenario and
 * seed, up to where the Run view stopped recording. Each file is written with {@link AtomicFiles}, so
 * a failed export leaves no half-written capture.
 */
public final class PcapExport {
    private PcapExport() {
    }

    /**
     * Writes the capture of {@code point} to {@code target}.
     *
     * @return the number of packets written
     */
    public static long write(List<TraceEvent> trace, CapturePoint point, Path target) throws IOException {
        long[] written = new long[1];
        AtomicFiles.write(target, raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            PcapCaptureSink sink = new PcapCaptureSink();
            sink.capture(point.node(), point.kinds(), new PcapWriter(out));
            try {
                trace.forEach(sink::accept);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            sink.close();
            out.flush();
            written[0] = sink.packetsWritten(point.node());
        });
        return written[0];
    }

    /**
     * Writes one file per point beside {@code chosen}: {@code name.pcap} becomes {@code name-<node>.pcap}.
     *
     * @return packets written per file, in point order
     */
    public static Map<Path, Long> writeAll(List<TraceEvent> trace, List<CapturePoint> points, Path chosen)
            throws IOException {
        Map<Path, Long> counts = new LinkedHashMap<>();
        for (CapturePoint p : points) {
            Path file = fileFor(chosen, p);
            counts.put(file, write(trace, p, file));
        }
        return counts;
    }

    /** The file of {@code point} when every point is exported next to {@code chosen}. */
    public static Path fileFor(Path chosen, CapturePoint point) {
        String name = chosen.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pcap")
                ? name.substring(0, name.length() - ".pcap".length()) : name;
        return chosen.resolveSibling(stem + "-" + point.node() + ".pcap");
    }
}
