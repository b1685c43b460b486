package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.extract.RoleFact;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.pipeline.Analysis;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.resolve.Entity;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * People's roles on sentences written for this test (published 2024-06-01): the person, the title, what it belongs
 * to (organisation or jurisdiction, by label) and the words that state it; and no role where none is stated.
 */
class RoleExtractionIT {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new StandardPipelineFactory().create(KnowledgeBase.load(), Instant::now);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("President Emeka Obi condemned the bombing in a televised address.", "Emeka Obi",
                        "president", null, "President Emeka Obi"),
                Arguments.of("Kenyan Interior Minister Wanjiku Mwangi said extra officers had been deployed.",
                        "Wanjiku Mwangi", "interior minister", "Kenya", "Kenyan Interior Minister Wanjiku Mwangi"),
                Arguments.of("Turkish police arrested ISKP operative Rustam Nazarov at a flat in Istanbul.",
                        "Rustam Nazarov", "operative", "Islamic State Khorasan Province",
                        "ISKP operative Rustam Nazarov"),
                Arguments.of("The attack was planned by Abu Khalid al-Somali, a senior al-Shabaab commander, "
                        + "officials said.", "Abu Khalid al-Somali", "commander", "al-Shabaab", null),
                Arguments.of("Gunmen killed the deputy governor of Kandahar, Abdul Rahim Noori, outside his home.",
                        "Abdul Rahim Noori", "deputy governor", "Kandahar", null),
                Arguments.of("Investigators said Farid Qasimov was identified as a high-ranking ISKP operative.",
                        "Farid Qasimov", "operative", "Islamic State Khorasan Province", null));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheRole(String sentence, String person, String title, String holder, String words) {
        Analysis analysis = run(sentence);
        Map<String, String> labels = labels(analysis);
        RoleFact fact = analysis.roles().stream().filter(r -> person.equals(labels.get(r.person()))).findFirst()
                .orElseThrow(() -> new AssertionError("no role for " + person + " in " + analysis.roles()));
        assertEquals(title, fact.title(), fact::toString);
        if (holder != null) {
            String found = fact.organisation().or(fact::jurisdiction).map(labels::get).orElse(null);
            assertEquals(holder, found, fact::toString);
        }
        if (words != null) {
            assertEquals(words, fact.text(), fact::toString);
        }
        assertEquals(fact.text(), sentence.substring(fact.begin(), fact.end()));
    }

    @ParameterizedTest
    @MethodSource("noRoles")
    void statesNoRoleWhereNoneIsGiven(String sentence) {
        Analysis analysis = run(sentence);
        assertTrue(analysis.roles().isEmpty(), () -> analysis.roles().toString());
    }

    static Stream<String> noRoles() {
        return Stream.of("Former President Emeka Obi attended the funeral in Abuja.",
                "Police arrested Rustam Nazarov, a Tajik national, at the airport.",
                "Members of the group met Rustam Nazarov in Istanbul.");
    }

    @Test
    void roleFactsAreDatedWithEvidenceAndConform() {
        Analysis analysis = run("Russian Foreign Minister Pavel Sokolov met Iranian officials in Tehran.");
        Graph graph = GraphFactory.createDefaultGraph();
        analysis.quads().stream().map(Quad::asTriple).forEach(graph::add);
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        assertEquals(1, analysis.roles().size(), () -> analysis.roles().toString());
        Node role = NodeFactory.createURI("https://w3id.org/conflict-kg/id/role/roles/0");
        assertTrue(graph.contains(role, NodeFactory.createURI("http://www.w3.org/ns/org#role"),
                NodeFactory.createURI("https://w3id.org/conflict-kg/role/foreign-minister")));
        assertTrue(graph.contains(role, NodeFactory.createURI("https://w3id.org/conflict-kg/ontology#attestedOn"),
                NodeFactory.createLiteralDT("2024-06-01", XSDDatatype.XSDdate)));
        assertTrue(graph.contains(role, NodeFactory.createURI("https://w3id.org/conflict-kg/ontology#jurisdiction"),
                NodeFactory.createURI("https://w3id.org/conflict-kg/id/place/russia")));
    }

    private static Analysis run(String sentence) {
        return pipeline.run(new Document("roles", sentence, Optional.of(PublicationDate.of(DATE)), Optional.empty(),
                Optional.empty(), "roles"), Optional.empty());
    }

    private static Map<String, String> labels(Analysis analysis) {
        Map<String, String> labels = new HashMap<>();
        KnowledgeBase.load().entities().forEach(e -> labels.put(e.iri(), e.prefLabel()));
        for (Entity e : analysis.resolution().entities()) {
            labels.put(e.iri(), e.label());
        }
        return labels;
    }
}
