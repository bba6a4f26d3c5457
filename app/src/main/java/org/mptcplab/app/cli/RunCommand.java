package org.mptcplab.app.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mptcplab.engine.pcap.PcapFormat;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.PcapCaptures;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.scenario.run.TraceJsonLines;
import org.mptcplab.engine.sim.SimulationAbortedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mptcp-lab run SCENARIO|FILE [--seed N] [--pcap DIR] [--trace FILE] [--json]}: a headless run. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Run a scenario headless to its end and print its assumptions and a summary per connection",
            "(bytes, goodput, completion time, subflows established and refused, RSTs)."})
final class RunCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "SCENARIO|FILE",
            description = "A built-in scenario id (see 'mptcp-lab scenarios') or a scenario file (docs/scenarios.md).")
    private String target;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the run (default: the scenario's own).")
    private Long seed;

    @Option(names = "--pcap", paramLabel = "DIR",
            description = "Write DIR/<node>.pcap for every host and load balancer.")
    private Path pcapDir;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write the trace as JSON lines to FILE.")
    private Path traceFile;

    @Option(names = "--json", description = "Print the summary as one JSON object instead of text.")
    private boolean json;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Scenario scenario = ScenarioSource.load(target);
        ScenarioRun run = ScenarioRun.build(scenario, seed != null ? seed : scenario.seed());
        List<Closeable> outputs = new ArrayList<>();
        RunSummary summary;
        try {
            if (traceFile != null) {
                Writer writer = open(traceFile);
                outputs.add(writer);
                run.addSink(new TraceJsonLines(writer));
            }
            if (pcapDir != null) {
                outputs.add(attachCaptures(run));
            }
            summary = runReportingWriteErrors(run);
        } finally {
            closeAll(outputs);
        }
        if (json) {
            SummaryJson.print(context.out(), summary);
        } else {
            SummaryPrinter.print(context.out(), summary);
        }
        return ExitCodes.OK;
    }

    private static Writer open(Path file) {
        try {
            return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UserError("cannot write the trace to " + file + ": " + reason(e));
        }
    }

    private Closeable attachCaptures(ScenarioRun run) {
        try {
            return PcapCaptures.attach(run, pcapDir, PcapFormat.DEFAULT_SNAPLEN);
        } catch (IOException e) {
            throw new UserError("cannot write captures to " + pcapDir + ": " + reason(e));
        }
    }

    /** A full disk or a vanished folder while writing is the user's to fix, not a bug. */
    private static RunSummary runReportingWriteErrors(ScenarioRun run) {
        try {
            return run.run();
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage() + ": " + reason(e.getCause()));
        } catch (SimulationAbortedException e) {
            // The watchdog's verdict is already one line; no stack trace helps the user.
            throw new UserError(e.getMessage(), ExitCodes.INTERNAL);
        }
    }

    private static void closeAll(List<Closeable> outputs) {
        IOException first = null;
        for (Closeable c : outputs) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UserError("cannot finish writing the outputs: " + reason(first));
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " " + m);
    }
}
