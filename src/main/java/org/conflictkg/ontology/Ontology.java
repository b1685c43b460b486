package org.conflictkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/** The project's OWL ontology and SHACL shapes, as shipped with the program ({@code ontology/}). */
public final class Ontology {

    /** The ontology file, as a classpath resource. */
    public static final String ONTOLOGY = "ontology/conflict-kg.ttl";
    /** The codebooks (GTD, ACLED, CAMEO) and the mappings of the event types onto them. */
    public static final String CODEBOOKS = "ontology/codebooks.ttl";
    /** The shapes file, as a classpath resource. */
    public static final String SHAPES = "ontology/shapes.ttl";

    private Ontology() {
    }

    /** The ontology and the codebook mappings as one graph. */
    public static Graph graph() {
        Graph graph = parse(ONTOLOGY);
        parse(CODEBOOKS).find().forEach(graph::add);
        return graph;
    }

    /** The SHACL shapes every graph the pipeline writes must conform to. */
    public static Shapes shapes() {
        return Shapes.parse(parse(SHAPES));
    }

    /** A hash of the ontology file, to tell whether a stored copy is current. */
    public static String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(read(ONTOLOGY));
            sha.update(read(CODEBOOKS));
            byte[] digest = sha.digest();
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Graph parse(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(new String(read(resource), StandardCharsets.UTF_8)).lang(Lang.TURTLE)
                .base("https://w3id.org/conflict-kg/").parse(graph);
        return graph;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
