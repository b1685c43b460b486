package org.conflictkg.store;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.conflictkg.ontology.Ontology;

/** Validates everything a store holds against the project's SHACL shapes. */
public final class ShapeValidation {

    private ShapeValidation() {
    }

    /** The validation report of the union of all the store's graphs. */
    public static ValidationReport validate(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> ShaclValidator.get().validate(Ontology.shapes(),
                store.datasetGraph().getUnionGraph()));
    }
}
