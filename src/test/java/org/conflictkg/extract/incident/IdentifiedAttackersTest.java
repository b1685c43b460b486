package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class IdentifiedAttackersTest {

    private static final String ABEDI = "urn:person:abedi";

    private static PlaceFacts personNamed(AnnotatedText t, String name) {
        int at = t.text().lastIndexOf(name);
        int sentence = t.text().substring(0, at).split("\n", -1).length - 1;
        return new PlaceFacts(Map.of(ABEDI, EntityType.PERSON), Map.of(),
                Map.of(ABEDI, List.of(new Span(sentence, at, at + name.length(), name))));
    }

    @Test
    void theSuspectInAnAttackIdentifiedInTheSameSentenceIsItsPerpetrator() {
        AnnotatedText t = text("The suspect in the stabbing attack yesterday outside the offices in Paris is identified"
                + " as Salman Abedi , an 18-year-old .");
        Event stabbing = event(t, EventType.ARMED_ASSAULT, "attack").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(stabbing), t, personNamed(t, "Salman Abedi"))
                .get(0).roles().get(Role.PERPETRATOR));
    }

    @Test
    void theDriverOrSuspectNamedRightAfterTheArrestOfAnAttackIsItsPerpetrator() {
        AnnotatedText t = text("A car was driven into cyclists outside Parliament .",
                "Police arrested the driver , Salman Abedi , without further incident .");
        Event ramming = event(t, EventType.UNARMED_ASSAULT, "driven").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(ramming), t, personNamed(t, "Salman Abedi"))
                .get(0).roles().get(Role.PERPETRATOR));
    }

    @Test
    void theAttackerAReportIdentifiesIsThePerpetratorOfTheAttackBefore() {
        AnnotatedText t = text("A suicide bombing was carried out at Manchester Arena .",
                "The attacker was identified as Salman Abedi , a 22-year-old .");
        Event bombing = event(t, EventType.BOMBING, "bombing").build();
        Event result = IdentifiedAttackers.add(List.of(bombing), t, personNamed(t, "Salman Abedi")).get(0);
        assertEquals(Set.of(ABEDI), result.roles().get(Role.PERPETRATOR));
        assertTrue(result.assignments().stream().anyMatch(a -> a.rule().equals("identified-as")));
        AnnotatedText apposition = text("A bomb exploded at the arena ; the bomber , Salman Abedi , died .");
        Event blast = event(apposition, EventType.BOMBING, "exploded").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(blast), apposition,
                personNamed(apposition, "Salman Abedi")).get(0).roles().get(Role.PERPETRATOR));
    }

    @Test
    void anAttackerDescribedInAnAppositionThatNamesHimAtItsEndIsThePerpetrator() {
        AnnotatedText t = text("A van was driven into a crowd in Finsbury Park .",
                "On 23 June , the perpetrator , a 47-year-old man from Cardiff , Wales named Salman Abedi , was"
                        + " charged .");
        Event ramming = event(t, EventType.UNARMED_ASSAULT, "driven").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(ramming), t, personNamed(t, "Salman Abedi"))
                .get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText victim = text("A van was driven into a crowd in Finsbury Park .",
                "The perpetrator , a 47-year-old man , struck a man named Salman Abedi .");
        Event other = event(victim, EventType.UNARMED_ASSAULT, "driven").build();
        assertTrue(IdentifiedAttackers.add(List.of(other), victim, personNamed(victim, "Salman Abedi")).get(0)
                .roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty(), "the victim named after a verb");
    }

    @Test
    void whoPlantedTheBombsIsThePerpetratorOfTheBombingBefore() {
        AnnotatedText t = text("The marathon bombing was a terrorist attack .",
                "Brothers Salman Abedi planted two homemade pressure cooker bombs , which detonated .");
        Event bombing = event(t, EventType.BOMBING, "bombing").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(bombing), t, personNamed(t, "Salman Abedi"))
                .get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText found = text("The marathon bombing was a terrorist attack .",
                "Police said Salman Abedi found two bombs .");
        Event other = event(found, EventType.BOMBING, "bombing").build();
        assertTrue(IdentifiedAttackers.add(List.of(other), found, personNamed(found, "Salman Abedi")).get(0)
                .roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty());
    }

    @Test
    void aNameBeforeTheAttackerNounOrAfterALoneWolfTerroristIsThePerpetrator() {
        AnnotatedText before = text("A car rammed students at the campus .",
                "Salman Abedi , the assailant , was shot by an officer .");
        Event ramming = event(before, EventType.ATTACK, "rammed").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(ramming), before,
                personNamed(before, "Salman Abedi")).get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText wolf = text("The ramming attack occurred in Quebec .",
                "Two soldiers were hit by a lone wolf terrorist , Salman Abedi .");
        Event attack = event(wolf, EventType.ATTACK, "attack").build();
        assertEquals(Set.of(ABEDI), IdentifiedAttackers.add(List.of(attack), wolf,
                personNamed(wolf, "Salman Abedi")).get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText victim = text("A car rammed students at the campus .",
                "Salman Abedi , the victim , was treated in hospital .");
        assertNull(IdentifiedAttackers.add(List.of(event(victim, EventType.ATTACK, "rammed").build()), victim,
                personNamed(victim, "Salman Abedi")).get(0).roles().get(Role.PERPETRATOR));
    }

    @Test
    void anAttackWithAPerpetratorOrAPersonNamedOtherwiseIsLeftAlone() {
        AnnotatedText t = text("ISKP bombed the arena .", "The attacker was identified as Salman Abedi .");
        Event claimed = event(t, EventType.BOMBING, "bombed").role(Role.PERPETRATOR, ISKP).build();
        assertEquals(Set.of(ISKP), IdentifiedAttackers.add(List.of(claimed), t, personNamed(t, "Salman Abedi"))
                .get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText victim = text("A bomb exploded at the arena .", "The victim was identified as Salman Abedi .");
        Event blast = event(victim, EventType.BOMBING, "exploded").build();
        assertNull(IdentifiedAttackers.add(List.of(blast), victim, personNamed(victim, "Salman Abedi")).get(0)
                .roles().get(Role.PERPETRATOR));
    }
}
