package org.conflictkg.resolve;

import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.geo.Place;
import org.conflictkg.kb.EntityType;

/**
 * One canonical entity of a document, with every mention that names it.
 *
 * @param iri its IRI: the knowledge base's, or one made from its type and normalised label
 * @param type its type
 * @param label its preferred label
 * @param mentions its mentions in text order
 * @param resolvedBy the rule that linked the mentions to it: "gazetteer", "authority-rule", "acronym", "surname"
 *     or "label"
 * @param country the IRI of its country, when known
 * @param place the gazetteer place it was linked to, for places
 */
public record Entity(String iri, EntityType type, String label, List<Mention> mentions, String resolvedBy,
        Optional<String> country, Optional<Place> place) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    /** Collects the mentions of one entity while a document is resolved. */
    static final class Builder {
        private final String iri;
        private final EntityType type;
        private String label;
        private final Optional<String> country;
        private final Optional<Place> place;
        private final List<Mention> mentions = new java.util.ArrayList<>();
        private String rule;

        Builder(String iri, EntityType type, String label, String rule, Optional<String> country) {
            this(iri, type, label, rule, country, Optional.empty());
        }

        Builder(String iri, EntityType type, String label, String rule, Optional<String> country,
                Optional<Place> place) {
            this.iri = iri;
            this.type = type;
            this.label = label;
            this.rule = rule;
            this.country = country;
            this.place = place;
        }

        void add(Mention mention) {
            mentions.add(mention);
        }

        EntityType type() {
            return type;
        }

        Optional<Place> place() {
            return place;
        }

        List<Mention> mentions() {
            return mentions;
        }

        /** Takes this label when it is longer than the one so far: the fullest of a name's spellings. */
        void fullerLabel(String other) {
            if (other.length() > label.length()) {
                label = other;
            }
        }

        void rule(String linkingRule) {
            this.rule = linkingRule;
        }

        Entity build() {
            mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
            return new Entity(iri, type, label, mentions, rule, country, place);
        }
    }
}
