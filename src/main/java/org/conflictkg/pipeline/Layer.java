package org.conflictkg.pipeline;

/** What a stage adds to a document's analysis; stages declare the layers they require and provide. */
public enum Layer {
    /** The document's text and metadata (always present). */
    DOCUMENT,
    /** The publication date and where it came from. */
    DOCUMENT_DATE,
    /** Sentences and tokens with offsets. */
    TOKENS,
    /** Parts of speech and lemmas. */
    POS_LEMMAS,
    /** Named-entity tags. */
    NAMED_ENTITIES,
    /** Normalised dates and numbers. */
    NORMALISED_VALUES,
    /** Dependency trees. */
    DEPENDENCIES,
    /** Entity mentions. */
    MENTIONS,
    /** Canonical entities. */
    ENTITIES,
    /** Events with their roles, places, dates and modality. */
    EVENTS,
    /** Events grouped one per real-world incident, and the incident the report is about. */
    INCIDENTS,
    /** People's roles and positions as dated facts. */
    ROLES,
    /** The quads of the document's graph. */
    QUADS
}
