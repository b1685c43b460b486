package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.List;
import org.conflictkg.Version;
import org.conflictkg.query.QuerySyntaxException;
import org.conflictkg.server.ServerException;
import org.conflictkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: builds a knowledge graph of conflict events from text and serves it. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Kg.VersionProvider.class,
        description = "Builds a knowledge graph of armed groups, authorities, places and events from text, "
                + "stores it in TDB2 and serves it with SPARQL.")
public final class Kg {

    /**
     * The subcommands, in the order {@code kg --help} lists them. They are added by {@link #commandLine(String...)}
     * rather than listed in {@code @Command(subcommands)}, which would have picocli build the model of every one
     * (reflection over all their options and the classes those name) before running any.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(IngestCommand.class, LoadCommand.class, PushCommand.class,
            QueryCommand.class, ExportCommand.class, ServeCommand.class, StatsCommand.class, ValidateCommand.class,
            EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The command line for these arguments, with this program's error handling: when the first argument names a
     * subcommand (other than {@code help}), only that one is built, which saves a short command a third of a second
     * of start-up; otherwise (no arguments, top-level options, {@code help}, a mistyped name) all of them, so
     * help, suggestions and errors are those of the full command line.
     */
    public static CommandLine commandLine(String... args) {
        LoggingOptions.quietByDefault();
        CommandLine cli = new CommandLine(new Kg());
        Class<?> only = args.length == 0 ? null : subcommand(args[0]);
        for (Class<?> command : SUBCOMMANDS) {
            if (only == null || command == only) {
                cli.addSubcommand(command);
            }
        }
        cli.setExecutionExceptionHandler(Kg::handle);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kg: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /** The subcommand of this name, except {@code help}; null when there is none. */
    private static Class<?> subcommand(String name) {
        for (Class<?> command : SUBCOMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (command != CommandLine.HelpCommand.class && annotation.name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code;
        if (ex instanceof StoreException) {
            err.println("kg: " + ex.getMessage());
            code = ExitCodes.STORE;
        } else if (ex instanceof ServerException) {
            err.println("kg: " + ex.getMessage());
            code = ExitCodes.SERVER;
        } else if (ex instanceof QuerySyntaxException syntax) {
            err.println("kg: query syntax error at line " + syntax.line() + ", column " + syntax.column() + ": "
                    + syntax.getMessage());
            code = ExitCodes.USAGE;
        } else if (ex instanceof UserInputException) {
            err.println("kg: " + ex.getMessage());
            code = ExitCodes.USAGE;
        } else {
            err.println("kg: internal error: " + ex + " (run with --verbose for details)");
            code = ExitCodes.SOME_FAILED;
        }
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean verbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Provides the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kg " + Version.VERSION};
        }
    }
}
