package org.conflictkg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One document to ingest: its identifier, its plain text and the metadata its source gave.
 *
 * @param id identifier, unique in the store; a changed document with the same id replaces the old one
 * @param text the plain text; all character offsets in the graph index into it
 * @param date publication date from the document's own metadata (to the day, month or year), if any
 * @param title title, if any
 * @param url source address, if any
 * @param origin where it was read from, for messages ("data/a.jsonl:3")
 */
public record Document(String id, String text, Optional<PublicationDate> date, Optional<String> title,
        Optional<String> url, String origin) {

    /**
     * The longest text annotated, in characters (about 90,000 words): longer documents are refused with a message,
     * so that one document's annotation stays within minutes and a few hundred megabytes.
     */
    public static final int MAX_TEXT_CHARS = 500_000;

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
    }

    /** A document with only an id and a text, as from a plain text file. */
    public static Document of(String id, String text, String origin) {
        return new Document(id, text, Optional.empty(), Optional.empty(), Optional.empty(), origin);
    }

    /** The SHA-256 of the id, text and metadata, as "sha256:hex"; equal hashes mean nothing to redo. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {id, text, date.map(PublicationDate::toString).orElse(""), title.orElse(""),
                    url.orElse("")}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
