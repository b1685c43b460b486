package org.conflictkg.quads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.conflictkg.store.Tdb2Store;

/** Asserts that two stores hold the same named graphs, each isomorphic to its namesake. */
public final class SameGraphs {

    private SameGraphs() {
    }

    /** The two stores (directories) hold the same graphs, triples the filter drops aside. */
    public static void assertSame(Path expected, Path actual, Predicate<Triple> keep) {
        try (Tdb2Store a = Tdb2Store.open(expected); Tdb2Store b = Tdb2Store.open(actual)) {
            assertSame(a.datasetGraph(), b.datasetGraph(), keep);
        }
    }

    /** The two datasets hold the same graphs, triples the filter drops aside. */
    public static void assertSame(DatasetGraph expected, DatasetGraph actual, Predicate<Triple> keep) {
        assertSame(expected, actual, name -> true, keep);
    }

    /** The two datasets hold the same graphs among those the graph filter keeps, triples the filter drops aside. */
    public static void assertSame(DatasetGraph expected, DatasetGraph actual, Predicate<String> graphs,
            Predicate<Triple> keep) {
        Set<String> names = names(expected);
        names.removeIf(graphs.negate());
        Set<String> actualNames = names(actual);
        actualNames.removeIf(graphs.negate());
        assertEquals(names, actualNames, "graph names");
        for (String name : names) {
            Graph a = copy(expected, name, keep);
            Graph b = copy(actual, name, keep);
            assertEquals(a.size(), b.size(), () -> "size of graph <" + name + ">");
            assertTrue(IsoMatcher.isomorphic(a, b), () -> "graph <" + name + "> differs");
        }
    }

    private static Set<String> names(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    private static Graph copy(DatasetGraph dsg, String name, Predicate<Triple> keep) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            Node graph = org.apache.jena.graph.NodeFactory.createURI(name);
            dsg.getGraph(graph).find().forEachRemaining(t -> {
                if (keep.test(t)) {
                    copy.add(t);
                }
            });
            return copy;
        });
    }
}
