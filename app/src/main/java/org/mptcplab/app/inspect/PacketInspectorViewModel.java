package org.mptcplab.app.inspect;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.PacketCodec;

/**
 * The packet under inspection, its fields and its bytes, and the selected field whose bytes the hex
 * dump highlights.
 */
public final class PacketInspectorViewModel {
    private final ReadOnlyObjectWrapper<Packet> packet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PacketField> fields = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<byte[]> bytes = new ReadOnlyObjectWrapper<>(new byte[0]);
    private final ObjectProperty<PacketField> selectedField = new SimpleObjectProperty<>();

    /** Shows {@code newPacket} (null clears the inspector). */
    public void show(Packet newPacket) {
        selectedField.set(null);
        packet.set(newPacket);
        if (newPacket == null) {
            bytes.set(new byte[0]);
            fields.clear();
            return;
        }
        byte[] encoded = PacketCodec.encode(newPacket);
        bytes.set(encoded);
        fields.setAll(PacketFields.of(newPacket, encoded));
    }

    /** The first field called {@code name}, selected; false when there is none. */
    public boolean selectField(String name) {
        for (PacketField f : fields) {
            if (f.name().equals(name)) {
                selectedField.set(f);
                return true;
            }
        }
        return false;
    }

    /** Byte indexes of the highlighted range, {@code [start, end)}; empty when nothing is selected. */
    public int[] highlight() {
        PacketField f = selectedField.get();
        return f == null ? new int[] {0, 0} : new int[] {f.offset(), f.end()};
    }

    /** Hex dump lines: 16 bytes per line, offset first, as Wireshark shows them. */
    public List<String> hexLines() {
        return HexDump.lines(bytes.get());
    }

    public ReadOnlyObjectProperty<Packet> packetProperty() {
        return packet.getReadOnlyProperty();
    }

    public ObservableList<PacketField> getFields() {
        return fields;
    }

    public ReadOnlyObjectProperty<byte[]> bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    public ObjectProperty<PacketField> selectedFieldProperty() {
        return selectedField;
    }
}
