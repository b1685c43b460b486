package org.conflictkg.extract;

/**
 * One entity in one role of an event, with how sure the extraction is of it.
 *
 * @param role the role
 * @param entity the IRI of the entity
 * @param confidence in [0, 1], from the rule that found it (see {@link #CONFIDENCE_BY_RULE})
 * @param rule how it was found: "subject", "object", "by-phrase", "prepositional", "modifier",
 *     "reporting-clause", "table-cell" (the perpetrator column of an incident table), each prefixed with
 *     "coreference " when it came from a later mention of the same event, followed by " hedged" when the text
 *     hedges it ("suspected Abu Sayyaf gunmen") and by " via group reference" when the mention was a generic
 *     reference ("the group")
 */
public record RoleAssignment(Role role, String entity, double confidence, String rule) {

    /**
     * The confidence of each syntactic rule: the subject or object of the trigger (or of the verb that frames a
     * noun trigger) is the surest; a by-phrase next; a prepositional phrase ("an attack on X") and a modifier of a
     * noun trigger ("the ISIL attack", "ISIL's attack") less; an owner named only in the reporting clause ("X said
     * its forces ...") least.
     */
    public static final java.util.Map<String, Double> CONFIDENCE_BY_RULE = java.util.Map.of("subject", 0.9,
            "object", 0.9, "by-phrase", 0.85, "prepositional", 0.8, "modifier", 0.75, "reporting-clause", 0.6,
            "table-cell", 0.85);

    /**
     * Each step away from the direct finding (a coreferent mention, a generic reference, a pronoun) multiplies by
     * this.
     */
    public static final double INDIRECT_FACTOR = 0.85;

    /** A role the text itself hedges ("suspected", "alleged") multiplies by this. */
    public static final double HEDGED_FACTOR = 0.6;

    /** The assignment found by this rule, its confidence derived from it. */
    public static RoleAssignment of(Role role, String entity, String rule) {
        String base = rule.replace("coreference ", "").replace(" via group reference", "")
                .replace(" via pronoun", "").replace(" hedged", "");
        double confidence = CONFIDENCE_BY_RULE.getOrDefault(base, 0.5);
        if (rule.startsWith("coreference ")) {
            confidence *= INDIRECT_FACTOR;
        }
        if (rule.contains(" via group reference") || rule.contains(" via pronoun")) {
            confidence *= INDIRECT_FACTOR;
        }
        if (rule.contains(" hedged")) {
            confidence *= HEDGED_FACTOR;
        }
        return new RoleAssignment(role, entity, Math.round(confidence * 100) / 100.0, rule);
    }
}
