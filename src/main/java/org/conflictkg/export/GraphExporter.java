package org.conflictkg.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * Writes the document graphs of a store as RDF: Turtle and JSON-LD of their union (one graph, no duplicates), TriG
 * and N-Quads with each document in its named graph (N-Quads streamed, for stores of any size). The reference graphs
 * (ontology, knowledge base) are not exported: they ship with the program.
 */
public final class GraphExporter {

    /** The prefixes used in exported Turtle, TriG and JSON-LD, in name order (so output is the same every run). */
    public static final Map<String, String> PREFIXES = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("ckg", CKG.NS), Map.entry("evt", CKG.EVT), Map.entry("sem", Vocab.SEM),
            Map.entry("nif", Vocab.NIF), Map.entry("gaf", Vocab.GAF), Map.entry("prov", Vocab.PROV),
            Map.entry("skos", Vocab.SKOS), Map.entry("dct", Vocab.DCT), Map.entry("org", Vocab.ORG),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"), Map.entry("rdf", RDF.getURI()),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("group", CKG.ID + "group/"), Map.entry("authority", CKG.ID + "authority/"),
            Map.entry("place", CKG.ID + "place/"), Map.entry("person", CKG.ID + "person/"),
            Map.entry("media", CKG.ID + "media/"), Map.entry("orgn", CKG.ID + "org/"),
            Map.entry("geo", Vocab.GEO), Map.entry("sf", Vocab.SF), Map.entry("wgs84", Vocab.WGS84)));

    private GraphExporter() {
    }

    /** Writes these document graphs (all when the list is empty) in an RDF format. */
    public static void write(Dataset dataset, List<Node> graphs, ExportFormat format, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case NQ -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    stream.start();
                    for (Node g : graphs) {
                        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                    }
                    stream.finish();
                }
                case TRIG -> {
                    DatasetGraph copy = DatasetGraphFactory.createGeneral();
                    PREFIXES.forEach(copy.prefixes()::add);
                    for (Node g : graphs) {
                        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                    }
                    RDFDataMgr.write(out, copy, RDFFormat.TRIG_BLOCKS);
                }
                case TTL, JSONLD -> {
                    Graph union = union(dsg, graphs);
                    RDFDataMgr.write(out, union, format == ExportFormat.TTL ? RDFFormat.TURTLE_BLOCKS
                            : RDFFormat.JSONLD11_PRETTY);
                }
                default -> throw new IllegalArgumentException(format + " is not an RDF format");
            }
        });
    }

    /** The union of these graphs as one in-memory graph with the export prefixes. */
    public static Graph union(DatasetGraph dsg, List<Node> graphs) {
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(PrefixMapping.Factory.create().setNsPrefixes(PREFIXES));
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
        }
        return union;
    }
}
