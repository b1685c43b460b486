package org.conflictkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.conflictkg.export.CsvExporter;
import org.conflictkg.export.ExportFormat;
import org.conflictkg.export.GraphExporter;
import org.conflictkg.rdf.DocumentIris;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg export}: writes the document graphs as RDF or the events and entities as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the document graphs: Turtle or JSON-LD of their union, TriG or N-Quads with one "
                + "named graph per document, or CSV tables of events and entities.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, trig, nq, jsonld, events-csv or entities-csv (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--doc", paramLabel = "ID", description = "Only the document with this identifier.")
    private String doc;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: stdout).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown --format '" + format
                    + "' (use ttl, trig, nq, jsonld, events-csv or entities-csv)");
        }
        try (Tdb2Store store = Tdb2Store.openExisting(storeOptions.store())) {
            List<Node> graphs = store.documentGraphs();
            if (doc != null) {
                Node graph = DocumentIris.document(doc);
                if (!graphs.contains(graph)) {
                    throw new UserInputException("no document with id '" + doc + "' in " + store.directory());
                }
                graphs = List.of(graph);
            }
            List<Node> selected = graphs;
            if (output == null) {
                CommandOutput.write(spec.commandLine().getOut(), stream -> export(store, selected, exportFormat,
                        stream));
            } else {
                Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
                try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                    export(store, selected, exportFormat, stream);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getErr().println("Wrote " + output + " (" + Files.size(output) + " bytes, "
                        + selected.size() + " documents)");
            }
        }
        return ExitCodes.OK;
    }

    private static void export(Tdb2Store store, List<Node> graphs, ExportFormat format, OutputStream out) {
        switch (format) {
            case EVENTS_CSV -> CsvExporter.events(store.dataset(), graphs, out);
            case ENTITIES_CSV -> CsvExporter.entities(store.dataset(), graphs, out);
            default -> GraphExporter.write(store.dataset(), graphs, format, out);
        }
    }
}
