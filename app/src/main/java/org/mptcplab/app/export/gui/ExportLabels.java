package org.mptcplab.app.export.gui;

import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.LabelDetail;

/** How the export dialog names the exporter's enum values. */
final class ExportLabels {
    private ExportLabels() {
    }

    static String of(ExportView v) {
        return switch (v) {
            case SEQUENCE -> "Sequence chart";
            case TOPOLOGY -> "Topology with packets in flight";
            case COMPARE -> "Compare: failure | fix";
        };
    }

    static String of(ExportFormat f) {
        return switch (f) {
            case SVG -> "SVG (vector, reopens in MPTCP Lab)";
            case PDF -> "PDF (vector, one page per step)";
            case PNG -> "PNG (image, reopens in MPTCP Lab)";
            case TIKZ -> "TikZ (LaTeX source)";
        };
    }

    static String of(LabelDetail d) {
        return switch (d) {
            case SHORT -> "Short: segment kind";
            case OPTIONS -> "Options: MPTCP options and flags";
            case VALUES -> "Values: sequence numbers, addresses";
        };
    }

    static String of(DiagramTheme t) {
        return switch (t) {
            case LIGHT -> "Light (screen)";
            case PRINT -> "Print (paper, grey-scale safe)";
            case DARK -> "Dark (dark slides)";
        };
    }
}
