package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictkg.quads.Push;
import org.conflictkg.server.GraphStoreClient;
import org.conflictkg.server.PasswordFile;
import org.conflictkg.store.QuadsFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg push}: sends the graphs of N-Quads files to a remote store by the SPARQL Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Send the document graphs of N-Quads files (.nq, .nq.gz; directories are read recursively) "
                + "to a remote store by the SPARQL 1.1 Graph Store Protocol: a 'kg serve --update' or any store "
                + "that speaks it. Each graph replaces the remote graph of the same name.")
final class PushCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--server", required = true, paramLabel = "URL",
            description = "The server (http://host:3030/), its dataset (.../kg) or its Graph Store endpoint "
                    + "(.../kg/data).")
    private URI server;

    @Option(names = "--passwd", required = true, paramLabel = "FILE",
            description = "The user to send as: the first 'user: password' line of this file.")
    private Path passwd;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write one line per graph (file, graph, quads, sent or failed, attempts, problem) as "
                    + "tab-separated values to this file.")
    private Path report;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "N-Quads files or directories of them.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GraphStoreClient client;
        try {
            client = new GraphStoreClient(server, PasswordFile.firstUser(passwd), Duration.ofSeconds(2));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Push.Report result;
        try (Writer lines = report == null ? Writer.nullWriter()
                : Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            lines.write("file\tgraph\tquads\tstatus\tattempts\tproblem\n");
            result = Push.run(client, paths, outcome -> {
                if (!outcome.sent()) {
                    err.println("kg: " + outcome.file() + ": graph <" + outcome.graph() + ">: " + outcome.problem());
                    err.flush();
                }
                try {
                    lines.write(outcome.file() + "\t" + outcome.graph() + "\t" + outcome.quads() + "\t"
                            + (outcome.sent() ? "sent" : "failed") + "\t" + outcome.attempts() + "\t"
                            + (outcome.problem() == null ? "" : outcome.problem().replaceAll("\\s+", " ")) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        } catch (QuadsFileException e) {
            throw new UserInputException(e.getMessage() + " (the graphs read before it were sent)");
        }
        out.printf(Locale.ROOT, "Pushed to %s in %.1f s%n", client.endpoint(), result.seconds());
        out.printf(Locale.ROOT, "  %,d files, %,d graphs sent (%,d after a retry), %,d failed, %,d quads%n",
                result.files(), result.graphs(), result.retried(), result.failed(), result.quads());
        out.flush();
        return result.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
