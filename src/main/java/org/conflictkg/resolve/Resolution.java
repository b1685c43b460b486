package org.conflictkg.resolve;

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
}
