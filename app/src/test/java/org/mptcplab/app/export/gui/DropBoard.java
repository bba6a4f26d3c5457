package org.mptcplab.app.export.gui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A dragboard carrying files, as a drag from a file manager would, for synthesised drag events: the
 * headless platform has no drag source, and the toolkit's local clipboard refuses to say which
 * transfer modes it offers, which a drag-over handler must know. This one offers every mode.
 */
final class DropBoard implements TKClipboard {
    private final TKClipboard local = Toolkit.getToolkit().createLocalClipboard();

    private DropBoard() {
    }

    /** A dragboard holding {@code files}; call on the FX thread. */
    static Dragboard of(File... files) {
        Dragboard board = DragboardHelper.createDragboard(new DropBoard());
        DragboardHelper.setDataAccessRestriction(board, false);
        ClipboardContent content = new ClipboardContent();
        content.putFiles(List.of(files));
        board.setContent(content);
        return board;
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return EnumSet.allOf(TransferMode.class);
    }

    @Override
    @SuppressWarnings("removal")
    public void setSecurityContext(AccessControlContext context) {
        local.setSecurityContext(context);
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return local.getContentTypes();
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... content) {
        return local.putContent(content);
    }

    @Override
    public Object getContent(DataFormat format) {
        return local.getContent(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return local.hasContent(format);
    }

    @Override
    public void setDragView(Image image) {
        local.setDragView(image);
    }

    @Override
    public void setDragViewOffsetX(double x) {
        local.setDragViewOffsetX(x);
    }

    @Override
    public void setDragViewOffsetY(double y) {
        local.setDragViewOffsetY(y);
    }

    @Override
    public Image getDragView() {
        return local.getDragView();
    }

    @Override
    public double getDragViewOffsetX() {
        return local.getDragViewOffsetX();
    }

    @Override
    public double getDragViewOffsetY() {
        return local.getDragViewOffsetY();
    }
}
