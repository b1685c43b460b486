package org.conflictkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/**
 * Makes large data sets in the shape of the pipeline's output from a few real document graphs: each copy of a
 * document graph gets a new document identifier (its graph, sentences, mentions and events are new nodes), while
 * the entities it names (groups, places, authorities) stay shared, as they are across real documents.
 */
final class GraphCloner {

    private final List<DocumentGraph> seeds;

    private GraphCloner(List<DocumentGraph> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no document graphs to copy");
        }
        this.seeds = List.copyOf(seeds);
    }

    /** A cloner of the document graphs of this store. */
    static GraphCloner of(Tdb2Store store) {
        List<DocumentGraph> graphs = new ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store.datasetGraph(), () -> {
            for (Node name : store.documentGraphs()) {
                List<Quad> quads = new ArrayList<>();
                store.datasetGraph().find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                graphs.add(new DocumentGraph(name, quads));
            }
        });
        return new GraphCloner(graphs);
    }

    /** Writes the seed graphs themselves into a store. */
    void copyInto(Tdb2Store store) {
        store.replace(seeds);
    }

    /** The quads of the seed graphs together. */
    long seedQuads() {
        return seeds.stream().mapToLong(g -> g.quads().size()).sum();
    }

    /** Writes copies of the seed graphs as N-Quads until at least this many quads are written; returns how many. */
    long writeNQuads(Path file, long atLeast) {
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            sink.start();
            for (int copy = 0; written < atLeast; copy++) {
                for (DocumentGraph seed : seeds) {
                    for (Quad quad : copy(seed, copy)) {
                        sink.quad(quad);
                        written++;
                    }
                    if (written >= atLeast) {
                        break;
                    }
                }
            }
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + e.getMessage() + ")", e);
        }
        return written;
    }

    /** The seed graph under a new document identifier (copy 0 is the seed itself). */
    static List<Quad> copy(DocumentGraph seed, int copy) {
        if (copy == 0) {
            return seed.quads();
        }
        String documentIri = seed.name().getURI();
        String slug = documentIri.substring(documentIri.lastIndexOf('/') + 1);
        String newSlug = slug + "-c" + copy;
        String newDocumentIri = documentIri.substring(0, documentIri.length() - slug.length()) + newSlug;
        String eventPrefix = CKG.ID + "event/" + slug + "/";
        String newEventPrefix = CKG.ID + "event/" + newSlug + "/";
        List<Quad> result = new ArrayList<>(seed.quads().size());
        for (Quad q : seed.quads()) {
            result.add(Quad.create(rename(q.getGraph(), documentIri, newDocumentIri, eventPrefix, newEventPrefix,
                    slug, newSlug), rename(q.getSubject(), documentIri, newDocumentIri, eventPrefix,
                    newEventPrefix, slug, newSlug), q.getPredicate(), rename(q.getObject(), documentIri,
                    newDocumentIri, eventPrefix, newEventPrefix, slug, newSlug)));
        }
        return result;
    }

    private static Node rename(Node node, String documentIri, String newDocumentIri, String eventPrefix,
            String newEventPrefix, String slug, String newSlug) {
        if (node.isURI()) {
            String iri = node.getURI();
            if (iri.startsWith(documentIri) && (iri.length() == documentIri.length()
                    || iri.charAt(documentIri.length()) == '#' || iri.charAt(documentIri.length()) == '/')) {
                return NodeFactory.createURI(newDocumentIri + iri.substring(documentIri.length()));
            }
            if (iri.startsWith(eventPrefix)) {
                return NodeFactory.createURI(newEventPrefix + iri.substring(eventPrefix.length()));
            }
        } else if (node.isLiteral() && node.getLiteralLanguage().isEmpty()
                && node.getLiteralLexicalForm().equals(slug)) {
            return NodeFactory.createLiteralDT(newSlug, node.getLiteralDatatype());
        }
        return node;
    }
}
