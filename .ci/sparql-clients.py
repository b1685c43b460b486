"""Outside clients against `kg serve`: SPARQLWrapper and rdflib, as an analyst's notebook would use them.

Usage: /usr/bin/python3 .ci/sparql-clients.py http://127.0.0.1:PORT/
"""
import json
import sys
import urllib.error
import urllib.request

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, XML, CSV, TURTLE, SPARQLWrapper

base = sys.argv[1].rstrip("/")
endpoint = base + "/kg/sparql"
CKG = "https://w3id.org/conflict-kg/ontology#"


def check(condition, message):
    if not condition:
        sys.exit("sparql-clients: FAILED: " + message)
    print("sparql-clients: ok: " + message)


# SPARQLWrapper, SELECT in JSON, XML and CSV.
sparql = SPARQLWrapper(endpoint)
sparql.setQuery(f"SELECT (COUNT(DISTINCT ?e) AS ?n) {{ ?e a <{CKG}Event> }}")
sparql.setReturnFormat(JSON)
events = int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
check(events > 0, f"SPARQLWrapper JSON: {events} events")
sparql.setReturnFormat(XML)
check(sparql.queryAndConvert().getElementsByTagName("literal")[0].firstChild.data == str(events),
      "SPARQLWrapper XML: the same count")
sparql.setReturnFormat(CSV)
check(sparql.queryAndConvert().decode("utf-8").split()[1] == str(events), "SPARQLWrapper CSV: the same count")

# SPARQLWrapper CONSTRUCT in Turtle, parsed by rdflib.
sparql.setQuery(f"CONSTRUCT {{ ?e a <{CKG}Event> }} WHERE {{ ?e a <{CKG}Event> }}")
sparql.setReturnFormat(TURTLE)
graph = rdflib.Graph().parse(data=sparql.queryAndConvert(), format="turtle")
check(len(set(graph.subjects())) == events, f"SPARQLWrapper CONSTRUCT + rdflib Turtle: {len(graph)} triples")

# rdflib's SPARQLStore: the endpoint as a read-only graph.
store = SPARQLStore(endpoint, returnFormat="json")
documents = [row[0] for row in store.query(f"SELECT ?d WHERE {{ ?d a <{CKG}Document> }}")]
check(len(documents) >= 1, f"rdflib SPARQLStore: {len(documents)} documents")

# Graph Store Protocol: one document graph by name, parsed by rdflib (N-Triples and JSON-LD).
url = base + "/kg/get?graph=" + urllib.request.quote(str(documents[0]), safe="")
nt = urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/n-triples"})).read()
doc_graph = rdflib.Graph().parse(data=nt, format="nt")
check(len(doc_graph) > 100, f"GSP read of {documents[0]}: {len(doc_graph)} triples")
jsonld = urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/ld+json"})).read()
check(len(rdflib.Graph().parse(data=jsonld, format="json-ld")) == len(doc_graph), "GSP read as JSON-LD: the same")

# The named queries, listed by the server and each run by SPARQLWrapper.
listing = json.load(urllib.request.urlopen(urllib.request.Request(base + "/queries",
                                                                  headers={"Accept": "application/json"})))
check(len(listing) >= 7, f"{len(listing)} named queries listed")
for query in listing:
    sparql.setQuery(query["query"])
    sparql.setReturnFormat(JSON)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    check(len(rows) > 0, f"named query {query['name']}: {len(rows)} rows")

# Writes are refused by a read-only server.
update = SPARQLWrapper(base + "/kg/update")
update.setMethod("POST")
update.setQuery("CLEAR ALL")
try:
    update.query()
    check(False, "SPARQL Update was accepted by a read-only server")
except Exception as refused:
    check(True, f"SPARQL Update refused ({type(refused).__name__})")
try:
    urllib.request.urlopen(urllib.request.Request(base + "/$/datasets?dbName=x&dbType=mem", method="POST"))
    check(False, "an admin request was accepted")
except urllib.error.HTTPError as refused:
    check(refused.code == 403, f"admin request refused with {refused.code}")
