package org.memspice.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code memspice} command line: the only place that wires parsing, elaboration, analyses and outputs. */
@Command(name = "memspice", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "SPICE-class circuit simulator for memristive synapse arrays.",
        subcommands = {RunCommand.class, XbarCommand.class, PlotCommand.class, CompareCommand.class,
                BlessCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes: documented in the README. */
    public static final int OK = 0;
    public static final int NETLIST_ERROR = 2;
    public static final int SIMULATION_FAILURE = 3;
    public static final int OUTPUT_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Whether this process's stderr is a terminal ({@code --progress=auto}); only {@link #main} asks, since an
     * in-JVM caller of {@link #execute} has replaced the streams.
     */
    boolean stderrTerminal;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command, e.g. 'memspice run deck.cir'");
    }

    public static void main(String[] args) {
        System.exit(execute(Terminal.stderrIsTerminal(), args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}); stderr is no terminal. */
    public static int execute(String... args) {
        return execute(false, args);
    }

    static int execute(boolean stderrTerminal, String... args) {
        Main main = new Main();
        main.stderrTerminal = stderrTerminal;
        CommandLine cl = new CommandLine(main);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("memspice: internal error: " + ex);
            return 70;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"memspice " + (v == null ? "development build" : v)};
        }
    }
}
