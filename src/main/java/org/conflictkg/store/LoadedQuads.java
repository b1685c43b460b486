package org.conflictkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * For a load into a store that held nothing: a copy in memory of the quads the load writes that the summary reads
 * ({@link StoreSummary#reads}), so that the summary and date index are computed from memory instead of from the
 * store's indexes; the summary's own writes go to both. Each quad is kept as TDB2 gives it back (a literal that
 * TDB2 stores by its value, such as {@code "07"^^xsd:integer}, in its canonical form), once, so that what the
 * summary reads here is what it would read from the store.
 */
final class LoadedQuads implements SummaryQuads {

    private final DatasetGraph store;
    /** The quads, each once. */
    private final Set<Quad> quads = new HashSet<>();
    /** Subject, then graph, to the quads. */
    private final Map<Node, Map<Node, List<Quad>>> bySubject = new HashMap<>();
    /** Object to the quads. */
    private final Map<Node, List<Quad>> byObject = new HashMap<>();

    /** A copy for a load into this store, which holds nothing yet. */
    LoadedQuads(DatasetGraph store) {
        this.store = store;
    }

    /** Copies a quad the load writes to the store, when the summary reads quads like it. */
    void record(Quad quad) {
        if (StoreSummary.reads(quad)) {
            put(canonical(quad));
        }
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        Node object = canonical(o);
        if (concrete(g) && concrete(s) && concrete(p) && concrete(object)) {
            Quad quad = Quad.create(g, s, p, object);
            return quads.contains(quad) ? List.of(quad).iterator() : Collections.emptyIterator();
        }
        List<Quad> found = new ArrayList<>();
        if (concrete(s)) {
            Map<Node, List<Quad>> graphs = bySubject.getOrDefault(s, Map.of());
            if (concrete(g)) {
                select(graphs.getOrDefault(g, List.of()), g, s, p, object, found);
            } else {
                graphs.values().forEach(inGraph -> select(inGraph, g, s, p, object, found));
            }
        } else if (concrete(object)) {
            select(byObject.getOrDefault(object, List.of()), g, s, p, object, found);
        } else {
            select(quads, g, s, p, object, found);
        }
        return found.iterator();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        store.add(g, s, p, o);
        put(canonical(Quad.create(g, s, p, o)));
    }

    @Override
    public void delete(Quad quad) {
        store.delete(quad);
        remove(canonical(quad));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        store.deleteAny(g, s, p, o);
        find(g, s, p, o).forEachRemaining(this::remove);
    }

    private void put(Quad quad) {
        if (quads.add(quad)) {
            bySubject.computeIfAbsent(quad.getSubject(), k -> new HashMap<>(4))
                    .computeIfAbsent(quad.getGraph(), k -> new ArrayList<>(4)).add(quad);
            byObject.computeIfAbsent(quad.getObject(), k -> new ArrayList<>(2)).add(quad);
        }
    }

    private void remove(Quad quad) {
        if (!quads.remove(quad)) {
            return;
        }
        Map<Node, List<Quad>> graphs = bySubject.get(quad.getSubject());
        List<Quad> inGraph = graphs.get(quad.getGraph());
        inGraph.remove(quad);
        if (inGraph.isEmpty()) {
            graphs.remove(quad.getGraph());
        }
        if (graphs.isEmpty()) {
            bySubject.remove(quad.getSubject());
        }
        List<Quad> withObject = byObject.get(quad.getObject());
        withObject.remove(quad);
        if (withObject.isEmpty()) {
            byObject.remove(quad.getObject());
        }
    }

    private static void select(Collection<Quad> candidates, Node g, Node s, Node p, Node o, List<Quad> found) {
        for (Quad quad : candidates) {
            if (matches(g, quad.getGraph()) && matches(s, quad.getSubject()) && matches(p, quad.getPredicate())
                    && matches(o, quad.getObject())) {
                found.add(quad);
            }
        }
    }

    private static boolean concrete(Node pattern) {
        return pattern != null && pattern != Node.ANY;
    }

    private static boolean matches(Node pattern, Node node) {
        return !concrete(pattern) || pattern.equals(node);
    }

    private static Quad canonical(Quad quad) {
        Node object = canonical(quad.getObject());
        return object == quad.getObject() ? quad
                : Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), object);
    }

    /** The node as TDB2 gives it back: a literal it stores by value in its canonical form, any other as it is. */
    private static Node canonical(Node node) {
        if (node == null || !node.isLiteral()) {
            return node;
        }
        NodeId id = NodeIdInline.inline(node);
        return id == null ? node : NodeIdInline.extract(id);
    }
}
