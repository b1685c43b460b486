package org.conflictkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The SPARQL queries of the web application's pages ({@code app/sparql/NAME.rq}), filled as the pages fill them:
 * each {@code {{key}}} replaced by a SPARQL term. The pages fetch the same files, so what is measured or tested here
 * is what a browser sends.
 */
public final class AppQueries {

    private AppQueries() {
    }

    /** The text of one page query, if there is one by that name. */
    public static Optional<String> text(String name) {
        try (InputStream in = AppQueries.class.getClassLoader()
                .getResourceAsStream(SparqlServer.APP_FILES + "sparql/" + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page query " + name, e);
        }
    }

    /** The page query with each {{key}} replaced by its SPARQL term (the caller checks the terms). */
    public static String fill(String name, Map<String, String> terms) {
        String text = text(name).orElseThrow(() -> new IllegalArgumentException("no page query '" + name + "'"));
        for (Map.Entry<String, String> term : terms.entrySet()) {
            text = text.replace("{{" + term.getKey() + "}}", term.getValue());
        }
        if (text.contains("{{")) {
            throw new IllegalArgumentException("page query " + name + " has unfilled terms: " + terms.keySet());
        }
        return text;
    }
}
