package org.conflictkg.extract.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;

/**
 * What the incident stage needs to know of a document's entities: the type of each, the country a place lies in,
 * and where each is named.
 *
 * @param types the type of each entity IRI of the document
 * @param countries the IRI of the country of each place IRI, where known
 * @param mentions the spans that name each entity IRI, in text order
 * @param documentCountry the IRI of the country the document is about, when one dominates it
 */
public record PlaceFacts(Map<String, EntityType> types, Map<String, String> countries,
        Map<String, List<Span>> mentions, Optional<String> documentCountry) {

    public PlaceFacts {
        types = Map.copyOf(types);
        countries = Map.copyOf(countries);
        mentions = Map.copyOf(mentions);
    }

    /** Facts of a document that is about no one country. */
    public PlaceFacts(Map<String, EntityType> types, Map<String, String> countries,
            Map<String, List<Span>> mentions) {
        this(types, countries, mentions, Optional.empty());
    }

    /** Facts without mention spans. */
    public PlaceFacts(Map<String, EntityType> types, Map<String, String> countries) {
        this(types, countries, Map.of());
    }

    /** How specific a place is: 3 for a site, 2 for a city or other named place, 1 for a country, 0 unknown. */
    public int specificity(String iri) {
        EntityType type = types.get(iri);
        if (type == null) {
            return 0;
        }
        return switch (type) {
            case SITE -> 3;
            case CITY, PLACE -> 2;
            case COUNTRY -> 1;
            default -> 0;
        };
    }

    /** Whether a place is more specific than a country: a town, a district, a province or a site. */
    public boolean belowCountry(String iri) {
        return specificity(iri) >= 2;
    }

    /** The country a place lies in: itself for a country. */
    public Optional<String> countryOf(String iri) {
        if (types.get(iri) == EntityType.COUNTRY) {
            return Optional.of(iri);
        }
        return Optional.ofNullable(countries.get(iri));
    }

    /** The first span naming an entity in this sentence, if there is one. */
    public Optional<Span> mentionIn(String iri, int sentence) {
        return mentions.getOrDefault(iri, List.of()).stream().filter(s -> s.sentence() == sentence).findFirst();
    }

    /** The armed group whose name starts first within {@code reach} characters after an offset of a sentence. */
    public Optional<String> armedGroupAt(int sentence, int from, int reach) {
        return entityAt(EntityType.ARMED_GROUP, sentence, from, reach);
    }

    /** The entity of this type whose name starts first within {@code reach} characters after an offset. */
    public Optional<String> entityAt(EntityType type, int sentence, int from, int reach) {
        String best = null;
        int bestBegin = Integer.MAX_VALUE;
        for (Map.Entry<String, EntityType> e : types.entrySet()) {
            if (e.getValue() != type) {
                continue;
            }
            for (Span s : mentions.getOrDefault(e.getKey(), List.of())) {
                if (s.sentence() == sentence && s.begin() >= from && s.begin() <= from + reach
                        && s.begin() < bestBegin) {
                    best = e.getKey();
                    bestBegin = s.begin();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The armed group whose name ends last within {@code reach} characters before an offset of a sentence. */
    public Optional<String> armedGroupBefore(int sentence, int offset, int reach) {
        return entityBefore(EntityType.ARMED_GROUP, sentence, offset, reach);
    }

    /** The entity of this type whose name ends last within {@code reach} characters before an offset of a sentence. */
    public Optional<String> entityBefore(EntityType type, int sentence, int offset, int reach) {
        String best = null;
        int bestEnd = -1;
        for (Map.Entry<String, EntityType> e : types.entrySet()) {
            if (e.getValue() != type) {
                continue;
            }
            for (Span s : mentions.getOrDefault(e.getKey(), List.of())) {
                if (s.sentence() == sentence && s.end() <= offset && s.end() >= offset - reach && s.end() > bestEnd) {
                    best = e.getKey();
                    bestEnd = s.end();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
