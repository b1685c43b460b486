package org.conflictkg.store;

import java.util.ArrayList;
import java.util.Collection;
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
    /** Subject, then graph, then predicate, to the quads. */
    private final Map<Node, Map<Node, Map<Node, Set<Quad>>>> bySubject = new HashMap<>();
    /** Object, then predicate, to the quads. */
    private final Map<Node, Map<Node, Set<Quad>>> byObject = new HashMap<>();

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
        List<Quad> found = new ArrayList<>();
        if (concrete(s)) {
            for (Map<Node, Set<Quad>> byPredicate : matching(bySubject.get(s), g)) {
                for (Set<Quad> quads : matching(byPredicate, p)) {
                    select(quads, g, s, p, object, found);
                }
            }
        } else if (concrete(object)) {
            for (Set<Quad> quads : matching(byObject.get(object), p)) {
                select(quads, g, s, p, object, found);
            }
        } else {
            for (Map<Node, Map<Node, Set<Quad>>> graphs : bySubject.values()) {
                for (Map<Node, Set<Quad>> byPredicate : matching(graphs, g)) {
                    for (Set<Quad> quads : matching(byPredicate, p)) {
                        select(quads, g, s, p, object, found);
                    }
                }
            }
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
        boolean added = bySubject.computeIfAbsent(quad.getSubject(), k -> new HashMap<>())
                .computeIfAbsent(quad.getGraph(), k -> new HashMap<>())
                .computeIfAbsent(quad.getPredicate(), k -> new HashSet<>()).add(quad);
        if (added) {
            byObject.computeIfAbsent(quad.getObject(), k -> new HashMap<>())
                    .computeIfAbsent(quad.getPredicate(), k -> new HashSet<>()).add(quad);
        }
    }

    private void remove(Quad quad) {
        Map<Node, Map<Node, Set<Quad>>> graphs = bySubject.get(quad.getSubject());
        Map<Node, Set<Quad>> byPredicate = graphs == null ? null : graphs.get(quad.getGraph());
        if (byPredicate == null || !removeFrom(byPredicate, quad)) {
            return;
        }
        if (byPredicate.isEmpty()) {
            graphs.remove(quad.getGraph());
        }
        if (graphs.isEmpty()) {
            bySubject.remove(quad.getSubject());
        }
        Map<Node, Set<Quad>> withObject = byObject.get(quad.getObject());
        removeFrom(withObject, quad);
        if (withObject.isEmpty()) {
            byObject.remove(quad.getObject());
        }
    }

    /** Removes the quad from the set of its predicate, and that set when it is left empty. */
    private static boolean removeFrom(Map<Node, Set<Quad>> byPredicate, Quad quad) {
        Set<Quad> quads = byPredicate.get(quad.getPredicate());
        if (quads == null || !quads.remove(quad)) {
            return false;
        }
        if (quads.isEmpty()) {
            byPredicate.remove(quad.getPredicate());
        }
        return true;
    }

    /** The values of the map under the key, or all its values when the key is a wildcard. */
    private static <V> Collection<V> matching(Map<Node, V> map, Node key) {
        if (map == null) {
            return List.of();
        }
        if (!concrete(key)) {
            return map.values();
        }
        V value = map.get(key);
        return value == null ? List.of() : List.of(value);
    }

    private static void select(Set<Quad> quads, Node g, Node s, Node p, Node o, List<Quad> found) {
        for (Quad quad : quads) {
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
