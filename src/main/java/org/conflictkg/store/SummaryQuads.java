package org.conflictkg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads the summary graph is computed from and written to ({@link StoreSummary}, {@link DateIndex}): the store
 * itself, or a copy in memory of what a load into an empty store wrote ({@link LoadedQuads}).
 */
interface SummaryQuads {

    /** The quads that match the pattern ({@link Node#ANY} matches any node). */
    Iterator<Quad> find(Node g, Node s, Node p, Node o);

    /** Whether a quad matches the pattern. */
    default boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    /** Adds a quad. */
    void add(Node g, Node s, Node p, Node o);

    /** Deletes a quad. */
    void delete(Quad quad);

    /** Deletes the quads that match the pattern. */
    void deleteAny(Node g, Node s, Node p, Node o);

    /** The quads of this dataset, read and written there. */
    static SummaryQuads of(DatasetGraph dsg) {
        return new Stored(dsg);
    }

    /** The quads of a dataset. */
    record Stored(DatasetGraph dsg) implements SummaryQuads {

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return dsg.find(g, s, p, o);
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return dsg.contains(g, s, p, o);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            dsg.add(g, s, p, o);
        }

        @Override
        public void delete(Quad quad) {
            dsg.delete(quad);
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            dsg.deleteAny(g, s, p, o);
        }
    }
}
