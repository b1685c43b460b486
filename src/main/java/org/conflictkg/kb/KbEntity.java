package org.conflictkg.kb;

import java.util.List;
import java.util.Optional;

/**
 * An entity of the curated knowledge base.
 *
 * @param iri its IRI, used as is in every graph
 * @param type its type
 * @param prefLabel its preferred label
 * @param altLabels its other names, as written in text
 * @param country the IRI of its country, if it has one
 * @param demonyms adjectives naming it (countries only: "Russian")
 */
public record KbEntity(String iri, EntityType type, String prefLabel, List<String> altLabels,
        Optional<String> country, List<String> demonyms) {

    public KbEntity {
        altLabels = List.copyOf(altLabels);
        demonyms = List.copyOf(demonyms);
    }
}
