package org.conflictkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.ARQException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/** Runs SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) over a dataset and writes their results. */
public final class QueryRunner {

    private QueryRunner() {
    }

    /** Parses a query, or throws a {@link QuerySyntaxException} with the line and column of the problem. */
    public static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
            int newline = message.indexOf('\n');
            return throwSyntax(newline < 0 ? message : message.substring(0, newline), e);
        }
    }

    private static Query throwSyntax(String message, QueryParseException e) {
        throw new QuerySyntaxException(message, e.getLine(), e.getColumn(), e);
    }

    /**
     * The query text with these variables bound, never by pasting text: a value written {@code <...>} is an IRI
     * (checked), any other value a string literal (escaped), so a value cannot change the query's structure. A
     * variable whose default the query declares in a line {@code VALUES ?name { ... }} gets the value in that line
     * instead (so it stays a variable of the results); any other is replaced by Jena's
     * {@link ParameterizedSparqlString}. The names must be variables of the query.
     */
    public static String bind(String text, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return text;
        }
        Query parsed = parse(text);
        String bound = text;
        Map<String, Node> substituted = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey().startsWith("?") ? parameter.getKey().substring(1) : parameter.getKey();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || !parsed.toString().contains("?" + name)) {
                throw new IllegalArgumentException("the query has no variable ?" + name + " to bind");
            }
            Node value = term(name, parameter.getValue());
            Matcher defaults = Pattern.compile("(?i)\\bVALUES\\s+[?$]" + name + "\\s*\\{[^{}]*\\}").matcher(bound);
            if (defaults.find()) {
                bound = bound.substring(0, defaults.start()) + "VALUES ?" + name + " { "
                        + FmtUtils.stringForNode(value) + " }" + bound.substring(defaults.end());
            } else {
                substituted.put(name, value);
            }
        }
        if (substituted.isEmpty()) {
            parse(bound);
            return bound;
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(bound);
        substituted.forEach(pss::setParam);
        try {
            return pss.toString();
        } catch (ARQException e) {
            throw new IllegalArgumentException("a parameter cannot be bound safely (" + e.getMessage() + ")", e);
        }
    }

    private static Node term(String name, String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            if (!iri.matches("[^\\s<>\"{}|^`\\\\]+") || !iri.contains(":")) {
                throw new IllegalArgumentException("?" + name + ": '" + value + "' is not an absolute IRI");
            }
            return NodeFactory.createURI(iri);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** Runs a query over the dataset (its default graph is the union of the stored graphs) and writes the result. */
    public static void run(Dataset dataset, String text, QueryFormat format, OutputStream out) {
        run(dataset, text, format, TextTable.UNLIMITED, out);
    }

    /**
     * Runs a query and writes the result; a SELECT table is fitted to {@code tableWidth} characters (cells cut with
     * "…"), or whole with {@link TextTable#UNLIMITED}. Other formats are always complete.
     */
    public static void run(Dataset dataset, String text, QueryFormat format, int tableWidth, OutputStream out) {
        Query query = parse(text);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
                if (query.isSelectType()) {
                    ResultSet results = exec.execSelect();
                    switch (format) {
                        case TABLE -> TextTable.write(print, results, query.getPrologue().getPrefixMapping(), tableWidth);
                        case CSV -> ResultSetFormatter.outputAsCSV(print, results);
                        case TSV -> ResultSetFormatter.outputAsTSV(print, results);
                        case JSON -> ResultSetFormatter.outputAsJSON(print, results);
                        default -> throw new IllegalArgumentException("unknown format " + format);
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    switch (format) {
                        case JSON -> ResultSetFormatter.outputAsJSON(print, answer);
                        case CSV -> ResultSetFormatter.outputAsCSV(print, answer);
                        case TSV -> ResultSetFormatter.outputAsTSV(print, answer);
                        default -> print.println(answer ? "yes" : "no");
                    }
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    query.getPrologue().getPrefixMapping().getNsPrefixMap().forEach(model::setNsPrefix);
                    switch (format) {
                        case JSON -> RDFDataMgr.write(print, model, RDFFormat.JSONLD11_PRETTY);
                        case CSV, TSV -> RDFDataMgr.write(print, model, Lang.NTRIPLES);
                        default -> RDFDataMgr.write(print, model, RDFFormat.TURTLE_PRETTY);
                    }
                }
                print.flush();
            }
        });
    }
}
