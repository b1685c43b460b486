package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class ReferenceLinkerTest {

    private static final Sentence FIRST = HandParsed.sentence(0, 0,
            "ISIL ISIL NNP 1 nsubj", "attacked attack VBD -1 root", "Kano Kano NNP 1 obj");
    private static final Sentence SECOND = HandParsed.sentence(1, 0,
            "The the DT 1 det", "attack attack NN 2 nsubj", "killed kill VBD -1 root", "12 12 CD 4 nummod",
            "people people NNS 2 obj");

    private static EventDraft attackByIsil() {
        EventDraft attack = HandParsed.draft(EventType.ATTACK, FIRST, 1);
        attack.roles.put(Role.PERPETRATOR, new TreeSet<>(Set.of("ex:ISIL")));
        return attack;
    }

    @Test
    void aDefiniteNounRefersToTheLatestAnchoredEventOfItsFamily() {
        EventDraft attack = attackByIsil();
        EventDraft reference = HandParsed.draft(EventType.BOMBING, SECOND, 1);
        reference.definite = true;
        assertSame(attack, ReferenceLinker.coreferent(List.of(attack), reference));
    }

    @Test
    void anEventWithAPlaceIsAnchoredAsOneWithADateIs() {
        EventDraft heading = HandParsed.draft(EventType.ATTACK, FIRST, 1);
        heading.date = Optional.of(new EventDate("2015-07", "month", "sentence", "July 2015"));
        EventDraft lead = HandParsed.draft(EventType.ATTACK, FIRST, 1);
        lead.places.add("ex:NorthSinai");
        EventDraft reference = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        reference.definite = true;
        assertSame(lead, ReferenceLinker.coreferent(List.of(heading, lead), reference),
                "'the assaults' after 'Militants launch attacks ... in North Sinai' under the heading 'July 2015 "
                        + "Sinai attacks'");
    }

    @Test
    void aDefiniteNounRefersToTheEventPlacedInTheSentenceRightBefore() {
        Sentence attack = HandParsed.sentence(0, 0,
                "militants militant NNS 1 nsubj", "attack attack VBP -1 root", "a a DT 3 det", "convoy convoy NN 1 obj");
        EventDraft borno = HandParsed.draft(EventType.ATTACK, attack, 1);
        borno.roles.put(Role.PERPETRATOR, new TreeSet<>(Set.of("ex:BokoHaram")));
        Sentence fire = HandParsed.sentence(1, 0,
                "Militants militant NNS 1 nsubj", "open open VBP -1 root", "fire fire NN 1 obj");
        EventDraft araman = HandParsed.draft(EventType.ARMED_ASSAULT, fire, 2);
        araman.places.add("ex:Araman");
        Sentence also = HandParsed.sentence(2, 0,
                "A a DT 1 det", "militant militant NN 3 nsubj:pass", "is be VBZ 3 aux:pass", "killed kill VBN -1 root",
                "in in IN 6 case", "the the DT 6 det", "attack attack NN 3 obl");
        EventDraft reference = HandParsed.draft(EventType.ATTACK, also, 6);
        reference.definite = true;
        assertSame(araman, ReferenceLinker.coreferent(List.of(borno, araman), reference),
                "'A militant is also killed in the attack' after 'Militants open fire on a checkpoint in Araman'");
        araman.places.clear();
        assertSame(borno, ReferenceLinker.coreferent(List.of(borno, araman), reference),
                "an event right before with nothing to anchor it is passed over, as before");
    }

    @Test
    void anEventOfAnotherFamilyIsNoReference() {
        EventDraft attack = attackByIsil();
        EventDraft arrest = HandParsed.draft(EventType.ARREST, SECOND, 1);
        arrest.definite = true;
        assertNull(ReferenceLinker.coreferent(List.of(attack), arrest));
    }

    @Test
    void mergingAddsWhatTheLaterMentionTells() {
        EventDraft attack = attackByIsil();
        EventDraft reference = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        reference.killed = Optional.of(new Casualties(12, ""));
        reference.places.add("ex:Kano");
        ReferenceLinker.merge(attack, reference, Map.of("ex:Kano", EntityType.CITY));
        assertEquals(Optional.of(new Casualties(12, "")), attack.killed);
        assertEquals(Set.of(0, 1), attack.sentences);
        assertEquals(2, attack.triggers.size());
        assertEquals(Set.of("ex:Kano"), attack.places);
    }

    @Test
    void anEventPlacedOnlyAtASiteTakesTheTownItsLaterMentionGives() {
        EventDraft attack = attackByIsil();
        attack.places.add("ex:school");
        EventDraft reference = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        reference.places.add("ex:Peshawar");
        ReferenceLinker.merge(attack, reference, Map.of("ex:school", EntityType.SITE, "ex:Peshawar", EntityType.CITY));
        assertEquals(Set.of("ex:school", "ex:Peshawar"), attack.places);
        EventDraft elsewhere = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        elsewhere.places.add("ex:Kano");
        ReferenceLinker.merge(attack, elsewhere, Map.of("ex:Kano", EntityType.CITY, "ex:Peshawar", EntityType.CITY));
        assertEquals(Set.of("ex:school", "ex:Peshawar"), attack.places, "a town it has stays its only town");
    }

    @Test
    void anUndatedEventTakesTheDayItsLaterMentionsParagraphGives() {
        EventDraft attack = attackByIsil();
        EventDraft loose = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        loose.date = Optional.of(new EventDate("2022-01", "month", "paragraph", "earlier in January"));
        ReferenceLinker.merge(attack, loose, Map.of());
        assertEquals(Optional.empty(), attack.date, "a month of the paragraph dates no event of another sentence");
        EventDraft reference = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        EventDate paragraphDay = new EventDate("2014-12-16", "day", "paragraph", "today");
        reference.date = Optional.of(paragraphDay);
        ReferenceLinker.merge(attack, reference, Map.of());
        assertEquals(Optional.of(paragraphDay), attack.date);
        EventDraft later = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        later.date = Optional.of(new EventDate("2015", "year", "sentence", "2015"));
        ReferenceLinker.merge(attack, later, Map.of());
        assertEquals(Optional.of(paragraphDay), attack.date, "a date the event has stays");
    }

    @Test
    void anEventDatedOnlyByAYearTakesTheDayInThatYearItsLaterMentionGives() {
        EventDraft attack = attackByIsil();
        attack.date = Optional.of(new EventDate("2007", "year", "sentence", "2007"));
        EventDraft otherYear = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        otherYear.date = Optional.of(new EventDate("2008-06-30", "day", "sentence", "30 June 2008"));
        ReferenceLinker.merge(attack, otherYear, Map.of());
        assertEquals("2007", attack.date.get().value(), "a day of another year does not refine the year");
        EventDraft lead = HandParsed.draft(EventType.ATTACK, SECOND, 1);
        EventDate day = new EventDate("2007-06-30", "day", "sentence", "30 June 2007");
        lead.date = Optional.of(day);
        ReferenceLinker.merge(attack, lead, Map.of());
        assertEquals(Optional.of(day), attack.date);
    }

    @Test
    void aClaimToldAgainByTheSameClaimantsIsOneClaim() {
        List<EventDraft> events = new ArrayList<>();
        for (Sentence sentence : List.of(FIRST, SECOND)) {
            EventDraft claim = HandParsed.draft(EventType.CLAIM_OF_RESPONSIBILITY, sentence, 1);
            claim.roles.put(Role.CLAIMANT, new TreeSet<>(Set.of("ex:ISIL")));
            claim.about = Optional.of(0);
            events.add(claim);
        }
        ReferenceLinker.mergeRepeatedClaims(events, Map.of());
        assertEquals(1, events.size());
        assertEquals(Set.of(0, 1), events.get(0).sentences);
    }
}
