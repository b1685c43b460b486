package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

    @Test
    void confidenceComesFromTheRule() {
        assertEquals(0.9, RoleAssignment.of(Role.PERPETRATOR, "x", "subject").confidence());
        assertEquals(0.85, RoleAssignment.of(Role.PERPETRATOR, "x", "by-phrase").confidence());
        assertEquals(0.75, RoleAssignment.of(Role.PERPETRATOR, "x", "modifier").confidence());
        assertEquals(0.6, RoleAssignment.of(Role.PERPETRATOR, "x", "reporting-clause").confidence());
    }

    @Test
    void indirectFindingsAreLessSure() {
        assertEquals(0.77, RoleAssignment.of(Role.TARGET, "x", "coreference object").confidence());
        assertEquals(0.65, RoleAssignment.of(Role.CLAIMANT, "x", "coreference subject via group reference")
                .confidence());
    }

    @Test
    void aHedgedRoleIsLessSure() {
        assertEquals(0.54, RoleAssignment.of(Role.PERPETRATOR, "x", "subject hedged").confidence());
        assertEquals(0.46, RoleAssignment.of(Role.PERPETRATOR, "x", "subject hedged via group reference")
                .confidence());
    }

    @Test
    void anUnknownRuleIsUncertain() {
        assertEquals(0.5, RoleAssignment.of(Role.SUSPECT, "x", "guess").confidence());
    }
}
