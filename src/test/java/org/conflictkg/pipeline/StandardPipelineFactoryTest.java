package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.geo.Gazetteer;
import org.junit.jupiter.api.Test;

class StandardPipelineFactoryTest {

    @Test
    void aTownInADivisionIsOneTheGazetteerHasThere() {
        Gazetteer gazetteer = Gazetteer.shared();
        assertTrue(StandardPipelineFactory.townInDivision(gazetteer, "Holland", "Ohio"));
        assertTrue(StandardPipelineFactory.townInDivision(gazetteer, "Lebanon", "Pennsylvania"));
        assertFalse(StandardPipelineFactory.townInDivision(gazetteer, "Afghanistan", "Pakistan"));
        assertFalse(StandardPipelineFactory.townInDivision(gazetteer, "Holland", "Kabul"));
    }
}
