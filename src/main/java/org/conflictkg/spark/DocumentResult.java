package org.conflictkg.spark;

import java.io.Serializable;

/**
 * What became of one document (or one input that gave no document) in the Spark job: one row of the results table,
 * with the document's graph as N-Quads when it was added.
 *
 * @param id the document id ({@code kg ingest}'s), empty when the input gave no document
 * @param graph the document graph's IRI, empty when the input gave no document
 * @param origin where the document was read from (the file, and ":line" for JSON lines)
 * @param status {@code added} or {@code failed}
 * @param reason why it failed, empty when added
 * @param warnings what the reader should know about an added document, "; "-separated
 * @param sentences sentences annotated
 * @param tokens tokens annotated
 * @param entities entities found
 * @param events events found
 * @param quads quads of its graph
 * @param order where the input comes in the order {@code kg ingest} reads it (input, path, item)
 * @param nquads the graph as N-Quads, empty when the document failed
 */
public record DocumentResult(String id, String graph, String origin, String status, String reason, String warnings,
        long sentences, long tokens, long entities, long events, long quads, String order, String nquads)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The status of a document whose graph was made. */
    public static final String ADDED = "added";
    /** The status of an input that gave no graph. */
    public static final String FAILED = "failed";

    /** A failure of an input, with its reason. */
    public static DocumentResult failed(String id, String graph, String origin, String reason, String order) {
        return new DocumentResult(id, graph, origin, FAILED, reason, "", 0, 0, 0, 0, 0, order, "");
    }

    /** Whether the document's graph was made. */
    public boolean added() {
        return ADDED.equals(status);
    }

    /** The same document, failed for this reason (its graph dropped). */
    public DocumentResult failedBecause(String why) {
        return new DocumentResult(id, graph, origin, FAILED, why, warnings, 0, 0, 0, 0, 0, order, "");
    }
}
