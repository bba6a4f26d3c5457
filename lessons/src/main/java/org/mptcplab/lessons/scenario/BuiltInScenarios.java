package org.mptcplab.lessons.scenario;

import java.util.List;
import org.mptcplab.engine.scenario.Catalog;

/** Where the catalogue's scenario files live among this module's resources. */
public final class BuiltInScenarios {
    /** Resource folder of the bundled scenario files. */
    public static final String FOLDER = "/org/mptcplab/lessons/scenarios/";

    private BuiltInScenarios() {
    }

    /** Resource name of the file for catalogue id {@code id}. */
    public static String resource(String id) {
        return FOLDER + id + ".json";
    }

    /** Catalogue ids, in catalogue order. */
    public static List<String> ids() {
        return Catalog.entries().stream().map(Catalog.Entry::id).toList();
    }
}
