package org.conflictkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A text with its gold annotations, as described in docs/gold-format.md.
 *
 * @param id identifier
 * @param date publication date, if given
 * @param text the text
 * @param entities the entities a careful coder finds in it
 * @param events the events a careful coder finds in it
 */
public record GoldDocument(String id, Optional<LocalDate> date, String text, List<GoldEntity> entities,
        List<GoldEvent> events) {

    /** A gold entity: canonical label, type and surface forms. */
    public record GoldEntity(String label, String type, List<String> mentions) {
    }

    /** A gold event with its slots; absent values are null or empty. */
    public record GoldEvent(String type, String trigger, String date, String place, String country,
            List<String> perpetrators, List<String> targets, List<String> claimants, Integer killed,
            Integer wounded, String modality) {
    }

    /** Reads a gold file; a malformed one gives an error naming the file and the problem. */
    public static GoldDocument read(Path file) {
        JsonObject json;
        try {
            json = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        try {
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonValue value : array(json, "entities")) {
                JsonObject e = value.getAsObject();
                entities.add(new GoldEntity(string(e, "label"), string(e, "type"), strings(e, "mentions")));
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonValue value : array(json, "events")) {
                JsonObject e = value.getAsObject();
                events.add(new GoldEvent(string(e, "type"), string(e, "trigger"), optional(e, "date"),
                        optional(e, "place"), optional(e, "country"), strings(e, "perpetrators"),
                        strings(e, "targets"), strings(e, "claimants"), integer(e, "killed"), integer(e, "wounded"),
                        Optional.ofNullable(optional(e, "modality")).orElse("completed")));
            }
            String date = optional(json, "date");
            return new GoldDocument(string(json, "id"), Optional.ofNullable(date).map(LocalDate::parse),
                    string(json, "text"), entities, events);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static String string(JsonObject o, String key) {
        String value = optional(o, key);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        return value;
    }

    private static String optional(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.isNull() ? null : value.getAsString().value();
    }

    private static Integer integer(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.isNull() ? null : value.getAsNumber().value().intValue();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> values = new ArrayList<>();
        for (JsonValue value : array(o, key)) {
            values.add(value.getAsString().value());
        }
        return values;
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.isNull() ? new JsonArray() : value.getAsArray();
    }
}
