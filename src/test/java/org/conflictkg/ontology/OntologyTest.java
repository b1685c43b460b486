package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private static final String CKG = "https://w3id.org/conflict-kg/ontology#";

    @Test
    void ontologyParsesAndDeclaresTheEventClass() {
        Graph graph = Ontology.graph();

        assertTrue(graph.size() > 0);
        assertTrue(graph.contains(NodeFactory.createURI(CKG + "Event"), RDF.type.asNode(), OWL.Class.asNode()));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Ontology.shapes();

        assertFalse(shapes.getTargetShapes().isEmpty());
    }

    @Test
    void someShapeTargetsEvent() {
        Node event = NodeFactory.createURI(CKG + "Event");
        boolean found = false;
        for (Shape shape : Ontology.shapes().getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() == TargetType.targetClass && event.equals(target.getObject())) {
                    found = true;
                }
            }
        }
        assertTrue(found, "no shape with sh:targetClass ckg:Event");
    }

    @Test
    void contentHashIsStable() {
        assertTrue(Ontology.contentHash().matches("sha256:[0-9a-f]{64}"));
        assertTrue(Ontology.contentHash().equals(Ontology.contentHash()));
    }

    @Test
    void parsingTwiceGivesIsomorphicGraphs() {
        assertTrue(Ontology.graph().isIsomorphicWith(Ontology.graph()));
    }
}
