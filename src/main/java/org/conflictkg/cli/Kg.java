package org.conflictkg.cli;

import java.io.PrintWriter;
import org.conflictkg.Version;
import org.conflictkg.query.QuerySyntaxException;
import org.conflictkg.server.ServerException;
import org.conflictkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: builds a knowledge graph of conflict events from text and serves it. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Kg.VersionProvider.class,
        description = "Builds a knowledge graph of armed groups, authorities, places and events from text, "
                + "stores it in TDB2 and serves it with SPARQL.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
            StatsCommand.class, ValidateCommand.class, EvalCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Kg {

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with this program's error handling, for main and for tests. */
    public static CommandLine commandLine() {
        LoggingOptions.quietByDefault();
        CommandLine cli = new CommandLine(new Kg());
        cli.setExecutionExceptionHandler(Kg::handle);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kg: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cli;
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
