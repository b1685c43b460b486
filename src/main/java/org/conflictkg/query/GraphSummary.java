package org.conflictkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * What a store holds: documents, sentences, mentions, entities and events by type, and quads.
 *
 * @param documents documents
 * @param sentences sentences
 * @param mentions mentions of entities and events
 * @param entities entities mentioned in at least one document, by class local name
 * @param events events, by event type
 * @param quads quads in all graphs
 */
public record GraphSummary(long documents, long sentences, long mentions, Map<String, Long> entities,
        Map<String, Long> events, long quads) {

    private static final String PREFIXES = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX gaf: <http://groundedannotationframework.org/gaf#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            """;

    /** The number of entities, all types together. */
    public long entityCount() {
        return entities.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The number of events, all types together. */
    public long eventCount() {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts what the dataset holds. */
    public static GraphSummary of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> new GraphSummary(
                count(dataset, "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?d { ?d a ckg:Document } }"),
                count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a nif:Sentence } }"),
                count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ckg:Mention } }"),
                grouped(dataset, """
                        SELECT ?k (COUNT(DISTINCT ?e) AS ?n) {
                          GRAPH ?g { ?e gaf:denotedBy ?m ; a ?c }
                          FILTER (?c != ckg:Event && ?c != sem:Event && ?c != ckg:RoleFact
                                  && ?c != <http://www.w3.org/ns/org#Membership>)
                          BIND (STRAFTER(STR(?c), "#") AS ?k)
                        } GROUP BY ?k ORDER BY ?k"""),
                grouped(dataset, """
                        SELECT ?k (COUNT(DISTINCT ?e) AS ?n) {
                          GRAPH ?g { ?e a ckg:Event ; sem:eventType ?t }
                          BIND (REPLACE(STR(?t), "^.*/", "") AS ?k)
                        } GROUP BY ?k ORDER BY ?k"""),
                count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
    }

    private static long count(Dataset dataset, String query) {
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            ResultSet results = exec.execSelect();
            return results.hasNext() ? results.next().getLiteral("n").getLong() : 0;
        }
    }

    private static Map<String, Long> grouped(Dataset dataset, String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                if (row.contains("k")) {
                    counts.put(row.getLiteral("k").getString(), row.getLiteral("n").getLong());
                }
            }
        }
        return counts;
    }
}
