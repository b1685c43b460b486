package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.AFGHANISTAN;
import static org.conflictkg.extract.incident.IncidentFixtures.JALALABAD;
import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.PLACES;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class ResponsePlacesTest {

    private static final String DRIVER = "urn:person:driver";
    private static final String OTHER = "urn:person:other";

    @Test
    void theArrestOfAnAttackerTakesPlaceWhereHeAttacked() {
        AnnotatedText t = text("A driver rammed a crowd in Kabul .", "Police arrested the driver .",
                "Police arrested another man .", "Police arrested the driver in Jalalabad .");
        Event attack = event(t, EventType.ATTACK, "rammed").at(KABUL).role(Role.PERPETRATOR, DRIVER).build();
        Event arrest = event(t, EventType.ARREST, "arrested").at(AFGHANISTAN).role(Role.SUSPECT, DRIVER).build();
        Event other = new IncidentFixtures.Builder(t, EventType.ARREST, "arrested",
                t.text().indexOf("another") - 9).role(Role.SUSPECT, OTHER).build();
        Event elsewhere = new IncidentFixtures.Builder(t, EventType.ARREST, "arrested",
                t.text().indexOf("in Jalalabad") - 20).at(JALALABAD).role(Role.SUSPECT, DRIVER).build();
        List<Event> placed = ResponsePlaces.place(List.of(attack, arrest, other, elsewhere), t, PLACES);
        assertEquals(Set.of(AFGHANISTAN, KABUL), placed.get(1).places());
        assertEquals(Set.of(), placed.get(2).places(), "someone else's arrest");
        assertEquals(Set.of(JALALABAD), placed.get(3).places(), "an arrest placed by its own sentence");
    }

    @Test
    void theArrestOfAPlotterTakesPlaceWhereThePlotWasAimed() {
        AnnotatedText t = text("A driver plotted to bomb a market in Kabul .", "Police arrested the driver .");
        Event plot = event(t, EventType.PLOT, "plotted").at(KABUL).role(Role.PERPETRATOR, DRIVER).build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, DRIVER).build();
        assertEquals(Set.of(KABUL), ResponsePlaces.place(List.of(plot, arrest), t, PLACES).get(1).places());
    }

    @Test
    void aStrikeOnTheAttackersTakesPlaceWhereTheyAttacked() {
        AnnotatedText t = text("Fighters torched a convoy in Kabul .",
                "Aircraft struck the attackers as they withdrew .", "Aircraft struck a camp .");
        Event attack = event(t, EventType.ARSON, "torched").at(KABUL).build();
        Event strike = event(t, EventType.MILITARY_OPERATION, "struck").build();
        Event camp = new IncidentFixtures.Builder(t, EventType.MILITARY_OPERATION, "struck",
                t.text().indexOf("a camp") - 7).build();
        List<Event> placed = ResponsePlaces.place(List.of(attack, strike, camp), t, PLACES);
        assertEquals(Set.of(KABUL), placed.get(1).places());
        assertEquals(Set.of(), placed.get(2).places(), "a strike not aimed at the attackers");
    }

    @Test
    void anOperationTakesThePlaceOfTheOneAttackItsSentenceTells() {
        AnnotatedText t = text("Aircraft struck fighters after they attacked a post in Kabul .",
                "Aircraft struck fighters after they attacked a post in Kabul and raided a bank in Jalalabad .");
        Event strike = event(t, EventType.MILITARY_OPERATION, "struck").build();
        Event attack = event(t, EventType.ATTACK, "attacked").at(KABUL).build();
        int second = t.text().indexOf("Aircraft", 5);
        Event otherStrike = new IncidentFixtures.Builder(t, EventType.MILITARY_OPERATION, "struck", second).build();
        Event otherAttack = new IncidentFixtures.Builder(t, EventType.ATTACK, "attacked", second).at(KABUL).build();
        Event raid = new IncidentFixtures.Builder(t, EventType.ATTACK, "raided", second).at(JALALABAD).build();
        List<Event> placed = ResponsePlaces.place(List.of(strike, attack, otherStrike, otherAttack, raid), t, PLACES);
        assertEquals(Set.of(KABUL), placed.get(0).places());
        assertEquals(Set.of(), placed.get(2).places(), "two attacks in its sentence: which one it answered is unsaid");
    }
}
