package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.TALIBAN;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.groupNamed;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AttributedPerpetratorsTest {

    @Test
    void theGroupSourcesAttributeAnAttackToIsItsPerpetrator() {
        AnnotatedText t = text("A bomb exploded in Kabul ; sources attributed the attack to the ISKP .");
        Event bombing = event(t, EventType.BOMBING, "exploded").build();
        Event result = AttributedPerpetrators.add(List.of(bombing), t, groupNamed(t, ISKP, "ISKP")).get(0);
        assertEquals(Set.of(ISKP), result.roles().get(Role.PERPETRATOR));
        assertTrue(result.assignments().stream().anyMatch(a -> a.rule().equals("attributed-to")));
    }

    @Test
    void aPassiveBlameNamesThePerpetratorToo() {
        AnnotatedText t = text("Gunmen stormed a hotel ; the assault was widely blamed on ISKP .");
        Event assault = event(t, EventType.ARMED_ASSAULT, "stormed").build();
        Event result = AttributedPerpetrators.add(List.of(assault), t, groupNamed(t, ISKP, "ISKP")).get(0);
        assertEquals(Set.of(ISKP), result.roles().get(Role.PERPETRATOR));
    }

    @Test
    void anAttackBlamedOnAGroupNamesItsPerpetrator() {
        AnnotatedText t = text("Gunmen killed 12 people in an attack blamed on ISKP .");
        Event attack = event(t, EventType.ARMED_ASSAULT, "killed").build();
        Event result = AttributedPerpetrators.add(List.of(attack), t, groupNamed(t, ISKP, "ISKP")).get(0);
        assertEquals(Set.of(ISKP), result.roles().get(Role.PERPETRATOR));
    }

    @Test
    void aGroupOpeningASentenceThatBelievesItResponsibleIsThePerpetratorOfTheAttackBefore() {
        AnnotatedText t = IncidentFixtures.inParagraphs(new int[] {0, 0}, "A car bomb explodes in Jakarta .",
                "ISKP , a group linked to al-Qaeda , is believed responsible .");
        Event bombing = event(t, EventType.BOMBING, "explodes").build();
        Event result = AttributedPerpetrators.add(List.of(bombing), t, groupNamed(t, ISKP, "ISKP")).get(0);
        assertEquals(Set.of(ISKP), result.roles().get(Role.PERPETRATOR));
    }

    @Test
    void aGroupBelievedResponsibleInTheMiddleOfASentenceOrAnotherParagraphIsNoPerpetrator() {
        AnnotatedText inside = IncidentFixtures.inParagraphs(new int[] {0, 0}, "A car bomb explodes in Jakarta .",
                "Police say that ISKP is believed responsible .");
        Event bombing = event(inside, EventType.BOMBING, "explodes").build();
        assertEquals(Set.of(), AttributedPerpetrators.add(List.of(bombing), inside, groupNamed(inside, ISKP, "ISKP"))
                .get(0).roles().getOrDefault(Role.PERPETRATOR, Set.of()), "not the sentence's opening");
        AnnotatedText apart = text("A car bomb explodes in Jakarta .", "ISKP is believed responsible .");
        Event other = event(apart, EventType.BOMBING, "explodes").build();
        assertEquals(Set.of(), AttributedPerpetrators.add(List.of(other), apart, groupNamed(apart, ISKP, "ISKP"))
                .get(0).roles().getOrDefault(Role.PERPETRATOR, Set.of()), "another paragraph");
    }

    @Test
    void anAttackSaidToShowAGroupsCharacterIsLaidAtItsDoor() {
        AnnotatedText t = text("This cowardly suicide attack once again demonstrates the Taliban 's contempt .");
        Event attack = event(t, EventType.BOMBING, "attack").build();
        assertEquals(Set.of(TALIBAN), AttributedPerpetrators.add(List.of(attack), t,
                groupNamed(t, TALIBAN, "Taliban")).get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText example = text("This attack is yet another example of the cowardice of ISKP .");
        Event other = event(example, EventType.ATTACK, "attack").build();
        assertEquals(Set.of(ISKP), AttributedPerpetrators.add(List.of(other), example,
                groupNamed(example, ISKP, "ISKP")).get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText far = text("This attack shows that the police must do more to stop ISKP .");
        Event unattributed = event(far, EventType.ATTACK, "attack").build();
        assertTrue(AttributedPerpetrators.add(List.of(unattributed), far, groupNamed(far, ISKP, "ISKP")).get(0)
                .roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty(), "a group named farther on is none");
    }

    @Test
    void aGroupThatDirectedTheAttacksIsTheirPerpetratorButOneThatInspiredThemIsNot() {
        AnnotatedText t = text("Bombs exploded on four trains in Madrid ; the investigation found that the attacks "
                + "were directed by ISKP .");
        Event bombing = event(t, EventType.BOMBING, "exploded").build();
        assertEquals(Set.of(ISKP), AttributedPerpetrators.add(List.of(bombing), t, groupNamed(t, ISKP, "ISKP"))
                .get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText inspired = text("Bombs exploded on four trains in Madrid ; the investigation found that the "
                + "attacks were inspired by ISKP .");
        Event other = event(inspired, EventType.BOMBING, "exploded").build();
        assertTrue(AttributedPerpetrators.add(List.of(other), inspired, groupNamed(inspired, ISKP, "ISKP")).get(0)
                .roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty());
    }

    @Test
    void aNamedPerpetratorOrAnAttackOfAnotherParagraphIsLeftAlone() {
        AnnotatedText t = text("The Taliban attacked a checkpoint ; officials attributed the attack to ISKP .");
        Event attack = event(t, EventType.ATTACK, "attacked").role(Role.PERPETRATOR, TALIBAN).build();
        assertEquals(Set.of(TALIBAN), AttributedPerpetrators.add(List.of(attack), t, groupNamed(t, ISKP, "ISKP"))
                .get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText apart = text("A bomb exploded in Kabul .", "Sources attributed the attack to ISKP .");
        Event bombing = event(apart, EventType.BOMBING, "exploded").build();
        assertTrue(AttributedPerpetrators.add(List.of(bombing), apart, groupNamed(apart, ISKP, "ISKP")).get(0)
                .roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty());
    }

    @Test
    void aSuspicionThatAGroupDidItNamesThePerpetratorButAMereSuspicionDoesNot() {
        AnnotatedText behind = text("A bomb exploded in Kabul ; sources suspected that ISKP was behind the attack .");
        Event bombing = event(behind, EventType.BOMBING, "exploded").build();
        assertEquals(Set.of(ISKP), AttributedPerpetrators.add(List.of(bombing), behind,
                groupNamed(behind, ISKP, "ISKP")).get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText by = text("Gunmen raided a school ; sources suspected that the incident was carried out by ISKP .");
        Event raid = event(by, EventType.ATTACK, "raided").build();
        assertEquals(Set.of(ISKP), AttributedPerpetrators.add(List.of(raid), by, groupNamed(by, ISKP, "ISKP"))
                .get(0).roles().get(Role.PERPETRATOR));
        AnnotatedText loose = text("A bomb exploded in Kabul ; police suspected that ISKP members had fled .");
        Event other = event(loose, EventType.BOMBING, "exploded").build();
        assertTrue(AttributedPerpetrators.add(List.of(other), loose, groupNamed(loose, ISKP, "ISKP")).get(0)
                .roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty());
    }
}
