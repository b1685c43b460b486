package org.conflictkg.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.kb.EntityType;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * Writes events and entities as CSV tables (RFC 4180), one row per event or entity, lists joined with "|", an
 * empty cell where a value is unknown. The columns are a contract: see {@link #EVENT_COLUMNS} and
 * {@link #ENTITY_COLUMNS}.
 */
public final class CsvExporter {

    /** The header of events-csv. */
    public static final List<String> EVENT_COLUMNS = List.of("event", "document", "type", "gtd_attack_type", "date",
            "date_precision", "place", "country", "latitude", "longitude", "perpetrators", "targets", "target_type",
            "killed", "wounded", "modality", "claimed_by", "confidence", "evidence", "killed_qualifier",
            "wounded_qualifier", "perpetrators_killed", "main_event");

    /** The header of entities-csv. */
    public static final List<String> ENTITY_COLUMNS = List.of("entity", "type", "label", "aliases", "mentions",
            "documents", "wikidata", "geonames", "latitude", "longitude", "country");

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
            "POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");

    private CsvExporter() {
    }

    /** Writes the events of these document graphs. */
    public static void events(Dataset dataset, List<Node> graphs, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        PrintWriter writer = new PrintWriter(out, false, StandardCharsets.UTF_8);
        row(writer, EVENT_COLUMNS);
        Txn.executeRead(dsg, () -> {
            Graph all = dsg.getUnionGraph();
            for (Node g : graphs) {
                Graph doc = dsg.getGraph(g);
                String docId = first(doc, g, Vocab.dctIdentifier).map(Node::getLiteralLexicalForm).orElse("");
                for (Node event : sorted(doc.find(Node.ANY, RDF.type.asNode(), CKG.Event).mapWith(
                        Triple::getSubject).toList())) {
                    Optional<Node> type = first(doc, event, Vocab.semEventType);
                    Set<Node> places = objects(doc, event, Vocab.semHasPlace);
                    Set<Node> countries = new TreeSet<>(CsvExporter::compare);
                    for (Node place : places) {
                        if (all.contains(place, RDF.type.asNode(), CKG.Country)) {
                            countries.add(place);
                        }
                        Set<Node> own = objects(doc, place, CKG.country);
                        countries.addAll(own.isEmpty() ? objects(all, place, CKG.country) : own);
                    }
                    countries.addAll(objects(doc, event, CKG.country));
                    Set<Node> targets = objects(doc, event, CKG.target);
                    Set<Node> claimants = new TreeSet<>(CsvExporter::compare);
                    doc.find(Node.ANY, CKG.claimsResponsibilityFor, event).forEach(t ->
                            claimants.addAll(objects(doc, t.getSubject(), CKG.claimant)));
                    claimants.addAll(objects(doc, event, CKG.claimant));
                    List<String> evidence = new ArrayList<>();
                    for (Node sentence : objects(doc, event, CKG.evidence)) {
                        first(doc, sentence, Vocab.nifAnchorOf).ifPresent(a -> evidence.add(
                                a.getLiteralLexicalForm().replaceAll("\\s+", " ")));
                    }
                    row(writer, List.of(
                            event.getURI(),
                            docId,
                            type.map(CsvExporter::localName).orElse(""),
                            type.flatMap(t -> first(all, t, CKG.gtdAttackType)).map(Node::getLiteralLexicalForm)
                                    .orElse(""),
                            lexical(doc, event, CKG.date),
                            lexical(doc, event, CKG.datePrecision),
                            join(places.stream().filter(p -> !all.contains(p, RDF.type.asNode(), CKG.Country))
                                    .toList(), p -> label(all, p)),
                            join(countries, c -> label(all, c)),
                            point(doc, all, places).map(p -> coordinate(all, p, 1)).orElse(""),
                            point(doc, all, places).map(p -> coordinate(all, p, 0)).orElse(""),
                            join(objects(doc, event, CKG.perpetrator), p -> label(all, p)),
                            join(targets, p -> label(all, p)),
                            join(objects(doc, event, CKG.targetType), t -> label(all, t)),
                            lexical(doc, event, CKG.killed),
                            lexical(doc, event, CKG.wounded),
                            first(doc, event, CKG.modality).map(m -> localName(m).toLowerCase(java.util.Locale.ROOT))
                                    .orElse(""),
                            join(claimants, p -> label(all, p)),
                            lexical(doc, event, CKG.confidence),
                            String.join(" | ", evidence),
                            lexical(doc, event, CKG.killedQualifier),
                            lexical(doc, event, CKG.woundedQualifier),
                            lexical(doc, event, CKG.perpetratorsKilled),
                            Boolean.toString(doc.contains(Node.ANY, CKG.mainEvent, event))));
                }
            }
        });
        writer.flush();
    }

    /** Writes the entities mentioned in these document graphs. */
    public static void entities(Dataset dataset, List<Node> graphs, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        PrintWriter writer = new PrintWriter(out, false, StandardCharsets.UTF_8);
        row(writer, ENTITY_COLUMNS);
        Txn.executeRead(dsg, () -> {
            Graph all = dsg.getUnionGraph();
            Set<Node> entities = new TreeSet<>(CsvExporter::compare);
            for (Node g : graphs) {
                dsg.getGraph(g).find(Node.ANY, Vocab.gafDenotedBy, Node.ANY).forEach(t -> {
                    if (isEntity(dsg.getGraph(g), t.getSubject())) {
                        entities.add(t.getSubject());
                    }
                });
            }
            for (Node entity : entities) {
                int mentions = 0;
                Set<String> documents = new TreeSet<>();
                for (Node g : graphs) {
                    int here = dsg.getGraph(g).find(entity, Vocab.gafDenotedBy, Node.ANY).toList().size();
                    if (here > 0) {
                        mentions += here;
                        documents.add(first(dsg.getGraph(g), g, Vocab.dctIdentifier)
                                .map(Node::getLiteralLexicalForm).orElse(g.getURI()));
                    }
                }
                String label = label(all, entity);
                Set<String> aliases = new TreeSet<>();
                objects(all, entity, Vocab.skosAltLabel).forEach(a -> aliases.add(a.getLiteralLexicalForm()));
                objects(all, entity, Vocab.skosPrefLabel).forEach(a -> aliases.add(a.getLiteralLexicalForm()));
                aliases.remove(label);
                Set<Node> same = objects(all, entity, OWL.sameAs.asNode());
                same.addAll(objects(all, entity, org.apache.jena.graph.NodeFactory.createURI(Vocab.SKOS + "exactMatch")));
                row(writer, List.of(
                        entity.getURI(),
                        types(all, entity),
                        label,
                        String.join("|", aliases),
                        Integer.toString(mentions),
                        String.join("|", documents),
                        join(filter(same, "http://www.wikidata.org/entity/"), CsvExporter::localName),
                        join(filter(same, "https://sws.geonames.org/"), n -> n.getURI().replaceAll(
                                "^https://sws\\.geonames\\.org/(\\d+)/?$", "$1")),
                        coordinate(all, entity, 1),
                        coordinate(all, entity, 0),
                        join(objects(all, entity, CKG.country), c -> label(all, c))));
            }
        });
        writer.flush();
    }

    /** Whether a denoted subject is an entity: not an event, nor a role fact ({@code .../id/role/<doc>/N}). */
    private static boolean isEntity(Graph doc, Node subject) {
        return subject.isURI()
                && !doc.contains(subject, RDF.type.asNode(), CKG.Event)
                && !doc.contains(subject, RDF.type.asNode(), CKG.RoleFact)
                && !subject.getURI().startsWith(CKG.ID + "role/");
    }

    /**
     * The place whose point stands for an event on a map: of its places with a point, the one its document names most
     * often (ties: the first IRI), so that the latitude and longitude columns hold one number each.
     */
    private static java.util.Optional<Node> point(Graph doc, Graph all, Set<Node> places) {
        return places.stream().filter(p -> !coordinate(all, p, 0).isEmpty())
                .sorted(java.util.Comparator.<Node>comparingInt(p -> -doc.find(p, Vocab.gafDenotedBy, Node.ANY)
                        .toList().size()).thenComparing(CsvExporter::compare))
                .findFirst();
    }

    /** A place's longitude (0) or latitude (1), from its GeoSPARQL point "POINT(lon lat)"; "" when it has none. */
    private static String coordinate(Graph graph, Node place, int index) {
        for (Node geometry : objects(graph, place, Vocab.geoHasGeometry)) {
            for (Node wkt : objects(graph, geometry, Vocab.geoAsWkt)) {
                java.util.regex.Matcher m = POINT.matcher(wkt.getLiteralLexicalForm());
                if (m.find()) {
                    return m.group(index + 1);
                }
            }
        }
        return "";
    }

    private static String types(Graph graph, Node entity) {
        Set<String> names = new TreeSet<>();
        for (Node type : objects(graph, entity, RDF.type.asNode())) {
            if (EntityType.ofClass(type).isPresent()) {
                names.add(localName(type));
            }
        }
        return String.join("|", names);
    }

    private static Set<Node> filter(Set<Node> nodes, String namespace) {
        Set<Node> result = new TreeSet<>(CsvExporter::compare);
        nodes.stream().filter(n -> n.isURI() && n.getURI().startsWith(namespace)).forEach(result::add);
        return result;
    }

    private static String label(Graph graph, Node node) {
        Set<Node> labels = objects(graph, node, Vocab.skosPrefLabel);
        if (labels.isEmpty()) {
            labels = objects(graph, node, org.apache.jena.vocabulary.RDFS.label.asNode());
        }
        return labels.isEmpty() ? localName(node) : labels.iterator().next().getLiteralLexicalForm();
    }

    private static String localName(Node node) {
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static String lexical(Graph graph, Node subject, Node property) {
        return first(graph, subject, property).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString())
                .orElse("");
    }

    private static Optional<Node> first(Graph graph, Node subject, Node property) {
        Set<Node> values = objects(graph, subject, property);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.iterator().next());
    }

    private static Set<Node> objects(Graph graph, Node subject, Node property) {
        Set<Node> values = new TreeSet<>(CsvExporter::compare);
        graph.find(subject, property, Node.ANY).forEach(t -> values.add(t.getObject()));
        return values;
    }

    private static List<Node> sorted(List<Node> nodes) {
        Set<Node> ordered = new TreeSet<>(CsvExporter::compare);
        ordered.addAll(nodes);
        return new ArrayList<>(ordered);
    }

    private static int compare(Node a, Node b) {
        return (a.isLiteral() ? a.getLiteralLexicalForm() : a.toString())
                .compareTo(b.isLiteral() ? b.getLiteralLexicalForm() : b.toString());
    }

    private static String join(Collection<Node> nodes, Function<Node, String> show) {
        List<String> parts = new ArrayList<>();
        for (Node node : nodes) {
            String shown = show.apply(node);
            if (!shown.isEmpty()) {
                parts.add(shown);
            }
        }
        return String.join("|", parts);
    }

    private static void row(PrintWriter writer, List<String> cells) {
        List<String> quoted = new ArrayList<>(cells.size());
        for (String cell : cells) {
            quoted.add(cell.matches("(?s).*[\",\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        writer.print(String.join(",", quoted));
        writer.print("\r\n");
    }
}
