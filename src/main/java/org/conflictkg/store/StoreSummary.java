package org.conflictkg.store;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * The summary graph ({@link CKG#SUMMARY_GRAPH}): counts over all the other graphs that the named queries read
 * instead of visiting every mention or event of the store. It is kept up to date inside the write transaction that
 * changes a graph: the entities, places and perpetrator groups the old and the new content bear on are collected,
 * and the summary of each of them is computed again from the whole store. Each summary is therefore a function of
 * the graphs alone (the same graphs give the same summary triples, whatever the order they were written in, and a
 * rebuild gives the same triples), and a crash leaves it as consistent as the graphs.
 *
 * <ul>
 * <li>{@code ckg:EntitySummary}, one per entity with a {@code skos:prefLabel}, a class of {@link #ENTITY_CLASSES} or
 * a {@code ckg:country} in any graph: those labels ({@code ckg:summaryLabel}), classes ({@code ckg:summaryType}) and
 * countries ({@code ckg:summaryCountry}), each once. Every document graph restates them for the entities it names,
 * so a lookup in the union graph visits one copy per document; here there is one.</li>
 * <li>{@code ckg:MentionSummary}, one per entity and class of {@link #ACTOR_CLASSES}: in how many graphs the entity
 * is typed with that class and has mentions ({@code ckg:documentCount}), and how many mentions it has there
 * ({@code ckg:mentionCount}).</li>
 * <li>{@code ckg:DocumentSummary}, one per document graph: the number of its events ({@code ckg:eventCount}) and
 * of its entities with mentions ({@code ckg:entityCount}).</li>
 * <li>{@code ckg:PlaceSummary}, one per place of an event ({@code sem:hasPlace}): the number of events there
 * ({@code ckg:eventCount}) and their types ({@code ckg:summaryEventType}).</li>
 * <li>{@code ckg:PerpetratorSummary}, one per perpetrator and event type: the number of its events of that type
 * ({@code ckg:eventCount}) and the sums of their {@code ckg:killed} and {@code ckg:wounded} figures
 * ({@code ckg:killedTotal}, {@code ckg:woundedTotal}), each only when every one of those events gives it (as a
 * SPARQL SUM over events some of which give no figure has no value).</li>
 * </ul>
 */
final class StoreSummary {

    /** The version of the summary's shape; a store whose summary has another version gets it rebuilt on opening. */
    static final String VERSION = "5";
    /** The classes the mention summaries count. */
    static final Set<Node> ACTOR_CLASSES = Set.of(CKG.ArmedGroup, CKG.StateAuthority, CKG.MediaOutlet,
            CKG.Organization, CKG.Person);

    /** The classes the entity summaries record. */
    static final Set<Node> ENTITY_CLASSES = Set.of(CKG.ArmedGroup, CKG.StateAuthority, CKG.MediaOutlet,
            CKG.Organization, CKG.Person, CKG.Place, CKG.Country, CKG.City, CKG.Site);

    private static final Node GRAPH = CKG.SUMMARY_GRAPH;
    private static final Node VERSION_LITERAL = NodeFactory.createLiteralString(VERSION);
    private static final String BASE = CKG.ID + "summary/";
    private static final Node SKOS_PREF_LABEL = Vocab.skosPrefLabel;
    /** The classes whose typing statements the summaries read. */
    private static final Set<Node> TYPES_READ;
    /** The properties whose statements the summaries and the date index read. */
    private static final Set<Node> PROPERTIES_READ;

    static {
        Set<Node> types = new HashSet<>(ENTITY_CLASSES);
        types.add(CKG.Event);
        types.add(CKG.Document);
        TYPES_READ = Set.copyOf(types);
        Set<Node> properties = new HashSet<>(List.of(SKOS_PREF_LABEL, CKG.country, Vocab.gafDenotedBy,
                Vocab.semHasPlace, Vocab.semEventType, CKG.perpetrator, CKG.killed, CKG.wounded, Vocab.dctIssued));
        properties.addAll(DateIndex.BEARING);
        PROPERTIES_READ = Set.copyOf(properties);
    }

    private StoreSummary() {
    }

    /** The entities, places and perpetrators whose summaries a change bears on. */
    static final class Keys {
        private final Set<Node> described = new HashSet<>();
        private final Set<Node> entities = new HashSet<>();
        private final Set<Node> places = new HashSet<>();
        private final Set<Node> perpetrators = new HashSet<>();
        private final Set<Node> indexed = new HashSet<>();
        private final Set<Node> documents = new HashSet<>();
        private final Map<Node, DocumentTally> loaded = new HashMap<>();
        private DocumentTally last;

        /** Adds the keys this quad bears on. */
        void add(Quad quad) {
            Node p = quad.getPredicate();
            if (p.equals(RDF.type.asNode()) && ENTITY_CLASSES.contains(quad.getObject())) {
                described.add(quad.getSubject());
                if (ACTOR_CLASSES.contains(quad.getObject())) {
                    entities.add(quad.getSubject());
                }
            } else if (p.equals(SKOS_PREF_LABEL) || p.equals(CKG.country)) {
                described.add(quad.getSubject());
            } else if (p.equals(Vocab.semHasPlace)) {
                places.add(quad.getObject());
            } else if (p.equals(CKG.perpetrator)) {
                perpetrators.add(quad.getObject());
            }
            if (DateIndex.BEARING.contains(p)) {
                indexed.add(quad.getSubject());
            }
        }

        /** Adds a graph whose content changes (its document summary and its place in the date index). */
        void addGraph(Node graph) {
            documents.add(graph);
        }

        /**
         * Adds a graph just emptied whose whole new content will pass through {@link #addLoaded}: its document
         * summary is then counted from those quads instead of read back from the store.
         */
        void addLoadedGraph(Node graph) {
            documents.add(graph);
            loaded.put(graph, new DocumentTally(graph));
            last = null;
        }

        /** Adds the keys of a quad of a graph given to {@link #addLoadedGraph}, and counts it for that graph. */
        void addLoaded(Quad quad) {
            add(quad);
            Node p = quad.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(Vocab.gafDenotedBy)) {
                Node graph = quad.getGraph();
                if (last == null || !last.graph.equals(graph)) {
                    last = loaded.get(graph);
                }
                last.add(quad);
            }
        }

        /** Adds the keys the content this graph holds in the store bears on. */
        void addStored(DatasetGraph dsg, Node graph) {
            documents.add(graph);
            for (Node cls : ENTITY_CLASSES) {
                dsg.find(graph, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(this::add);
            }
            Set<Node> properties = new LinkedHashSet<>(List.of(SKOS_PREF_LABEL, CKG.country, Vocab.semHasPlace));
            properties.addAll(DateIndex.BEARING);
            for (Node p : properties) {
                dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(this::add);
            }
        }

        /** Adds the keys of these quads. */
        void addAll(Iterable<Quad> quads) {
            quads.forEach(this::add);
        }
    }

    /** What the summary of one document graph counts, tallied from all the quads of the graph as they are stored. */
    private static final class DocumentTally {
        private final Node graph;
        private final Set<Node> events = new HashSet<>();
        private final Set<Node> typed = new HashSet<>();
        private final Set<Node> denoted = new HashSet<>();
        private boolean document;

        DocumentTally(Node graph) {
            this.graph = graph;
        }

        /** Counts a quad of the graph: a typing statement or a mention. */
        void add(Quad quad) {
            Node subject = quad.getSubject();
            if (quad.getPredicate().equals(Vocab.gafDenotedBy)) {
                denoted.add(subject);
                return;
            }
            Node type = quad.getObject();
            if (type.equals(CKG.Event)) {
                events.add(subject);
            } else if (ENTITY_CLASSES.contains(type)) {
                typed.add(subject);
            }
            document |= type.equals(CKG.Document) && subject.equals(graph);
        }

        /** The number of typed entities with mentions. */
        long entities() {
            return typed.stream().filter(denoted::contains).count();
        }
    }

    /** Whether the store's summary is there and of this version. */
    static boolean current(DatasetGraph dsg) {
        return current(SummaryQuads.of(dsg));
    }

    private static boolean current(SummaryQuads dsg) {
        return dsg.contains(GRAPH, GRAPH, CKG.summaryVersion, VERSION_LITERAL);
    }

    /**
     * Whether computing a summary reads quads like this one (besides those of the summary graph): the typing
     * statements of the classes it counts and the statements of the properties it reads. A copy of these quads
     * ({@link LoadedQuads}) gives the same summary as the store.
     */
    static boolean reads(Quad quad) {
        Node p = quad.getPredicate();
        if (p.equals(RDF.type.asNode())) {
            return TYPES_READ.contains(quad.getObject());
        }
        return PROPERTIES_READ.contains(p);
    }

    /** Computes the summaries of these keys again from the store; inside a write transaction. */
    static void update(DatasetGraph dsg, Keys keys) {
        update(SummaryQuads.of(dsg), keys);
    }

    /** Computes the summaries of these keys again from these quads, writing them there; inside a write transaction. */
    static void update(SummaryQuads dsg, Keys keys) {
        keys.described.stream().filter(Node::isURI).sorted(StoreSummary::compare)
                .forEach(e -> updateDescription(dsg, e));
        keys.entities.stream().filter(Node::isURI).sorted(StoreSummary::compare)
                .forEach(e -> updateEntity(dsg, e));
        keys.places.stream().filter(Node::isURI).sorted(StoreSummary::compare).forEach(p -> updatePlace(dsg, p));
        keys.perpetrators.stream().filter(Node::isURI).sorted(StoreSummary::compare)
                .forEach(g -> updatePerpetrator(dsg, g));
        keys.documents.stream().filter(Node::isURI).sorted(StoreSummary::compare)
                .forEach(d -> updateDocument(dsg, d, keys.loaded.get(d)));
        DateIndex.update(dsg, keys.indexed);
        DateIndex.updateDocuments(dsg, keys.documents);
        if (!current(dsg)) {
            dsg.deleteAny(GRAPH, GRAPH, CKG.summaryVersion, Node.ANY);
            dsg.add(GRAPH, GRAPH, CKG.summaryVersion, VERSION_LITERAL);
        }
    }

    /** Builds the whole summary again from the store; inside a write transaction. */
    static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        Keys keys = new Keys();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node graph : graphs) {
            if (!graph.equals(GRAPH)) {
                keys.addStored(dsg, graph);
            }
        }
        update(dsg, keys);
    }

    private static int compare(Node a, Node b) {
        return a.getURI().compareTo(b.getURI());
    }

    private static void updateDescription(SummaryQuads dsg, Node entity) {
        remove(dsg, entity, CKG.EntitySummary);
        Set<Node> labels = objects(dsg, entity, SKOS_PREF_LABEL, null);
        Set<Node> types = objects(dsg, entity, RDF.type.asNode(), ENTITY_CLASSES);
        Set<Node> countries = objects(dsg, entity, CKG.country, null);
        if (labels.isEmpty() && types.isEmpty() && countries.isEmpty()) {
            return;
        }
        Node node = node("entity", entity, null);
        add(dsg, node, RDF.type.asNode(), CKG.EntitySummary);
        add(dsg, node, CKG.summaryOf, entity);
        labels.forEach(l -> add(dsg, node, CKG.summaryLabel, l));
        types.forEach(t -> add(dsg, node, CKG.summaryType, t));
        countries.forEach(c -> add(dsg, node, CKG.summaryCountry, c));
    }

    /** The distinct objects of this subject and property in all graphs but the summary, among these when given. */
    private static Set<Node> objects(SummaryQuads dsg, Node subject, Node property, Set<Node> among) {
        Set<Node> objects = new LinkedHashSet<>();
        dsg.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(GRAPH) && (among == null || among.contains(q.getObject()))) {
                objects.add(q.getObject());
            }
        });
        return objects;
    }

    /**
     * The number of events and of entities with mentions in a document's graph, as the documents query counts:
     * from its tally when it has one, else from the store.
     */
    private static void updateDocument(SummaryQuads dsg, Node graph, DocumentTally tally) {
        remove(dsg, graph, CKG.DocumentSummary);
        if (tally != null) {
            if (tally.document) {
                addDocument(dsg, graph, tally.events.size(), tally.entities());
            }
            return;
        }
        if (graph.equals(GRAPH) || !dsg.contains(graph, graph, RDF.type.asNode(), CKG.Document)) {
            return;
        }
        // One scan of the graph's typing statements, for its events and its entities.
        Set<Node> events = new HashSet<>();
        Set<Node> typed = new HashSet<>();
        dsg.find(graph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().equals(CKG.Event)) {
                events.add(q.getSubject());
            } else if (ENTITY_CLASSES.contains(q.getObject())) {
                typed.add(q.getSubject());
            }
        });
        Set<Node> entities = new HashSet<>();
        for (Node subject : typed) {
            if (dsg.find(graph, subject, Vocab.gafDenotedBy, Node.ANY).hasNext()) {
                entities.add(subject);
            }
        }
        addDocument(dsg, graph, events.size(), entities.size());
    }

    private static void addDocument(SummaryQuads dsg, Node graph, long events, long entities) {
        Node node = node("document", graph, null);
        add(dsg, node, RDF.type.asNode(), CKG.DocumentSummary);
        add(dsg, node, CKG.summaryOf, graph);
        add(dsg, node, CKG.eventCount, integer(BigInteger.valueOf(events)));
        add(dsg, node, CKG.entityCount, integer(BigInteger.valueOf(entities)));
    }

    private static void updateEntity(SummaryQuads dsg, Node entity) {
        remove(dsg, entity, CKG.MentionSummary);
        Map<Node, long[]> byClass = new TreeMap<>(StoreSummary::compare);
        for (Quad typed : list(dsg.find(Node.ANY, entity, RDF.type.asNode(), Node.ANY))) {
            if (typed.getGraph().equals(GRAPH) || !ACTOR_CLASSES.contains(typed.getObject())) {
                continue;
            }
            long mentions = count(dsg.find(typed.getGraph(), entity, Vocab.gafDenotedBy, Node.ANY));
            if (mentions > 0) {
                long[] counts = byClass.computeIfAbsent(typed.getObject(), c -> new long[2]);
                counts[0] += mentions;
                counts[1]++;
            }
        }
        byClass.forEach((cls, counts) -> {
            Node node = node("mentions", entity, cls);
            add(dsg, node, RDF.type.asNode(), CKG.MentionSummary);
            add(dsg, node, CKG.summaryOf, entity);
            add(dsg, node, CKG.summaryClass, cls);
            add(dsg, node, CKG.mentionCount, integer(BigInteger.valueOf(counts[0])));
            add(dsg, node, CKG.documentCount, integer(BigInteger.valueOf(counts[1])));
        });
    }

    private static void updatePlace(SummaryQuads dsg, Node place) {
        remove(dsg, place, CKG.PlaceSummary);
        Set<Node> events = new HashSet<>();
        Set<Node> types = new LinkedHashSet<>();
        for (Quad located : list(dsg.find(Node.ANY, Node.ANY, Vocab.semHasPlace, place))) {
            if (located.getGraph().equals(GRAPH)) {
                continue;
            }
            events.add(located.getSubject());
            dsg.find(located.getGraph(), located.getSubject(), Vocab.semEventType, Node.ANY)
                    .forEachRemaining(q -> types.add(q.getObject()));
        }
        if (events.isEmpty()) {
            return;
        }
        Node node = node("place", place, null);
        add(dsg, node, RDF.type.asNode(), CKG.PlaceSummary);
        add(dsg, node, CKG.summaryOf, place);
        add(dsg, node, CKG.eventCount, integer(BigInteger.valueOf(events.size())));
        types.forEach(t -> add(dsg, node, CKG.summaryEventType, t));
    }

    /** The figures of the events of one type with one perpetrator. */
    private static final class Figures {
        final Set<Node> events = new HashSet<>();
        BigInteger killed = BigInteger.ZERO;
        BigInteger wounded = BigInteger.ZERO;
    }

    private static void updatePerpetrator(SummaryQuads dsg, Node group) {
        remove(dsg, group, CKG.PerpetratorSummary);
        Map<Node, Figures> byType = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Quad done : list(dsg.find(Node.ANY, Node.ANY, CKG.perpetrator, group))) {
            Node graph = done.getGraph();
            Node event = done.getSubject();
            if (graph.equals(GRAPH)) {
                continue;
            }
            BigInteger killed = figure(dsg, graph, event, CKG.killed);
            BigInteger wounded = figure(dsg, graph, event, CKG.wounded);
            for (Quad typed : list(dsg.find(graph, event, Vocab.semEventType, Node.ANY))) {
                Figures figures = byType.computeIfAbsent(typed.getObject(), t -> new Figures());
                if (figures.events.add(event)) {
                    figures.killed = killed == null ? figures.killed : figures.killed.add(killed);
                    figures.wounded = wounded == null ? figures.wounded : figures.wounded.add(wounded);
                }
            }
        }
        byType.forEach((type, figures) -> {
            Node node = node("perpetrator", group, type);
            add(dsg, node, RDF.type.asNode(), CKG.PerpetratorSummary);
            add(dsg, node, CKG.summaryOf, group);
            add(dsg, node, CKG.summaryEventType, type);
            add(dsg, node, CKG.eventCount, integer(BigInteger.valueOf(figures.events.size())));
            add(dsg, node, CKG.killedTotal, integer(figures.killed));
            add(dsg, node, CKG.woundedTotal, integer(figures.wounded));
        });
    }

    /** The event's integer figure (the least when it gives several), or null when it gives none. */
    private static BigInteger figure(SummaryQuads dsg, Node graph, Node event, Node property) {
        BigInteger least = null;
        for (Quad q : list(dsg.find(graph, event, property, Node.ANY))) {
            Node value = q.getObject();
            if (value.isLiteral() && value.getLiteralValue() instanceof Number number) {
                BigInteger n = new BigInteger(number.toString());
                least = least == null || n.compareTo(least) < 0 ? n : least;
            }
        }
        return least;
    }

    /** Removes the summaries of this kind of this key. */
    private static void remove(SummaryQuads dsg, Node key, Node kind) {
        for (Quad q : list(dsg.find(GRAPH, Node.ANY, CKG.summaryOf, key))) {
            if (dsg.contains(GRAPH, q.getSubject(), RDF.type.asNode(), kind)) {
                dsg.deleteAny(GRAPH, q.getSubject(), Node.ANY, Node.ANY);
            }
        }
    }

    /** The IRI of a summary: its kind, its key and, for a summary by class or type, that class or type. */
    static Node node(String kind, Node key, Node by) {
        String iri = BASE + kind + "/" + URLEncoder.encode(key.getURI(), StandardCharsets.UTF_8);
        if (by != null) {
            iri += "/" + URLEncoder.encode(by.getURI(), StandardCharsets.UTF_8);
        }
        return NodeFactory.createURI(iri);
    }

    static void add(SummaryQuads dsg, Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }

    static Node integer(BigInteger n) {
        return NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger);
    }

    static List<Quad> list(Iterator<Quad> quads) {
        List<Quad> result = new ArrayList<>();
        quads.forEachRemaining(result::add);
        return result;
    }

    static long count(Iterator<Quad> quads) {
        long n = 0;
        while (quads.hasNext()) {
            quads.next();
            n++;
        }
        return n;
    }
}
