package org.mptcplab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mptcplab.app.reproduce.CsvExport;
import org.mptcplab.app.reproduce.Figures;
import org.mptcplab.app.reproduce.ReportPrinter;
import org.mptcplab.app.reproduce.ReproduceReport;
import org.mptcplab.app.reproduce.Reproduction;
import org.mptcplab.app.reproduce.SummaryJson;
import org.mptcplab.app.reproduce.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mptcp-lab reproduce l4lb|anycast|all}: the paper's numbers vs the engine's, with files for scripts. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run the paper's experiments headless and compare with the talk's numbers.",
            "Writes CSV of every run, figures (SVG and PNG) and summary.json to --out."})
final class ReproduceCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "l4lb, anycast or all")
    private String experiment;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ./reproduce-out)")
    private Path out = Path.of("reproduce-out");

    @Option(names = "--quick", description = "smaller sweeps, 3 seeds and a 20 s anycast run")
    private boolean quick;

    @Option(names = "--seeds", paramLabel = "N", description = "seeds per point (default 10; 3 with --quick)")
    private Integer seeds;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--in-process", description = "run in this JVM instead of a throughput-tuned worker JVM"
            + " (see docs/decisions/0005)")
    private boolean inProcess;

    ReproduceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Target target;
        try {
            target = Target.valueOf(experiment.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown experiment '" + experiment + "': use l4lb, anycast or all");
        }
        if ((seeds != null && seeds < 1) || threads < 1) {
            throw new UserError("--seeds must be >= 1 and --threads >= 1");
        }
        if (!inProcess) {
            Optional<Path> jar = ThroughputJvm.jarToRelaunch();
            if (jar.isPresent()) {
                Optional<Integer> code = ThroughputJvm.run(jar.get(), workerArgs(), context.err());
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserError("cannot create output folder " + out + ": " + e.getMessage(), ExitCodes.USAGE);
        }
        boolean terminal = System.console() != null;
        ReproduceReport report = new Reproduction(target, quick, seeds == null ? 0 : seeds, threads)
                .run(context.err(), terminal);
        ReportPrinter.print(report, context.out());
        try {
            CsvExport.write(report, out);
            Figures.write(report, out);
            SummaryJson.write(report, out);
        } catch (IOException e) {
            throw new UserError("cannot write results to " + out + ": " + e.getMessage(), ExitCodes.USAGE);
        }
        context.out().println("results written to " + out.toAbsolutePath());
        context.out().flush();
        return ExitCodes.OK;
    }

    /** This command's arguments as the worker JVM must see them (already validated here). */
    List<String> workerArgs() {
        List<String> args = new ArrayList<>(List.of("reproduce", experiment, "--out", out.toString(),
                "--threads", Integer.toString(threads), "--in-process"));
        if (quick) {
            args.add("--quick");
        }
        if (seeds != null) {
            args.add("--seeds");
            args.add(Integer.toString(seeds));
        }
        return args;
    }
}
