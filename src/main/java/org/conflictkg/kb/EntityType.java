package org.conflictkg.kb;

import org.apache.jena.graph.Node;
import org.conflictkg.vocabulary.CKG;

/** The kinds of entity the graph holds, each with its class and the IRI path of its instances. */
public enum EntityType {
    ARMED_GROUP(CKG.ArmedGroup, "group", true),
    STATE_AUTHORITY(CKG.StateAuthority, "authority", true),
    MEDIA_OUTLET(CKG.MediaOutlet, "media", true),
    ORGANIZATION(CKG.Organization, "org", true),
    PERSON(CKG.Person, "person", true),
    COUNTRY(CKG.Country, "place", false),
    CITY(CKG.City, "place", false),
    SITE(CKG.Site, "place", false),
    PLACE(CKG.Place, "place", false);

    private final Node rdfClass;
    private final String pathSegment;
    private final boolean actor;

    EntityType(Node rdfClass, String pathSegment, boolean actor) {
        this.rdfClass = rdfClass;
        this.pathSegment = pathSegment;
        this.actor = actor;
    }

    /** The ontology class of entities of this type. */
    public Node rdfClass() {
        return rdfClass;
    }

    /** The path segment of their IRIs ("group" in .../id/group/iskp). */
    public String pathSegment() {
        return pathSegment;
    }

    /** Whether entities of this type can act (take roles as perpetrator, claimant, ...). */
    public boolean isActor() {
        return actor;
    }

    /** Whether entities of this type are places. */
    public boolean isPlace() {
        return !actor;
    }

    /** The type whose class is this node, if any. */
    public static java.util.Optional<EntityType> ofClass(Node node) {
        for (EntityType type : values()) {
            if (type.rdfClass.equals(node)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
