package org.conflictkg.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.extract.DocumentDate;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.incident.Incidents;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.RoleFact;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.resolve.Resolution;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;

/**
 * What is known about one document as it passes through the stages. Each part is set once, by the stage that
 * provides it; reading a part no stage has set yet is a programming error and fails at once.
 */
public final class Analysis {

    private final Document document;
    private final Optional<PublicationDate> commandLineDate;
    private DocumentDate date;
    private AnnotatedText text;
    private List<Mention> mentions;
    private Resolution resolution;
    private List<Event> events;
    private Incidents incidents;
    private List<RoleFact> roles;
    private List<Quad> quads;

    /** The analysis of a document, given the date from the command line, if any. */
    public Analysis(Document document, Optional<PublicationDate> commandLineDate) {
        this.document = Objects.requireNonNull(document);
        this.commandLineDate = Objects.requireNonNull(commandLineDate);
    }

    public Document document() {
        return document;
    }

    public Optional<PublicationDate> commandLineDate() {
        return commandLineDate;
    }

    public DocumentDate date() {
        return present(date, "document date");
    }

    public AnnotatedText text() {
        return present(text, "annotated text");
    }

    public List<Mention> mentions() {
        return present(mentions, "mentions");
    }

    public Resolution resolution() {
        return present(resolution, "entities");
    }

    public List<Event> events() {
        return present(events, "events");
    }

    /** The incidents the events were grouped into. */
    public Incidents incidents() {
        return present(incidents, "incidents");
    }

    public List<RoleFact> roles() {
        return present(roles, "roles");
    }

    public List<Quad> quads() {
        return present(quads, "quads");
    }

    void date(DocumentDate value) {
        date = once(date, value, "document date");
    }

    void text(AnnotatedText value) {
        text = once(text, value, "annotated text");
    }

    void mentions(List<Mention> value) {
        mentions = once(mentions, List.copyOf(value), "mentions");
    }

    void resolution(Resolution value) {
        resolution = once(resolution, value, "entities");
    }

    void events(List<Event> value) {
        events = once(events, List.copyOf(value), "events");
    }

    void incidents(Incidents value) {
        incidents = once(incidents, value, "incidents");
    }

    void roles(List<RoleFact> value) {
        roles = once(roles, List.copyOf(value), "roles");
    }

    void quads(List<Quad> value) {
        quads = once(quads, List.copyOf(value), "quads");
    }

    private static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("no stage has provided the " + what + " yet");
        }
        return value;
    }

    private static <T> T once(T current, T value, String what) {
        if (current != null) {
            throw new IllegalStateException("the " + what + " were already set");
        }
        return Objects.requireNonNull(value);
    }
}
