package org.mptcplab.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.export.ExportOptions;
import org.mptcplab.app.export.ExportRuns;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.Exporter;
import org.mptcplab.app.export.LabelDetail;
import org.mptcplab.app.export.StepRange;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mptcp-lab export SCENARIO|FILE --view ... --format ... --out F}: figures for slides and papers. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, description = {"Export a figure for slides or papers (SVG, PDF, PNG, TikZ).",
            "The sequence chart, the topology or the failure-vs-fix compare figure of a run. A step is the",
            "playback position the GUI shows; a range gives one PDF page (or one numbered file) per step.",
            "See docs/export.md."})
final class ExportCommand implements Callable<Integer> {
    private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)");
    private final CliContext context;
    private final Watchdog watchdog;

    @Parameters(paramLabel = "SCENARIO|FILE", description = "A built-in scenario id or a scenario file.")
    private String target;

    @Option(names = "--view", paramLabel = "VIEW", description = "sequence (default), topology or compare")
    private String view = "sequence";

    @Option(names = "--against", paramLabel = "SCENARIO2",
            description = "The other side of a compare figure (default: the paired built-in scenario).")
    private String against;

    @Option(names = "--format", paramLabel = "FMT", description = "svg, pdf, png or tikz (default: from --out)")
    private String format;

    @Option(names = "--steps", paramLabel = "A..B", description = "Steps A to B, one page or file per step.")
    private String steps;

    @Option(names = "--step", paramLabel = "N", description = "One step (default: the last one).")
    private Integer step;

    @Option(names = "--lanes", paramLabel = "a,b", split = ",", description = "Nodes that get lanes, in order.")
    private List<String> lanes = List.of();

    @Option(names = "--kinds", paramLabel = "k,..", split = ",",
            description = "Packet kinds shown: syn, syn_ack, mp_join, add_addr, dss_data, data, ack, fin, rst, drop.")
    private List<String> kinds = List.of();

    @Option(names = "--labels", paramLabel = "DETAIL",
            description = "short, options (default: flags and addresses) or values (tokens, DSNs: the screen's)")
    private String labels = "options";

    @Option(names = "--theme", paramLabel = "THEME", description = "light (default), print or dark")
    private String theme = "light";

    @Option(names = "--font-size", paramLabel = "N", description = "Label size in points, 6..48 (default 12).")
    private double fontSize = ExportOptions.DEFAULT_FONT_SIZE;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixels per point, up to 8 (default 2).")
    private double scale = 2;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the run (default: the scenario's own).")
    private Long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file.")
    private Path out;

    ExportCommand(CliContext context) {
        this(context, Watchdog.DEFAULT);
    }

    /** A command whose runs {@code watchdog} guards (tests give it a tiny event budget). */
    ExportCommand(CliContext context, Watchdog watchdog) {
        this.context = context;
        this.watchdog = watchdog;
    }

    @Override
    public Integer call() throws IOException {
        ExportView v = choice("--view", view, ExportView.class);
        ExportFormat f = format();
        ExportOptions o = options();
        Scenario scenario = ScenarioSource.load(target);
        long s = seed != null ? seed : scenario.seed();
        RecordedRun run = ExportRuns.record(scenario, s, watchdog);
        StepRange range = range(run);
        ExportMetadata meta = ExportRuns.metadata(scenario, s, range.from(), v);
        List<Path> written;
        try {
            if (v == ExportView.COMPARE) {
                String other = against != null ? against : ExportRuns.pairOf(scenario.id()).orElseThrow(() ->
                        new UserError("--against: " + scenario.id() + " has no paired scenario; name the other side"));
                Scenario right = ScenarioSource.load(other);
                RecordedRun rightRun = ExportRuns.record(right, right.seed(), watchdog);
                warnIfStopped(run, "the run of " + scenario.id());
                warnIfStopped(rightRun, "the run of " + right.id());
                written = Exporter.exportCompare(run, rightRun, meta, f, range, o, out);
            } else {
                warnIfStopped(run, "the run");
                written = Exporter.export(run, meta, v, f, range, o, out);
            }
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new UserError((m.startsWith("no node") ? "--lanes: " : m.startsWith("unknown packet kind")
                    ? "--kinds: " : "") + m);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        written.forEach(p -> context.out().println(p));
        return ExitCodes.OK;
    }

    /** A stopped run still exports (the part before the stop), with one warning line on stderr. */
    private void warnIfStopped(RecordedRun run, String which) {
        ExportRuns.stopWarning(run, which).ifPresent(context.err()::println);
    }

    private ExportFormat format() {
        if (format != null) {
            return choice("--format", format, ExportFormat.class);
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (name.endsWith("." + f.fileExtension())) {
                return f;
            }
        }
        throw new UserError("--format: give svg, pdf, png or tikz (or an --out name ending in one of them)");
    }

    private ExportOptions options() {
        ExportOptions o;
        try {
            o = new ExportOptions(lanes, new LinkedHashSet<>(kinds), choice("--labels", labels, LabelDetail.class),
                    choice("--theme", theme, DiagramTheme.class), fontSize, scale);
        } catch (IllegalArgumentException e) {
            throw new UserError((e.getMessage().startsWith("font") ? "--font-size: " : "--scale: ") + e.getMessage());
        }
        try {
            o.kinds();
        } catch (IllegalArgumentException e) {
            // Checked before the run is recorded, so a typo costs no simulation.
            throw new UserError("--kinds: " + e.getMessage());
        }
        return o;
    }

    private StepRange range(RecordedRun run) {
        int last = run.events().size() - 1;
        if (steps != null && step != null) {
            throw new UserError("--steps and --step: give one of them");
        }
        StepRange r;
        if (steps != null) {
            Matcher m = RANGE.matcher(steps.trim());
            if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
                    || Integer.parseInt(m.group(1)) < -1) {
                throw new UserError("--steps: expected A..B with -1 <= A <= B, got '" + steps + "'");
            }
            r = new StepRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else {
            r = StepRange.single(step != null ? step : last);
        }
        if (r.from() < -1 || r.to() > last) {
            throw new UserError((steps != null ? "--steps" : "--step") + ": the run has steps -1.." + last);
        }
        return r;
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": unknown value '" + value + "' (use " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList()) + ")");
        }
    }
}
