package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.conflictkg.kb.EntityType;

/**
 * The country a document is about: the country named or located most often, counted by mentions of the country and
 * of the places that lie in it (a town inside a site's name is counted once, with the site), when it is named at
 * least twice as often as any other. A document that weighs two
 * countries alike is about none of them.
 */
public final class DocumentCountry {

    private DocumentCountry() {
    }

    /** The IRI of the country these entities of one document are about, if one clearly dominates. */
    public static Optional<String> of(List<Entity> entities) {
        Map<String, Integer> weight = new TreeMap<>();
        for (Entity e : entities) {
            Optional<String> country = e.type() == EntityType.COUNTRY ? Optional.of(e.iri())
                    : e.type().isPlace() ? e.country() : Optional.empty();
            int named = (int) e.mentions().stream().filter(m -> !m.source().equals(SiteTownMentions.SOURCE)).count();
            country.ifPresent(c -> weight.merge(c, named, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(weight.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }
}
