package org.conflictkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.conflictkg.source.PublicationDate;

/**
 * A text with its gold annotations, as described in docs/gold-format.md.
 *
 * @param id identifier
 * @param date publication date, if given
 * @param text the text
 * @param entities the entities a careful coder finds in it
 * @param events the events a careful coder finds in it
 * @param same pairs of mentions that name the same entity (the second may be in another document)
 * @param different pairs of mentions that name different entities
 */
public record GoldDocument(String id, Optional<PublicationDate> date, String text, List<GoldEntity> entities,
        List<GoldEvent> events, List<MentionPair> same, List<MentionPair> different) {

    public GoldDocument {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        same = List.copyOf(same);
        different = List.copyOf(different);
    }

    /** A gold document without resolution pairs. */
    public GoldDocument(String id, Optional<PublicationDate> date, String text, List<GoldEntity> entities,
            List<GoldEvent> events) {
        this(id, date, text, entities, events, List.of(), List.of());
    }

    /**
     * A gold entity: canonical label, type and surface forms; for a place, its GeoNames id and its coordinates
     * when the coder gave them.
     */
    public record GoldEntity(String label, String type, List<String> mentions, OptionalLong geonameId,
            Optional<GoldPoint> point) {

        /** A gold entity with no place annotations. */
        public GoldEntity(String label, String type, List<String> mentions) {
            this(label, type, mentions, OptionalLong.empty(), Optional.empty());
        }
    }

    /** A point in WGS 84 degrees. */
    public record GoldPoint(double latitude, double longitude) {
    }

    /**
     * One mention of a text: the {@code occurrence}-th (from 1) occurrence of {@code text} as a whole word in the
     * document {@code document}.
     */
    public record MentionRef(String document, String text, int occurrence) {

        @Override
        public String toString() {
            return document + ":" + text + (occurrence == 1 ? "" : "#" + occurrence);
        }
    }

    /** Two mentions that a resolution pair is about. */
    public record MentionPair(MentionRef first, MentionRef second) {
    }

    /**
     * A gold event with its slots; absent values are null or empty. {@code main} marks the incident the report is
     * about; {@code perpetratorsKilled} counts the perpetrators among the killed.
     */
    public record GoldEvent(String type, String trigger, String date, String place, String country,
            List<String> perpetrators, List<String> targets, List<String> claimants, Integer killed,
            Integer wounded, String modality, Integer perpetratorsKilled, boolean main) {
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
                entities.add(new GoldEntity(string(e, "label"), string(e, "type"), strings(e, "mentions"),
                        e.get("geonames") == null || e.get("geonames").isNull() ? OptionalLong.empty()
                                : OptionalLong.of(e.get("geonames").getAsNumber().value().longValue()),
                        point(e)));
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonValue value : array(json, "events")) {
                JsonObject e = value.getAsObject();
                events.add(new GoldEvent(string(e, "type"), string(e, "trigger"), optional(e, "date"),
                        optional(e, "place"), optional(e, "country"), strings(e, "perpetrators"),
                        strings(e, "targets"), strings(e, "claimants"), integer(e, "killed"), integer(e, "wounded"),
                        Optional.ofNullable(optional(e, "modality")).orElse("completed"),
                        integer(e, "perpetrators_killed"), bool(e, "main")));
            }
            String date = optional(json, "date");
            String id = string(json, "id");
            JsonValue resolution = json.get("resolution");
            JsonObject pairs = resolution == null || resolution.isNull() ? new JsonObject()
                    : resolution.getAsObject();
            return new GoldDocument(id, Optional.ofNullable(date).map(PublicationDate::parse), string(json, "text"),
                    entities, events, pairs(pairs, "same", id), pairs(pairs, "different", id));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<GoldPoint> point(JsonObject entity) {
        JsonArray values = array(entity, "coordinates");
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() != 2) {
            throw new IllegalArgumentException("\"coordinates\" must be [latitude, longitude]");
        }
        double latitude = values.get(0).getAsNumber().value().doubleValue();
        double longitude = values.get(1).getAsNumber().value().doubleValue();
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("\"coordinates\" out of range: " + values);
        }
        return Optional.of(new GoldPoint(latitude, longitude));
    }

    private static List<MentionPair> pairs(JsonObject resolution, String key, String documentId) {
        List<MentionPair> pairs = new ArrayList<>();
        for (JsonValue value : array(resolution, key)) {
            JsonArray pair = value.getAsArray();
            if (pair.size() != 2) {
                throw new IllegalArgumentException("a \"" + key + "\" pair must have two mentions: " + pair);
            }
            pairs.add(new MentionPair(mentionRef(pair.get(0), documentId), mentionRef(pair.get(1), documentId)));
        }
        return pairs;
    }

    /** A mention written as "text", "text#2", or {"doc": id, "text": ..., "occurrence": n}. */
    private static MentionRef mentionRef(JsonValue value, String documentId) {
        if (value.isString()) {
            String text = value.getAsString().value();
            int hash = text.lastIndexOf('#');
            if (hash > 0 && text.substring(hash + 1).matches("[1-9][0-9]*")) {
                return new MentionRef(documentId, text.substring(0, hash),
                        Integer.parseInt(text.substring(hash + 1)));
            }
            return new MentionRef(documentId, text, 1);
        }
        JsonObject o = value.getAsObject();
        Integer occurrence = integer(o, "occurrence");
        String document = optional(o, "doc");
        return new MentionRef(document == null ? documentId : document, string(o, "text"),
                occurrence == null ? 1 : occurrence);
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

    private static boolean bool(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value != null && value.isBoolean() && value.getAsBoolean().value();
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
