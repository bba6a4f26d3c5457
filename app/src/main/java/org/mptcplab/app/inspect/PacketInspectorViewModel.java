package org.mptcplab.app.inspect;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.PacketCodec;

/**
 * The packet under inspection, its fields and its bytes, the selected field whose bytes the hex
 * dump highlights, and the packet's {@link DerivationTrail} (key -> token -> HMAC).
 */
public final class PacketInspectorViewModel {
    private final ObservableList<PacketField> fields = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<byte[]> bytes = new ReadOnlyObjectWrapper<>(new byte[0]);
    private final ObjectProperty<PacketField> selectedField = new SimpleObjectProperty<>();
    private final ObservableList<TrailRow> trail = FXCollections.observableArrayList();
    private Supplier<List<TraceEvent>> trace = List::of;

    /**
     * Where {@link #show(Packet)} finds the trace up to the cursor, which the derivation trail of an
     * MP_JOIN or ADD_ADDR needs (keys and nonces of earlier packets).
     */
    public void traceSource(Supplier<List<TraceEvent>> upToCursor) {
        trace = upToCursor;
    }

    /** Shows {@code newPacket} (null clears the inspector), its trail looked up in the trace source. */
    public void show(Packet newPacket) {
        show(newPacket, newPacket == null ? List.of() : trace.get());
    }

    /** Shows {@code newPacket} with the trail derived from {@code traceUpToCursor}. */
    public void show(Packet newPacket, List<TraceEvent> traceUpToCursor) {
        selectedField.set(null);
        if (newPacket == null) {
            bytes.set(new byte[0]);
            fields.clear();
            trail.clear();
            return;
        }
        byte[] encoded = PacketCodec.encode(newPacket);
        bytes.set(encoded);
        fields.setAll(PacketFields.of(newPacket, encoded));
        trail.setAll(DerivationTrail.of(newPacket, traceUpToCursor));
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

    public ObservableList<PacketField> getFields() {
        return fields;
    }

    /** The shown packet's derivation trail; empty for packets without MPTCP handshake options. */
    public ObservableList<TrailRow> getTrail() {
        return trail;
    }

    public ReadOnlyObjectProperty<byte[]> bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    public ObjectProperty<PacketField> selectedFieldProperty() {
        return selectedField;
    }
}
