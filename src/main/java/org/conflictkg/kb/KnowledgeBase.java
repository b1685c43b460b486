package org.conflictkg.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * The curated knowledge base of armed groups, media outlets, state authorities and countries, read from the Turtle
 * files in {@code ontology/kb/}. It names the entities text is matched against and the head nouns that make a
 * state authority of a country's name ("Turkish police").
 */
public final class KnowledgeBase {

    /** The knowledge-base files, as classpath resources. */
    public static final List<String> RESOURCES = List.of("ontology/kb/actors.ttl", "ontology/kb/authorities.ttl",
            "ontology/kb/countries.ttl");

    private final Graph graph;
    private final String contentHash;
    private final Map<String, KbEntity> entities;
    private final Set<String> authorityTerms;

    private KnowledgeBase(Graph graph, String contentHash) {
        this.graph = graph;
        this.contentHash = contentHash;
        this.entities = readEntities(graph);
        this.authorityTerms = readAuthorityTerms(graph);
    }

    /** The knowledge base shipped with the program. */
    public static KnowledgeBase load() {
        Graph graph = GraphFactory.createDefaultGraph();
        MessageDigest digest = sha256();
        for (String resource : RESOURCES) {
            byte[] bytes = readResource(resource);
            digest.update(bytes);
            parse(bytes, graph);
        }
        return new KnowledgeBase(graph, "sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The graph of the knowledge base shipped with the program, {@code load().graph()} without the entity tables
     * a load builds (for a store that only keeps a copy of the graph).
     */
    public static Graph shippedGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String resource : RESOURCES) {
            parse(readResource(resource), graph);
        }
        return graph;
    }

    private static void parse(byte[] turtle, Graph graph) {
        RDFParser.create().fromString(new String(turtle, StandardCharsets.UTF_8)).lang(Lang.TURTLE)
                .base("https://w3id.org/conflict-kg/").parse(graph);
    }

    /** The hash {@link #contentHash()} of the knowledge base shipped with the program, without parsing it. */
    public static String shippedContentHash() {
        MessageDigest digest = sha256();
        for (String resource : RESOURCES) {
            digest.update(readResource(resource));
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** The knowledge base as one RDF graph. */
    public Graph graph() {
        return graph;
    }

    /** A hash of the knowledge-base files, to tell whether the stored copy is current. */
    public String contentHash() {
        return contentHash;
    }

    /** All entities, in IRI order. */
    public List<KbEntity> entities() {
        return List.copyOf(entities.values());
    }

    /** The entity with this IRI, if the knowledge base has it. */
    public Optional<KbEntity> entity(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    /**
     * The armed groups that hold state power de facto (ckg:governs), each with the day it took it
     * (ckg:governingSince): from then on its forces' arrests are arrests and its raids military operations.
     */
    public Map<String, LocalDate> governingGroups() {
        Map<String, LocalDate> result = new TreeMap<>();
        graph.find(Node.ANY, CKG.governingSince, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                result.put(t.getSubject().getURI(), LocalDate.parse(t.getObject().getLiteralLexicalForm()));
            }
        });
        return result;
    }

    /** Head nouns that make a state authority after a country's name or demonym, lower-case ("police"). */
    public Set<String> authorityTerms() {
        return authorityTerms;
    }

    private static Map<String, KbEntity> readEntities(Graph graph) {
        Map<String, KbEntity> result = new LinkedHashMap<>();
        List<Triple> typed = graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList();
        typed.sort(Comparator.comparing(t -> t.getSubject().toString()));
        for (Triple triple : typed) {
            Optional<EntityType> type = EntityType.ofClass(triple.getObject());
            Node subject = triple.getSubject();
            if (type.isEmpty() || !subject.isURI() || result.containsKey(subject.getURI())) {
                continue;
            }
            List<String> prefLabels = literals(graph, subject, Vocab.skosPrefLabel);
            if (prefLabels.isEmpty()) {
                throw new IllegalStateException("knowledge base: " + subject.getURI() + " has no skos:prefLabel");
            }
            Optional<String> country = graph.find(subject, CKG.country, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isURI).map(Node::getURI).sorted().findFirst();
            result.put(subject.getURI(), new KbEntity(subject.getURI(), type.get(), prefLabels.get(0),
                    literals(graph, subject, Vocab.skosAltLabel), country, literals(graph, subject, CKG.demonym)));
        }
        return Collections.unmodifiableMap(result);
    }

    private static Set<String> readAuthorityTerms(Graph graph) {
        Set<String> terms = new TreeSet<>();
        graph.find(Node.ANY, CKG.authorityTerm, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                terms.add(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).strip());
            }
        });
        return Collections.unmodifiableSet(terms);
    }

    private static List<String> literals(Graph graph, Node subject, Node property) {
        List<String> values = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject().getLiteralLexicalForm());
            }
        });
        Collections.sort(values);
        return values;
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base file missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read knowledge base file " + resource + ": " + e.getMessage(),
                    e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
