package org.mptcplab.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command {@code mptcp-lab}; with no subcommand it opens the GUI. */
@Command(
        name = "mptcp-lab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "MPTCP Lab: Multipath TCP behind load balancers and anycast, simulated.",
        description = {
            "Without a command, opens the GUI (same as 'mptcp-lab gui').",
        },
        subcommands = {GuiCommand.class, ScenariosCommand.class, RunCommand.class, ReproduceCommand.class,
                ExportCommand.class, LessonCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "2:usage error (unknown option or command, bad argument, unknown scenario)",
            "3:the GUI cannot open (no usable display)",
            "70:internal error (a log with details is written)",
        })
final class MptcpLabCommand implements Callable<Integer> {

    private final CliContext context;

    MptcpLabCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return GuiCommand.open(context, GuiOptions.defaults());
    }
}
