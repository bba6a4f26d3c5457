package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An enum constant with the stable name scenario files use for it (e.g. {@code "inKernel"}), which
 * differs from the Java constant name. The file format depends on these names, never on
 * {@link Enum#name()}.
 */
public interface Identified {
    /** The name used in scenario files. */
    String id();

    /** The constant of {@code type} whose {@link #id()} is exactly {@code id}. */
    static <E extends Enum<E> & Identified> Optional<E> parse(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every id of {@code type}, in declaration order, for error messages and documentation. */
    static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            ids.add(e.id());
        }
        return List.copyOf(ids);
    }
}
