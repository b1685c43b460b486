package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentScoringTest {

    private static GoldDocument.GoldEvent gold(String type, String trigger, String date, String place, Integer killed,
            boolean main) {
        return new GoldDocument.GoldEvent(type, trigger, date, place, "Afghanistan", List.of("Taliban"), List.of(),
                List.of(), killed, null, "completed", null, main);
    }

    private static SystemEvent system(String type, String trigger, String date, String place, Integer killed,
            boolean main) {
        Set<String> places = place == null ? Set.of() : Set.of(place);
        return new SystemEvent(type, Set.of(trigger), date, places, places, Set.of("afghanistan"), Set.of("taliban"), killed, null, "completed", Set.of(), type + " " + trigger,
                main);
    }

    private static GoldDocument doc(GoldDocument.GoldEvent... events) {
        return new GoldDocument("d", Optional.empty(), "text", List.of(), List.of(events));
    }

    @Test
    void anyAttackTypeMatchesAnyAttackTypeByDateOrPlace() {
        IncidentScores scores = new IncidentScores();
        List<String> differences = new ArrayList<>();
        IncidentScoring.score(doc(gold("bombing", "blast", "2020-01-02", "Kabul", 5, true),
                gold("arrest", "detained", "2020-01-03", null, null, false)),
                List.of(system("attack", "attack", "2020-01-02", "kabul", 5, true),
                        system("arrest", "arrested", "2020-01-09", null, null, false),
                        system("attack", "shooting", null, "herat", null, false)),
                scores, differences);
        int[] c = scores.scores().counts();
        assertEquals(1, c[0], differences::toString);
        assertEquals(3, c[1]);
        assertEquals(2, c[2]);
        assertEquals(1.5, scores.perGold());
        assertEquals(1.0, scores.slotAccuracy().get("date"));
        assertEquals(1.0, scores.slotAccuracy().get("killed"));
        assertEquals(0.0, scores.slotAccuracy().get("attack-type"), "bombing coded, attack found");
        assertEquals(1, scores.mainRight());
    }

    @Test
    void anAuthorityTermIsComparedInEitherNumberOfForces() {
        assertEquals(Evaluator.norm("Pakistan: security force"), Evaluator.norm("Pakistan: Security Forces"));
        assertEquals("france: armed force", Evaluator.norm("France: armed forces"));
        assertEquals("special forces", Evaluator.norm("Special Forces"), "only an authority's Country: term label");
        assertEquals("turkey: police", Evaluator.norm("Turkey: police"));
    }

    @Test
    void aPerpetratorLabelledByAnotherOfTheGoldActorsOwnNamesIsThatActor() {
        GoldDocument.GoldEvent attack = new GoldDocument.GoldEvent("attack", "attack", "2017-10-31", "Kabul",
                "Afghanistan", List.of("Sayfullo Saipov"), List.of(), List.of(), 8, null, "completed", null, true);
        GoldDocument doc = new GoldDocument("d", Optional.empty(), "text", List.of(new GoldDocument.GoldEntity(
                "Sayfullo Saipov", "Person", List.of("Sayfullo Habibullaevic Saipov", "he"))), List.of(attack));
        for (String label : List.of("sayfullo habibullaevic saipov", "he")) {
            IncidentScores scores = new IncidentScores();
            List<String> differences = new ArrayList<>();
            SystemEvent found = new SystemEvent("attack", Set.of("attack"), "2017-10-31", Set.of("kabul"),
                    Set.of("kabul"), Set.of("afghanistan"), Set.of(label), 8, null, "completed", Set.of(), "attack",
                    true);
            IncidentScoring.score(doc, List.of(found), scores, differences);
            assertEquals(label.equals("he") ? 0.0 : 1.0, scores.slotAccuracy().get("perpetrator-or-claimant"),
                    label);
        }
    }

    @Test
    void theBestAgreeingPairIsMatchedFirst() {
        IncidentScores scores = new IncidentScores();
        List<String> differences = new ArrayList<>();
        IncidentScoring.score(doc(gold("armed-assault", "stormed", "2020-01-02", "Kabul", 5, false)),
                List.of(system("armed-assault", "attack", null, "kabul", null, false),
                        system("armed-assault", "stormed", "2020-01-02", "kabul", 5, false)),
                scores, differences);
        assertEquals(1.0, scores.slotAccuracy().get("killed"), differences::toString);
        assertEquals(0, scores.mainGold());
    }

    @Test
    void aCountryIsNoPlaceBelowTheCountryOfAGoldIncidentPlacedNowhereMoreExactly() {
        GoldDocument gold = doc(gold("arrest", "detained", "2020-01-03", null, null, false));
        IncidentScores countryOnly = new IncidentScores();
        List<String> differences = new ArrayList<>();
        IncidentScoring.score(gold, List.of(new SystemEvent("arrest", Set.of("detained"), "2020-01-03",
                Set.of("afghanistan"), Set.of(), Set.of("afghanistan"), Set.of(), null, null, "completed", Set.of(),
                "arrest detained", false)), countryOnly, differences);
        assertEquals(1.0, countryOnly.slotAccuracy().get("place"), differences::toString);
        IncidentScores town = new IncidentScores();
        IncidentScoring.score(gold, List.of(system("arrest", "detained", "2020-01-03", "herat", null, false)), town,
                differences);
        assertEquals(0.0, town.slotAccuracy().get("place"), differences::toString);
    }
}
