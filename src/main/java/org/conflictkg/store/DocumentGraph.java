package org.conflictkg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The complete graph of one document, ready to replace whatever the store holds under its name.
 *
 * @param name the graph name (the document IRI)
 * @param quads its quads, all in that graph
 */
public record DocumentGraph(Node name, List<Quad> quads) {

    public DocumentGraph {
        quads = List.copyOf(quads);
    }
}
