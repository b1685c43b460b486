package org.conflictkg.query;

/** How query results are written. */
public enum QueryFormat {
    /** An aligned text table (graphs as Turtle). */
    TABLE,
    /** CSV (SPARQL 1.1 CSV results; graphs as N-Triples). */
    CSV,
    /** TSV (SPARQL 1.1 TSV results; graphs as N-Triples). */
    TSV,
    /** SPARQL 1.1 JSON results (graphs as JSON-LD). */
    JSON
}
