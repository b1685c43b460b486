package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.extract.Slugs;
import org.conflictkg.vocabulary.CKG;

/** The IRIs of a document and of what is found in it; the document IRI also names its graph. */
public final class DocumentIris {

    private DocumentIris() {
    }

    /** The IRI of the document with this identifier, which is also the name of its graph. */
    public static Node document(String id) {
        return NodeFactory.createURI(documentIri(id));
    }

    /** The IRI of the document with this identifier, as a string. */
    public static String documentIri(String id) {
        return CKG.ID + "doc/" + Slugs.identifierSlug(id);
    }

    /** A span of the document's text, as an RFC 5147 fragment: {@code <doc#char=10,14>}. */
    public static Node span(String id, int begin, int end) {
        return NodeFactory.createURI(documentIri(id) + "#char=" + begin + "," + end);
    }

    /** The event whose first trigger starts at this offset. */
    public static Node event(String id, int triggerBegin) {
        return NodeFactory.createURI(CKG.ID + "event/" + Slugs.identifierSlug(id) + "/" + triggerBegin);
    }

    /** A role fact of a document, by the offset where the words that state it begin. */
    public static Node role(String id, int begin) {
        return NodeFactory.createURI(CKG.ID + "role/" + Slugs.identifierSlug(id) + "/" + begin);
    }

    /** The ingest activity that made the document's graph. */
    public static Node ingest(String id) {
        return NodeFactory.createURI(documentIri(id) + "/ingest");
    }
}
