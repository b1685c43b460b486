package org.conflictkg.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * What the store holds, counted as {@code GraphSummary} counts it with SPARQL (documents, sentences, entities with
 * mentions by class, events by type, quads) but over TDB2's node ids, reading the name of a node only for the classes
 * and event types: a load ends with it without starting ARQ's query engine, nor compiling it.
 *
 * @param documents graphs that hold their own {@code ckg:Document}
 * @param sentences {@code nif:Sentence} typings
 * @param entities entities with mentions, once for each class local name they have in the graph of a mention
 * @param events events, once for each event type (its name after the last {@code /}) in the same graph
 * @param quads quads in all named graphs
 */
public record StoreCensus(long documents, long sentences, long entities, long events, long quads) {

    /** The classes the entity count leaves out, as {@code GraphSummary} does. */
    private static final Set<Node> NOT_ENTITIES = Set.of(CKG.Event, Vocab.semEvent, CKG.RoleFact,
            Vocab.orgMembership);

    /** A subject in a graph. */
    private record InGraph(NodeId graph, NodeId subject) {
    }

    /** Counts what this store holds; inside a read (or write) transaction. */
    static StoreCensus of(DatasetGraph dsg) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        Set<NodeId> documents = new HashSet<>();
        find(quads, nodes, type, CKG.Document).forEachRemaining(q -> {
            if (q.get(0).equals(q.get(1))) {
                documents.add(q.get(0));
            }
        });
        long sentences = count(find(quads, nodes, type, Vocab.nifSentence));
        Set<InGraph> mentioned = subjects(find(quads, nodes, nodes.getNodeIdForNode(Vocab.gafDenotedBy), null));
        long entities = distinctByName(find(quads, nodes, type, null), mentioned, nodes,
                c -> NOT_ENTITIES.contains(c) ? null : afterFirst(c, "#"));
        Set<InGraph> events = subjects(find(quads, nodes, type, CKG.Event));
        long eventCount = distinctByName(find(quads, nodes, nodes.getNodeIdForNode(Vocab.semEventType), null),
                events, nodes, StoreCensus::afterLastSlash);
        return new StoreCensus(documents.size(), sentences, entities, eventCount, count(quads.findAll()));
    }

    /** The quads of this property (with this object, when given); none when either is not in the node table. */
    private static Iterator<Tuple<NodeId>> find(NodeTupleTable quads, NodeTable nodes, NodeId property, Node object) {
        NodeId o = object == null ? NodeId.NodeIdAny : nodes.getNodeIdForNode(object);
        if (NodeId.isDoesNotExist(property) || NodeId.isDoesNotExist(o)) {
            return Collections.emptyIterator();
        }
        return quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, property, o);
    }

    private static Set<InGraph> subjects(Iterator<Tuple<NodeId>> found) {
        Set<InGraph> subjects = new HashSet<>();
        found.forEachRemaining(q -> subjects.add(new InGraph(q.get(0), q.get(1))));
        return subjects;
    }

    /**
     * The number of distinct (name, subject) pairs of the statements whose subject is among these in its graph, the
     * name of each object given by the function (null: left out).
     */
    private static long distinctByName(Iterator<Tuple<NodeId>> found, Set<InGraph> among, NodeTable nodes,
            Function<Node, String> name) {
        Map<NodeId, String> names = new HashMap<>();
        Map<String, Set<NodeId>> subjects = new HashMap<>();
        while (found.hasNext()) {
            Tuple<NodeId> q = found.next();
            if (!among.contains(new InGraph(q.get(0), q.get(1)))) {
                continue;
            }
            String key = names.computeIfAbsent(q.get(3), id -> {
                Node node = nodes.getNodeForNodeId(id);
                return node.isBlank() ? null : name.apply(node);
            });
            if (key != null) {
                subjects.computeIfAbsent(key, k -> new HashSet<>()).add(q.get(1));
            }
        }
        return subjects.values().stream().mapToLong(Set::size).sum();
    }

    /** SPARQL's {@code STRAFTER(STR(node), separator)}. */
    private static String afterFirst(Node node, String separator) {
        String s = text(node);
        int at = s.indexOf(separator);
        return at < 0 ? "" : s.substring(at + separator.length());
    }

    /**
     * SPARQL's {@code REPLACE} of what matches {@code ^.*} and a slash in {@code STR(node)} by nothing: the node's
     * text after its last slash, where the regular expression's dot matches all but CR and LF.
     */
    private static String afterLastSlash(Node node) {
        return text(node).replaceFirst("^[^\\n\\r]*/", "");
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
