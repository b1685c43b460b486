package org.conflictkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The result of running the {@code kg} command line in this JVM, as a user would, with its output captured.
 *
 * @param exitCode the exit code
 * @param out what the command printed on standard output
 * @param err what the command printed on standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code kg} with these arguments. */
    public static CliRun kg(String... args) {
        CommandLine cli = Kg.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
