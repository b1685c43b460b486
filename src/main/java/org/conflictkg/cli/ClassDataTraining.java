package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.rdf.DocumentIris;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;
import picocli.CommandLine;

/**
 * The training run of the class-data-sharing archive that {@code ./kg} makes once per build: runs the commands
 * that start most often ({@code query}, {@code export}, {@code stats}) on a small temporary store, and loads its
 * N-Quads export into a second one ({@code load}, whose fixed cost is mostly class loading), so that a JVM
 * started with {@code -XX:ArchiveClassesAtExit} records the classes they load. The store holds the ontology and one
 * small document graph with the kinds of literal the pipeline writes (dates, numbers, language tags, WKT), so that
 * reading and writing those values is recorded too. Prints nothing.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /** Runs the commands; the exit code is non-zero when one of them failed. */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("kg-cds-training-");
        int failed = 0;
        try {
            Path store = work.resolve("store");
            try (Tdb2Store tdb2 = Tdb2Store.open(store)) {
                tdb2.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
                tdb2.replace(List.of(document()));
            }
            String dir = store.toString();
            List<List<String>> runs = List.of(
                    List.of("query", "--store", dir, "-e", "ASK {}"),
                    List.of("query", "--store", dir, "--format", "csv", "timeline"),
                    List.of("export", "--store", dir, "-o", work.resolve("export.ttl").toString()),
                    List.of("export", "--store", dir, "--format", "events-csv", "-o",
                            work.resolve("events.csv").toString()),
                    List.of("stats", "--store", dir),
                    List.of("export", "--store", dir, "--format", "nq", "-o", work.resolve("export.nq").toString()),
                    List.of("load", "--store", work.resolve("loaded").toString(),
                            work.resolve("export.nq").toString()));
            for (List<String> run : runs) {
                CommandLine cli = Kg.commandLine(run.toArray(String[]::new));
                cli.setOut(new PrintWriter(Writer.nullWriter()));
                cli.setErr(new PrintWriter(Writer.nullWriter()));
                failed += cli.execute(run.toArray(String[]::new)) == ExitCodes.OK ? 0 : 1;
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** A document graph of a few triples, with the kinds of term an ingested document has. */
    private static DocumentGraph document() {
        Node doc = DocumentIris.document("cds-training");
        Node event = DocumentIris.event("cds-training", 12);
        Node place = NodeFactory.createURI(CKG.ID + "place/cds-training");
        Node geometry = NodeFactory.createBlankNode();
        List<Node[]> triples = List.of(
                new Node[] {doc, RDF.type.asNode(), CKG.Document},
                new Node[] {doc, NodeFactory.createURI(Vocab.DCT + "created"),
                    NodeFactory.createLiteralDT("2024-03-22T10:15:00Z", XSDDatatype.XSDdateTime)},
                new Node[] {doc, NodeFactory.createURI(Vocab.DCT + "title"),
                    NodeFactory.createLiteralString("A \"training\" document")},
                new Node[] {event, RDFS.label.asNode(), NodeFactory.createLiteralLang("attack (2024-03-22)", "en")},
                new Node[] {event, NodeFactory.createURI(CKG.NS + "date"),
                    NodeFactory.createLiteralDT("2024-03-22", XSDDatatype.XSDdate)},
                new Node[] {event, NodeFactory.createURI(CKG.NS + "year"),
                    NodeFactory.createLiteralDT("2024", XSDDatatype.XSDgYear)},
                new Node[] {event, NodeFactory.createURI(CKG.NS + "month"),
                    NodeFactory.createLiteralDT("2024-03", XSDDatatype.XSDgYearMonth)},
                new Node[] {event, NodeFactory.createURI(CKG.NS + "killed"),
                    NodeFactory.createLiteralDT("137", XSDDatatype.XSDinteger)},
                new Node[] {place, NodeFactory.createURI(Vocab.WGS84 + "lat"),
                    NodeFactory.createLiteralDT("55.75", XSDDatatype.XSDdecimal)},
                new Node[] {place, Vocab.geoHasGeometry, geometry},
                new Node[] {geometry, Vocab.geoAsWkt, NodeFactory.createLiteralDT("POINT(37.62 55.75)",
                        NodeFactory.getType(Vocab.GEO + "wktLiteral"))});
        return new DocumentGraph(doc, triples.stream().map(t -> Quad.create(doc, t[0], t[1], t[2])).toList());
    }
}
