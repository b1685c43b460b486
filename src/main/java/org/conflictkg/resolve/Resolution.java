package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Mention;

/**
 * The entities of one document and the entity each mention resolves to.
 *
 * @param entities the entities, in IRI order
 * @param byMention the IRI of the entity of each mention
 */
public record Resolution(List<Entity> entities, Map<Mention, String> byMention) {

    public Resolution {
        entities = List.copyOf(entities);
        byMention = Map.copyOf(byMention);
    }

    /** The entity a mention resolves to. */
    public Optional<Entity> entityOf(Mention mention) {
        String iri = byMention.get(mention);
        return iri == null ? Optional.empty() : entities.stream().filter(e -> e.iri().equals(iri)).findFirst();
    }

    /** This resolution with more mentions of its entities, each list under its entity's IRI, in text order. */
    public Resolution withMentions(Map<String, List<Mention>> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<Entity> more = new ArrayList<>();
        Map<Mention, String> linked = new HashMap<>(byMention);
        for (Entity e : entities) {
            List<Mention> extra = added.getOrDefault(e.iri(), List.of());
            if (extra.isEmpty()) {
                more.add(e);
                continue;
            }
            List<Mention> mentions = new ArrayList<>(e.mentions());
            mentions.addAll(extra);
            mentions.sort(Comparator.comparingInt(Mention::begin));
            extra.forEach(m -> linked.put(m, e.iri()));
            more.add(new Entity(e.iri(), e.type(), e.label(), mentions, e.resolvedBy(), e.country(), e.place()));
        }
        return new Resolution(more, linked);
    }
}
