package org.conflictkg.vocabulary;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the standard vocabularies the graph reuses and that Jena does not define: SEM, NIF 2.0, GAF, PROV-O,
 * SKOS, Dublin Core terms.
 */
public final class Vocab {

    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String GAF = "http://groundedannotationframework.org/gaf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String TIME = "http://www.w3.org/2006/time#";

    public static final Node semEvent = uri(SEM, "Event");
    public static final Node semEventType = uri(SEM, "eventType");
    public static final Node semRole = uri(SEM, "Role");
    public static final Node semRoleType = uri(SEM, "roleType");
    public static final Node semHasPlace = uri(SEM, "hasPlace");
    public static final Node semHasActor = uri(SEM, "hasActor");
    public static final Node semEarliestBegin = uri(SEM, "hasEarliestBeginTimeStamp");
    public static final Node semLatestEnd = uri(SEM, "hasLatestEndTimeStamp");

    public static final Node nifContext = uri(NIF, "Context");
    public static final Node nifSentence = uri(NIF, "Sentence");
    public static final Node nifPhrase = uri(NIF, "Phrase");
    public static final Node nifIsString = uri(NIF, "isString");
    public static final Node nifBeginIndex = uri(NIF, "beginIndex");
    public static final Node nifEndIndex = uri(NIF, "endIndex");
    public static final Node nifAnchorOf = uri(NIF, "anchorOf");
    public static final Node nifReferenceContext = uri(NIF, "referenceContext");
    public static final Node nifSentenceOf = uri(NIF, "sentence");

    public static final Node gafDenotedBy = uri(GAF, "denotedBy");

    public static final Node provEntity = uri(PROV, "Entity");
    public static final Node provActivity = uri(PROV, "Activity");
    public static final Node provSoftwareAgent = uri(PROV, "SoftwareAgent");
    public static final Node provWasGeneratedBy = uri(PROV, "wasGeneratedBy");
    public static final Node provWasDerivedFrom = uri(PROV, "wasDerivedFrom");
    public static final Node provWasAssociatedWith = uri(PROV, "wasAssociatedWith");
    public static final Node provEndedAtTime = uri(PROV, "endedAtTime");

    public static final Node skosPrefLabel = uri(SKOS, "prefLabel");
    public static final Node skosAltLabel = uri(SKOS, "altLabel");
    public static final Node skosExactMatch = uri(SKOS, "exactMatch");

    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String SF = "http://www.opengis.net/ont/sf#";
    public static final Node geoHasGeometry = uri(GEO, "hasGeometry");
    public static final Node geoAsWkt = uri(GEO, "asWKT");
    public static final Node sfPoint = uri(SF, "Point");

    public static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final Node wgs84Lat = uri(WGS84, "lat");
    public static final Node wgs84Long = uri(WGS84, "long");

    public static final Node orgMembership = uri(ORG, "Membership");
    public static final Node orgRole = uri(ORG, "Role");
    public static final Node orgMember = uri(ORG, "member");
    public static final Node orgOrganization = uri(ORG, "organization");
    public static final Node orgRoleProperty = uri(ORG, "role");
    public static final Node orgMemberDuring = uri(ORG, "memberDuring");

    public static final Node timeInterval = uri(TIME, "Interval");
    public static final Node timeInstant = uri(TIME, "Instant");
    public static final Node timeInside = uri(TIME, "inside");
    public static final Node timeInXsdDate = uri(TIME, "inXSDDate");
    public static final Node timeInXsdGYearMonth = uri(TIME, "inXSDgYearMonth");
    public static final Node timeInXsdGYear = uri(TIME, "inXSDgYear");

    public static final Node dctIdentifier = uri(DCT, "identifier");
    public static final Node dctTitle = uri(DCT, "title");
    public static final Node dctSource = uri(DCT, "source");
    public static final Node dctIssued = uri(DCT, "issued");

    private Vocab() {
    }

    private static Node uri(String namespace, String localName) {
        return NodeFactory.createURI(namespace + localName);
    }
}
