package org.conflictkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;

/**
 * What produces a document's graph.
 *
 * @param pipelineVersion this program's version
 * @param nlpModel the NLP models used
 * @param knowledgeBaseHash the content hash of the knowledge base the entities were matched against
 * @param ingestTime when the graph was made (the one triple that differs between two runs on the same input)
 */
public record Provenance(String pipelineVersion, String nlpModel, String knowledgeBaseHash, Instant ingestTime) {

    /**
     * The hash of everything a document's graph is made from: its content and metadata, the command-line date
     * when the document has none of its own, the program version and the knowledge base. Equal hashes mean that
     * ingesting the document again would give the same graph.
     */
    public String inputHash(Document document, Optional<PublicationDate> commandLineDate) {
        String effectiveDate = document.date().isPresent() ? "" : commandLineDate.map(PublicationDate::toString)
                .orElse("");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {document.contentHash(), effectiveDate, pipelineVersion,
                    knowledgeBaseHash}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
