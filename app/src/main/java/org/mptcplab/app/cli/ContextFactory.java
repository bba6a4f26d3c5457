package org.mptcplab.app.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds command objects for picocli, handing the {@link CliContext} to every command whose class
 * has a constructor taking one, so subcommands never reach for globals.
 */
final class ContextFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] params = constructor.getParameterTypes();
            if (params.length == 1 && params[0] == CliContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return fallback.create(type);
    }
}
