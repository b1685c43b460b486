package org.conflictkg.store;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * The date index of the summary graph. The named queries that list "the latest 200" of something sort candidates by
 * their {@code ckg:date}; without an index they visit and sort every candidate of the store. Here each list of
 * candidates ({@link Listing}) is kept in buckets by month (the first seven characters of the lexical form of the
 * candidate's {@code ckg:date}, the latest when it has several; {@code ""} for an undated candidate of a list that
 * takes undated ones, which these queries put last), each bucket with the number of its candidates and the number in
 * it and all later buckets ({@code ckg:eventsFromHere}). A query for the latest N takes the latest month from which
 * on there are at least N candidates and sorts only the candidates from that month on: any candidate of an earlier
 * month has at least N candidates, each at least one row, strictly before it, so it cannot be among the first N rows.
 * A bucket's candidates are exactly those that match the query's own selection, which the query still applies.
 */
final class DateIndex {

    private static final Node GRAPH = CKG.SUMMARY_GRAPH;
    private static final String BASE = CKG.ID + "summary/dates/";
    private static final List<Node> ROLES = List.of(CKG.perpetrator, CKG.target, CKG.victim, CKG.claimant,
            CKG.authority, CKG.suspect, CKG.speaker);

    /** The properties whose statements decide whether and where a subject is indexed. */
    static final Set<Node> BEARING;

    static {
        Set<Node> bearing = new LinkedHashSet<>(List.of(CKG.date, Vocab.semEventType, CKG.modality, CKG.about));
        bearing.addAll(ROLES);
        BEARING = Set.copyOf(bearing);
    }

    /** What a candidate states, over all graphs but the summary. */
    private record Facts(Set<Node> dates, Set<Node> types, Set<Node> modalities, boolean about, boolean actor,
            boolean authority) {
    }

    /** The lists of the index, each for one named query. */
    enum Listing {
        /** {@code timeline}: every dated subject. */
        TIMELINE("timeline", false, f -> true),
        /** {@code events-by-actor}: dated subjects with an actor in one of the project's roles. */
        EVENTS_WITH_ACTOR("events-with-actor", false, Facts::actor),
        /** {@code arrests-by-authority}: arrests, deportations and trials with an authority. */
        ARRESTS("arrests", true, f -> f.authority() && (f.types().contains(evt("arrest"))
                || f.types().contains(evt("deportation")) || f.types().contains(evt("trial")))),
        /** {@code claims-and-blame}: claims of responsibility and accusations. */
        CLAIMS("claims", true, f -> f.types().contains(evt("claim-of-responsibility"))
                || f.types().contains(evt("accusation"))),
        /** {@code claims-and-counterclaims}: statements about an event ({@code ckg:about}). */
        STATEMENTS("statements", true, Facts::about),
        /** {@code foiled-plots}: foiled, planned, attempted and threatened events. */
        PLOTS("plots", true, f -> f.modalities().contains(CKG.term("Foiled"))
                || f.modalities().contains(CKG.term("Planned")) || f.modalities().contains(CKG.term("Attempted"))
                || f.modalities().contains(CKG.term("Threatened")));

        final String name;
        final boolean undated;
        final Predicate<Facts> member;

        Listing(String name, boolean undated, Predicate<Facts> member) {
            this.name = name;
            this.undated = undated;
            this.member = member;
        }
    }

    /** The list of document graphs, for {@code documents}: by their {@code dct:issued}, undated ones last. */
    static final String DOCUMENTS = "documents";

    private DateIndex() {
    }

    private static Node evt(String name) {
        return NodeFactory.createURI(CKG.EVT + name);
    }

    /** Files these subjects again after a change to what they state; inside a write transaction. */
    static void update(SummaryQuads dsg, Set<Node> subjects) {
        Map<String, Set<Node>> dirty = new TreeMap<>();
        List<Node> sorted = subjects.stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        for (Node subject : sorted) {
            unfile(dsg, subject, false, dirty);
            Facts facts = facts(dsg, subject);
            String month = facts.dates().stream().map(Node::getLiteralLexicalForm).max(String::compareTo)
                    .map(d -> d.length() > 7 ? d.substring(0, 7) : d).orElse(null);
            for (Listing listing : Listing.values()) {
                if ((month == null && !listing.undated) || !listing.member.test(facts)) {
                    continue;
                }
                file(dsg, subject, listing.name, month, dirty);
            }
        }
        dirty.forEach((listing, buckets) -> recount(dsg, listing, buckets));
    }

