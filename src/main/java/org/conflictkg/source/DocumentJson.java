package org.conflictkg.source;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One document as one line of JSON, the JSONL form {@code {"id", "text", "date", "title", "url"}}: how documents
 * travel to a server, where each must carry its id (there is no file name to take one from).
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /** The document as one line of JSON (no line break in it). */
    public static String toLine(Document document) {
        JsonObject object = new JsonObject();
        object.put("id", document.id());
        object.put("text", document.text());
        document.date().ifPresent(d -> object.put("date", d.toString()));
        document.title().ifPresent(t -> object.put("title", t));
        document.url().ifPresent(u -> object.put("url", u));
        return JSON.toStringFlat(object);
    }

    /** The document of one JSON line, or the problem with it; {@code origin} says where the line came from. */
    public static SourceItem parse(String line, String origin) {
        long bytes = line.length();
        JsonValue value;
        try {
            value = JSON.parseAny(line);
        } catch (RuntimeException e) {
            return problem(origin, "malformed JSON", bytes);
        }
        if (!(value instanceof JsonObject object)) {
            return problem(origin, "expected a JSON object", bytes);
        }
        Optional<String> id = string(object, "id").filter(s -> !s.isBlank());
        if (id.isEmpty()) {
            return problem(origin, "no \"id\" string", bytes);
        }
        Optional<String> text = string(object, "text");
        if (text.isEmpty() || text.get().isBlank()) {
            return problem(origin, text.isEmpty() ? "no \"text\" string" : "\"text\" is empty", bytes);
        }
        if (text.get().length() > Document.MAX_TEXT_CHARS) {
            return problem(origin, DocumentSource.tooLong(text.get().length()), bytes);
        }
        Optional<String> dateText = string(object, "date").filter(d -> !d.isBlank());
        Optional<PublicationDate> date;
        try {
            date = dateText.map(PublicationDate::parse);
        } catch (DateTimeParseException e) {
            return problem(origin, PublicationDate.problem("\"date\"", dateText.get(), e), bytes);
        }
        return new SourceItem.Read(new Document(id.get(), text.get(), date, string(object, "title"),
                string(object, "url"), origin), bytes);
    }

    private static SourceItem problem(String origin, String message, long bytes) {
        return new SourceItem.Failed(new InputProblem(origin, message), bytes);
    }

    private static Optional<String> string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.isString() ? Optional.of(value.getAsString().value()) : Optional.empty();
    }
}
