package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.kb.EntityType;

/**
 * Gives a state-force term that stands alone ("Security forces kill at least 10 PKK insurgents in Sirnak", "clashes
 * between government forces and militants") the authority of the country it acts in, as coders name it ("Turkey:
 * security force"): the one country of the places its sentence names, else, when the sentence names none, the country
 * the document is about. With places of several countries in its sentence, or no country at all, the term names no
 * entity.
 */
final class ContextAuthorities {

    private static final Set<EntityType> LOCATED = Set.of(EntityType.PLACE, EntityType.CITY, EntityType.SITE,
            EntityType.COUNTRY);

    private ContextAuthorities() {
    }

    /**
     * The entities with each term's authority added (a new entity, or more mentions of one the text also names
     * with its country: "Turkish security forces"); each linked term is recorded in {@code assigned}.
     */
    static List<Entity> link(List<Mention> terms, List<Entity> entities, Map<Mention, String> assigned,
            Function<String, Optional<String>> countryLabel) {
        if (terms.isEmpty()) {
            return entities;
        }
        Map<Integer, Set<String>> sentenceCountries = new TreeMap<>();
        for (Entity e : entities) {
            Optional<String> country = e.type() == EntityType.COUNTRY ? Optional.of(e.iri()) : e.country();
            if (LOCATED.contains(e.type()) && country.isPresent()) {
                e.mentions().forEach(m -> sentenceCountries.computeIfAbsent(m.sentence(), k -> new TreeSet<>())
                        .add(country.get()));
            }
        }
        Optional<String> documentCountry = DocumentCountry.of(entities);
        Map<String, Entity> byIri = new TreeMap<>();
        entities.forEach(e -> byIri.put(e.iri(), e));
        for (Mention term : terms) {
            Set<String> around = sentenceCountries.getOrDefault(term.sentence(), Set.of());
            Optional<String> country = around.isEmpty() ? documentCountry
                    : around.size() == 1 ? Optional.of(around.iterator().next()) : Optional.empty();
            Optional<String> name = country.flatMap(countryLabel);
            if (name.isEmpty()) {
                continue;
            }
            String iri = MentionExtractor.authorityIri(name.get(), term.label());
            Entity known = byIri.get(iri);
            List<Mention> mentions = new ArrayList<>(known == null ? List.of() : known.mentions());
            mentions.add(term);
            mentions.sort(Comparator.comparingInt(Mention::begin));
            byIri.put(iri, known == null
                    ? new Entity(iri, EntityType.STATE_AUTHORITY, name.get() + ": " + term.label(), mentions,
                            "authority-rule", country, Optional.empty())
                    : new Entity(iri, known.type(), known.label(), mentions, known.resolvedBy(), known.country(),
                            known.place()));
            assigned.put(term, iri);
        }
        return new ArrayList<>(byIri.values());
    }
}
