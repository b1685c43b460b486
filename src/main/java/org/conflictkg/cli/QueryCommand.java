package org.conflictkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.query.QueryFormat;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.TextTable;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg query}: runs a SPARQL query over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE): a file, the name of a query in "
                + "queries/, or the text given with -e. The default graph is the union of all stored graphs.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--wide", description = "With --format table, print whole cells however wide the table is "
            + "(by default the table is fitted to the terminal: $COLUMNS, the terminal's width, or 120).")
    private boolean wide;

    @Option(names = "-e", paramLabel = "SPARQL", description = "The query text.")
    private String text;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind the query variable ?NAME to VALUE: a string literal, or an IRI when written <...>. "
                    + "Bound by Jena's ParameterizedSparqlString, so a value cannot change the query. Repeatable.")
    private Map<String, String> params = new LinkedHashMap<>();

    @Parameters(arity = "0..1", paramLabel = "FILE.rq|NAME", description = "A query file or a named query.")
    private String query;

    @Override
    public Integer call() {
        QueryFormat queryFormat = parseFormat();
        String sparql;
        try {
            sparql = QueryRunner.bind(queryText(), params);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--param: " + e.getMessage());
        }
        try (Tdb2Store store = Tdb2Store.openExisting(storeOptions.store())) {
            CommandOutput.write(spec.commandLine().getOut(),
                    stream -> QueryRunner.run(store.dataset(), sparql, queryFormat,
                            wide ? TextTable.UNLIMITED : TerminalWidth.columns(), stream));
        }
        return ExitCodes.OK;
    }

    private QueryFormat parseFormat() {
        try {
            return QueryFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown --format '" + format + "' (use table, csv, tsv or json)");
        }
    }

    private String queryText() {
        if ((text == null) == (query == null)) {
            throw new UserInputException("give either a query file or name, or -e 'SPARQL', not both or neither");
        }
        if (text != null) {
            return text;
        }
        Path file = Path.of(query);
        if (query.endsWith(".rq") || Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserInputException(query + ": cannot read the query file (" + e.getMessage() + ")");
            }
        }
        NamedQueries named = NamedQueries.standard();
        return named.find(query).orElseThrow(() -> new UserInputException("no query named '" + query
                + "' (available: " + String.join(", ", named.names()) + ")"));
    }
}