    /**
     * Files these graphs again in the list of documents, after a change to them: a graph that holds its own
     * {@code ckg:Document} is filed by the month of its {@code dct:issued} there (the latest when several).
     */
    static void updateDocuments(SummaryQuads dsg, Set<Node> graphs) {
        Map<String, Set<Node>> dirty = new TreeMap<>();
        List<Node> sorted = graphs.stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        for (Node graph : sorted) {
            unfile(dsg, graph, true, dirty);
            if (graph.equals(GRAPH) || !dsg.contains(graph, graph, RDF.type.asNode(), CKG.Document)) {
                continue;
            }
            String month = StoreSummary.list(dsg.find(graph, graph, Vocab.dctIssued, Node.ANY)).stream()
                    .map(Quad::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .max(String::compareTo).map(d -> d.length() > 7 ? d.substring(0, 7) : d).orElse(null);
            file(dsg, graph, DOCUMENTS, month, dirty);
        }
        dirty.forEach((listing, buckets) -> recount(dsg, listing, buckets));
    }

    /** Takes a subject out of the buckets of the document list, or of every other list. */
    private static void unfile(SummaryQuads dsg, Node subject, boolean documents, Map<String, Set<Node>> dirty) {
        for (Quad filed : StoreSummary.list(dsg.find(GRAPH, Node.ANY, CKG.summaryEvent, subject))) {
            for (Quad listing : StoreSummary.list(dsg.find(GRAPH, filed.getSubject(), CKG.dateIndex, Node.ANY))) {
                String name = listing.getObject().getLiteralLexicalForm();
                if (name.equals(DOCUMENTS) == documents) {
                    dsg.delete(filed);
                    dirty.computeIfAbsent(name, k -> new HashSet<>()).add(filed.getSubject());
                }
            }
        }
    }

    /** Files a subject in the bucket of its month (null: undated) in a list. */
    private static void file(SummaryQuads dsg, Node subject, String listing, String month,
            Map<String, Set<Node>> dirty) {
        String key = month == null ? "" : month;
        Node bucket = NodeFactory.createURI(BASE + listing + "/"
                + (key.isEmpty() ? "undated" : URLEncoder.encode(key, StandardCharsets.UTF_8)));
        if (!dsg.contains(GRAPH, bucket, RDF.type.asNode(), CKG.DateIndexBucket)) {
            StoreSummary.add(dsg, bucket, RDF.type.asNode(), CKG.DateIndexBucket);
            StoreSummary.add(dsg, bucket, CKG.dateIndex, NodeFactory.createLiteralString(listing));
            StoreSummary.add(dsg, bucket, CKG.summaryMonth, NodeFactory.createLiteralString(key));
        }
        StoreSummary.add(dsg, bucket, CKG.summaryEvent, subject);
        dirty.computeIfAbsent(listing, k -> new HashSet<>()).add(bucket);
    }

    /** Counts the changed buckets of a list again, and the running totals of all its buckets. */
    private static void recount(SummaryQuads dsg, String listing, Set<Node> changed) {
        for (Node bucket : changed) {
            long n = StoreSummary.count(dsg.find(GRAPH, bucket, CKG.summaryEvent, Node.ANY));
            if (n == 0) {
                dsg.deleteAny(GRAPH, bucket, Node.ANY, Node.ANY);
            } else {
                set(dsg, bucket, CKG.eventCount, n);
            }
        }
        // The buckets of the list, latest month first, with their counts.
        Map<String, Node> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Quad q : StoreSummary.list(dsg.find(GRAPH, Node.ANY, CKG.dateIndex,
                NodeFactory.createLiteralString(listing)))) {
            for (Quad month : StoreSummary.list(dsg.find(GRAPH, q.getSubject(), CKG.summaryMonth, Node.ANY))) {
                byMonth.put(month.getObject().getLiteralLexicalForm(), q.getSubject());
            }
        }
        long total = 0;
        for (Node bucket : byMonth.values()) {
            List<Quad> counts = StoreSummary.list(dsg.find(GRAPH, bucket, CKG.eventCount, Node.ANY));
            total += counts.isEmpty() ? 0 : Long.parseLong(counts.get(0).getObject().getLiteralLexicalForm());
            set(dsg, bucket, CKG.eventsFromHere, total);
        }
    }

    /** Sets a bucket's count, writing only when it changes. */
    private static void set(SummaryQuads dsg, Node bucket, Node property, long n) {
        Node value = StoreSummary.integer(BigInteger.valueOf(n));
        if (!dsg.contains(GRAPH, bucket, property, value)) {
            dsg.deleteAny(GRAPH, bucket, property, Node.ANY);
            StoreSummary.add(dsg, bucket, property, value);
        }
    }

    private static Facts facts(SummaryQuads dsg, Node subject) {
        Set<Node> dates = new HashSet<>();
        Set<Node> types = new HashSet<>();
        Set<Node> modalities = new HashSet<>();
        boolean about = false;
        boolean actor = false;
        boolean authority = false;
        // One scan of the subject's statements (a subject states a few dozen things) costs less than a lookup per
        // property.
        for (Quad q : StoreSummary.list(dsg.find(Node.ANY, subject, Node.ANY, Node.ANY))) {
            Node p = q.getPredicate();
            if (q.getGraph().equals(GRAPH) || !BEARING.contains(p)) {
                continue;
            }
            if (p.equals(CKG.date) && q.getObject().isLiteral()) {
                dates.add(q.getObject());
            } else if (p.equals(Vocab.semEventType)) {
                types.add(q.getObject());
            } else if (p.equals(CKG.modality)) {
                modalities.add(q.getObject());
            } else if (p.equals(CKG.about)) {
                about = true;
            }
            if (ROLES.contains(p)) {
                actor = true;
                authority |= p.equals(CKG.authority);
            }
        }
        return new Facts(dates, types, modalities, about, actor, authority);
    }
}
