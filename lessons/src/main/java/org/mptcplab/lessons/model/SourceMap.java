package org.mptcplab.lessons.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field path (e.g. {@code steps[2].question.answer}) to the position of its value in the file, so
 * that problems found after parsing (by the checker, which runs the engine) still point at a line.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, Position> positions;

    /** A map for {@code file}; the positions are copied in insertion order. */
    public SourceMap(String file, Map<String, Position> positions) {
        this.file = file;
        this.positions = new LinkedHashMap<>(positions);
    }

    /** The file name as given to the loader. */
    public String file() {
        return file;
    }

    /** Position of {@code path}, or of its nearest recorded ancestor, or the file start. */
    public Position at(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return Position.START;
    }
}
