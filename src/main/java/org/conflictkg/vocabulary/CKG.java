package org.conflictkg.vocabulary;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of this project's ontology, {@code https://w3id.org/conflict-kg/ontology#}, and its IRI spaces. */
public final class CKG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/conflict-kg/ontology#";
    /** The namespace of data IRIs (documents, entities, events). */
    public static final String ID = "https://w3id.org/conflict-kg/id/";
    /** The namespace of the event-type concept scheme. */
    public static final String EVT = "https://w3id.org/conflict-kg/event-type/";
    /** The namespace of the GTD target types (ontology/codebooks.ttl). */
    public static final String GTD_TARGET_TYPE = "https://w3id.org/conflict-kg/codebook/gtd/target-type/";
    /** The namespace of role concepts ("president", "operative"), each an org:Role. */
    public static final String ROLE = "https://w3id.org/conflict-kg/role/";
    /** The graph that holds the ontology. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI("https://w3id.org/conflict-kg/graph/ontology");
    /** The graph that holds the curated knowledge base. */
    public static final Node KB_GRAPH = NodeFactory.createURI("https://w3id.org/conflict-kg/graph/kb");
    /** The graph of counts the store keeps up to date with the document graphs, for the named queries. */
    public static final Node SUMMARY_GRAPH = NodeFactory.createURI("https://w3id.org/conflict-kg/graph/summary");

    public static final Node Document = term("Document");
    public static final Node Mention = term("Mention");
    public static final Node Event = term("Event");
    public static final Node RoleAssignment = term("RoleAssignment");
    public static final Node ArmedGroup = term("ArmedGroup");
    public static final Node StateAuthority = term("StateAuthority");
    public static final Node MediaOutlet = term("MediaOutlet");
    public static final Node Organization = term("Organization");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Country = term("Country");
    public static final Node City = term("City");
    public static final Node Site = term("Site");
    public static final Node RoleFact = term("RoleFact");
    public static final Node SlotSource = term("SlotSource");

    public static final Node dateSource = term("dateSource");
    public static final Node contentHash = term("contentHash");
    public static final Node warning = term("warning");
    public static final Node nlpModel = term("nlpModel");
    public static final Node pipelineVersion = term("pipelineVersion");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node resolvedBy = term("resolvedBy");
    public static final Node country = term("country");
    public static final Node demonym = term("demonym");
    public static final Node authorityTerm = term("authorityTerm");
    public static final Node region = term("region");
    public static final Node locationPrecision = term("locationPrecision");

    public static final Node modality = term("modality");
    public static final Node perpetrator = term("perpetrator");
    public static final Node target = term("target");
    public static final Node victim = term("victim");
    public static final Node claimant = term("claimant");
    public static final Node authority = term("authority");
    public static final Node suspect = term("suspect");
    public static final Node speaker = term("speaker");
    public static final Node date = term("date");
    public static final Node datePrecision = term("datePrecision");
    public static final Node dateScope = term("dateScope");
    public static final Node dateText = term("dateText");
    public static final Node killed = term("killed");
    public static final Node killedQualifier = term("killedQualifier");
    public static final Node wounded = term("wounded");
    public static final Node woundedQualifier = term("woundedQualifier");
    public static final Node perpetratorsKilled = term("perpetratorsKilled");
    public static final Node mainEvent = term("mainEvent");
    public static final Node slotSource = term("slotSource");
    public static final Node slot = term("slot");
    public static final Node claimsResponsibilityFor = term("claimsResponsibilityFor");
    public static final Node about = term("about");
    public static final Node attributedTo = term("attributedTo");
    public static final Node channel = term("channel");
    public static final Node targetType = term("targetType");
    public static final Node targetText = term("targetText");
    public static final Node confidence = term("confidence");
    public static final Node roleAssignment = term("roleAssignment");
    public static final Node governs = term("governs");
    public static final Node governingSince = term("governingSince");
    public static final Node foundBy = term("foundBy");
    public static final Node evidence = term("evidence");
    public static final Node gtdAttackType = term("gtdAttackType");
    public static final Node roleTitle = term("roleTitle");
    public static final Node roleKind = term("roleKind");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node attestedOn = term("attestedOn");

    public static final Node Summary = term("Summary");
    public static final Node EntitySummary = term("EntitySummary");
    public static final Node MentionSummary = term("MentionSummary");
    public static final Node PlaceSummary = term("PlaceSummary");
    public static final Node DocumentSummary = term("DocumentSummary");
    public static final Node entityCount = term("entityCount");
    public static final Node PerpetratorSummary = term("PerpetratorSummary");
    public static final Node summaryOf = term("summaryOf");
    public static final Node summaryClass = term("summaryClass");
    public static final Node summaryEventType = term("summaryEventType");
    public static final Node summaryVersion = term("summaryVersion");
    public static final Node summaryLabel = term("summaryLabel");
    public static final Node summaryType = term("summaryType");
    public static final Node summaryCountry = term("summaryCountry");
    public static final Node DateIndexBucket = term("DateIndexBucket");
    public static final Node dateIndex = term("dateIndex");
    public static final Node summaryMonth = term("summaryMonth");
    public static final Node summaryEvent = term("summaryEvent");
    public static final Node eventsFromHere = term("eventsFromHere");
    public static final Node mentionCount = term("mentionCount");
    public static final Node documentCount = term("documentCount");
    public static final Node eventCount = term("eventCount");
    public static final Node killedTotal = term("killedTotal");
    public static final Node woundedTotal = term("woundedTotal");

    private CKG() {
    }

    /** The ontology term with this local name. */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
