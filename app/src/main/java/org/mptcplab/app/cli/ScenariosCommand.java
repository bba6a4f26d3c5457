package org.mptcplab.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mptcplab.engine.scenario.Catalog;
import picocli.CommandLine.Command;

/** {@code mptcp-lab scenarios}: one line per built-in scenario, id first so scripts can cut it. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the built-in scenarios (id and title).")
final class ScenariosCommand implements Callable<Integer> {

    static final String NOT_RUNNABLE = "(not yet runnable)";

    private final CliContext context;

    ScenariosCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Catalog.Entry> entries = Catalog.entries();
        int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (Catalog.Entry entry : entries) {
            String line = String.format("%-" + width + "s  %s%s", entry.id(), entry.title(),
                    entry.runnable() ? "" : " " + NOT_RUNNABLE);
            context.out().println(line);
        }
        context.out().flush();
        return ExitCodes.OK;
    }
}
