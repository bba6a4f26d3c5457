package org.mptcplab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.app.compare.CompareModel;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.sequence.SequenceSpec;

/** Checks an export request, builds its pages and hands them to {@link ExportWriter}. */
final class ExportJob {
    private ExportJob() {
    }

    static List<Path> single(RecordedRun run, ExportMetadata meta, ExportView view, ExportFormat f, StepRange steps,
            ExportOptions o, Path out) throws IOException {
        if (view == ExportView.COMPARE) {
            throw new IllegalArgumentException("the compare view needs two runs: use exportCompare");
        }
        checkSteps(run, steps);
        DiagramStyle style = new DiagramStyle(o.theme(), o.fontSize());
        List<Diagram> pages = view == ExportView.SEQUENCE
                ? ExportFigures.sequence(run, spec(o), style, steps, meta.scenarioId())
                : ExportFigures.topology(run, o, style, steps, meta.scenarioId());
        return ExportWriter.write(pages, metas(meta.withView(view), steps), f, o, out, meta.scenarioId());
    }

    static List<Path> compare(RecordedRun left, RecordedRun right, ExportMetadata meta, ExportFormat f,
            StepRange steps, ExportOptions o, Path out) throws IOException {
        checkSteps(left, steps);
        DiagramStyle style = new DiagramStyle(o.theme(), o.fontSize());
        List<Diagram> pages = CompareFigures.pages(CompareModel.of(left, right), spec(o), style, steps);
        String title = left.source().id() + " vs " + right.source().id();
        return ExportWriter.write(pages, metas(meta.withView(ExportView.COMPARE), steps), f, o, out, title);
    }

    private static void checkSteps(RecordedRun run, StepRange steps) {
        int last = run.events().size() - 1;
        if (steps.to() > last) {
            throw new IllegalArgumentException("step " + steps.to() + " is past the end of the run (last step "
                    + last + ")");
        }
    }

    private static List<ExportMetadata> metas(ExportMetadata meta, StepRange steps) {
        List<ExportMetadata> out = new ArrayList<>(steps.count());
        for (int s = steps.from(); s <= steps.to(); s++) {
            out.add(meta.atStep(s));
        }
        return out;
    }

    /** The sequence chart the options ask for. */
    static SequenceSpec spec(ExportOptions o) {
        return new SequenceSpec(o.lanes(), false, kinds(o.packetKinds()), o.labels() != LabelDetail.SHORT,
                o.labels() == LabelDetail.VALUES, true);
    }

    /**
     * Packet kinds by name.
     *
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    static Set<EventKind> kinds(Set<String> names) {
        Set<EventKind> out = new TreeSet<>();
        for (String n : names) {
            try {
                EventKind k = EventKind.valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_').replace('/', '_'));
                if (!k.isPacket()) {
                    throw new IllegalArgumentException(n);
                }
                out.add(k);
            } catch (IllegalArgumentException e) {
                String known = String.join(", ", java.util.Arrays.stream(EventKind.values())
                        .filter(EventKind::isPacket).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
                throw new IllegalArgumentException("unknown packet kind '" + n.toLowerCase(Locale.ROOT) + "' (kinds: "
                        + known + ")", e);
            }
        }
        return out;
    }
}
