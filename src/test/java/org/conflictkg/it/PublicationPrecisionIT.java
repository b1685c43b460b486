package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.EventType;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.pipeline.Analysis;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents whose publication date is known only to the month or the year, through the real pipeline: a day named
 * only relative to the publication stays undated, a date without its year takes the publication's year, and the
 * graph states the publication date with its precision and conforms to the shapes.
 */
class PublicationPrecisionIT {

    private static final String ISSUED = "http://purl.org/dc/terms/issued";

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new StandardPipelineFactory().create(KnowledgeBase.load(), Instant::now);
    }

    private static Analysis run(String text, String date) {
        return pipeline.run(new Document("precision", text, Optional.of(PublicationDate.parse(date)),
                Optional.empty(), Optional.empty(), "precision"), Optional.empty());
    }

    private static Optional<String> dateOf(Analysis analysis, EventType type) {
        List<Event> events = analysis.events().stream().filter(e -> e.type() == type).toList();
        assertEquals(1, events.size(), () -> analysis.events().toString());
        return events.get(0).date().map(EventDate::value);
    }

    @Test
    void aWeekdayOrYesterdayGivesNoDayUnderAMonthButDoesUnderADay() {
        String monday = "Gunmen opened fire on a police patrol in Quetta on Monday, killing two officers.";
        assertEquals(Optional.of("2022-10-03"), dateOf(run(monday, "2022-10-05"), EventType.ARMED_ASSAULT));
        assertEquals(Optional.empty(), dateOf(run(monday, "2022-10"), EventType.ARMED_ASSAULT));
        assertEquals(Optional.empty(), dateOf(run(monday, "2022"), EventType.ARMED_ASSAULT));
        String yesterday = "Police arrested two men in Berlin yesterday over a plot to attack a synagogue.";
        assertEquals(Optional.empty(), dateOf(run(yesterday, "2022-10"), EventType.ARREST));
    }

    @Test
    void aDayOrAMonthWithoutItsYearTakesThePublicationsYear() {
        assertEquals(Optional.of("2022-03-05"), dateOf(run("A suicide bomber detonated explosives at a market in "
                + "Kabul on 5 March, killing nine people.", "2022-10"), EventType.BOMBING));
        assertEquals(Optional.of("2022-03"), dateOf(run("Boko Haram fighters abducted 40 students from a school in "
                + "Borno State in March.", "2022-10"), EventType.HOSTAGE_TAKING));
        assertEquals(Optional.of("2021-12"), dateOf(run("Boko Haram fighters abducted 40 students from a school in "
                + "Borno State in December.", "2022-10"), EventType.HOSTAGE_TAKING),
                "a month after the publication's is of the year before");
    }

    @Test
    void theGraphStatesThePublicationDateWithItsPrecisionAndConforms() {
        String text = "Russian Foreign Minister Pavel Sokolov said gunmen attacked a hotel in Mogadishu on Monday.";
        Map<String, XSDDatatype> cases = Map.of("2022-10", XSDDatatype.XSDgYearMonth, "2022", XSDDatatype.XSDgYear,
                "2022-10-05", XSDDatatype.XSDdate);
        cases.forEach((date, type) -> {
            Analysis analysis = run(text, date);
            Graph graph = GraphFactory.createDefaultGraph();
            analysis.quads().stream().map(Quad::asTriple).forEach(graph::add);
            ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph);
            assertTrue(report.conforms(), () -> date + ": " + report.getEntries());
            Node literal = NodeFactory.createLiteralDT(date, type);
            List<Node> issued = graph.find(Node.ANY, NodeFactory.createURI(ISSUED), Node.ANY)
                    .mapWith(t -> t.getObject()).toList();
            assertEquals(List.of(literal), issued, date);
            assertFalse(analysis.roles().isEmpty(), () -> date + ": no role fact to date");
            assertTrue(graph.contains(Node.ANY, NodeFactory.createURI(
                    "https://w3id.org/conflict-kg/ontology#attestedOn"), literal), date);
        });
    }
}
