package org.mptcplab.app.export.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** {@link ExportPrompts} as modal JavaFX dialogs owned by the main window, in its theme. */
final class FxExportPrompts implements ExportPrompts {
    /** The capture-point dialog's first entry. */
    static final String ALL_POINTS = "All capture points (one file each)";
    private final Supplier<Window> owner;

    FxExportPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean askExport(ExportDialogModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export figure");
        dialog.setHeaderText("Export '" + model.snapshot().id() + "' at step " + model.snapshot().step());
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("export-dialog");
        pane.getButtonTypes().setAll(export, ButtonType.CANCEL);
        ExportPreview preview = new ExportPreview(model);
        model.revisionProperty().addListener((o, a, b) -> preview.refresh());
        preview.refresh();
        HBox content = new HBox(12, new ExportDialogView(model), preview);
        content.setAlignment(Pos.TOP_LEFT);
        pane.setContent(content);
        pane.lookupButton(export).setId("export-ok");
        pane.lookupButton(export).disableProperty().bind(model.problemProperty().isNotEmpty());
        pane.lookupButton(ButtonType.CANCEL).setId("export-cancel");
        own(dialog);
        return dialog.showAndWait().filter(b -> b == export).isPresent();
    }

    @Override
    public Optional<List<CapturePoint>> askCapturePoints(List<CapturePoint> points) {
        List<String> names = new ArrayList<>();
        names.add(ALL_POINTS);
        points.forEach(p -> names.add(p.node()));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(ALL_POINTS, names);
        dialog.setTitle("Export pcap");
        dialog.setHeaderText("Which capture point?");
        dialog.setContentText("Hosts capture what they send and receive, load balancers what they forward.\n"
                + "Written from the recorded run (up to where recording stopped), as the simulator encodes\n"
                + "each packet: the same bytes as 'run --pcap'.");
        dialog.getDialogPane().setId("pcap-dialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("pcap-ok");
        own(dialog);
        return dialog.showAndWait().map(choice -> ALL_POINTS.equals(choice) ? points
                : points.stream().filter(p -> p.node().equals(choice)).toList());
    }

    private void own(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
            if (w.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
            }
        }
    }
}
