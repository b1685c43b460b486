package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.AFGHANISTAN;
import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.JALALABAD;
import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.PLACES;
import static org.conflictkg.extract.incident.IncidentFixtures.TALIBAN;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.oneLine;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Modality;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {

    private final IncidentMerger merger = new IncidentMerger(PLACES);

    @Test
    void theMentionsOfOneAttackBecomeOneIncidentWithEverySlot() {
        AnnotatedText t = text("Suicide bombing kills 12 in Kabul",
                "A suicide bomber struck a mosque in Kabul on Friday , killing 12 people .",
                "The blast was claimed by ISKP .",
                "Officials said the attack wounded 30 .");
        Event headline = event(t, EventType.BOMBING, "bombing").at(KABUL).killed(12).build();
        Event lead = event(t, EventType.BOMBING, "struck").at(KABUL, AFGHANISTAN).on("2024-03-01", "sentence")
                .build();
        Event blast = event(t, EventType.ATTACK, "blast").build();
        Event attack = event(t, EventType.ATTACK, "attack").role(Role.PERPETRATOR, ISKP).build();
        List<Event> incidents = merger.merge(List.of(headline, lead, blast, attack), t);
        assertEquals(1, incidents.size(), incidents::toString);
        Event incident = incidents.get(0);
        assertEquals(EventType.BOMBING, incident.type());
        assertEquals(headline.key(), incident.key());
        assertEquals("2024-03-01", incident.date().orElseThrow().value());
        assertEquals(Set.of(KABUL), incident.places());
        assertEquals(12, incident.killed().orElseThrow().count());
        assertEquals(Set.of(ISKP), incident.roles().get(Role.PERPETRATOR));
        assertEquals(4, incident.triggers().size());
    }

    @Test
    void attacksInDifferentTownsOrOnDifferentDaysStayApart() {
        AnnotatedText t = text("A bomb exploded in Kabul .", "A bomb exploded in Jalalabad .",
                "Gunmen attacked a school in Kabul on 2024-03-02 .", "Gunmen attacked a bank in Kabul on 2024-03-05 .");
        Event kabul = event(t, EventType.BOMBING, "exploded").at(KABUL).on("2024-03-01", "heading").build();
        Event jalalabad = new IncidentFixtures.Builder(t, EventType.BOMBING, "exploded", kabul.key() + 1)
                .at(JALALABAD).on("2024-03-01", "heading").build();
        Event school = event(t, EventType.ARMED_ASSAULT, "attacked").at(KABUL).on("2024-03-02", "sentence").build();
        Event bank = new IncidentFixtures.Builder(t, EventType.ARMED_ASSAULT, "attacked", school.key() + 1)
                .at(KABUL).on("2024-03-05", "sentence").build();
        assertEquals(4, merger.merge(List.of(kabul, jalalabad, school, bank), t).size());
    }

    @Test
    void theNextSentenceOfADigestItemWithoutATownOrTollOfItsOwnTellsTheSameAttack() {
        AnnotatedText t = oneLine("Two people are killed in an attack in Kabul .",
                "A bus was ambushed by suspected ISKP insurgents .");
        Event attack = event(t, EventType.ATTACK, "attack").at(KABUL).killed(2).on("2024-03-01", "heading").build();
        Event ambush = event(t, EventType.ARMED_ASSAULT, "ambushed").role(Role.PERPETRATOR, ISKP)
                .on("2024-03-01", "heading").build();
        List<Event> incidents = merger.merge(List.of(attack, ambush), t);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(Set.of(ISKP), incidents.get(0).roles().get(Role.PERPETRATOR));
    }

    @Test
    void theNextItemOrASentenceWithItsOwnTollStaysApart() {
        AnnotatedText items = text("Two people are killed in an attack in Kabul .",
                "A bus was ambushed by suspected ISKP insurgents .");
        Event attack = event(items, EventType.ATTACK, "attack").at(KABUL).on("2024-03-01", "heading").build();
        Event ambush = event(items, EventType.ARMED_ASSAULT, "ambushed").on("2024-03-01", "heading").build();
        assertEquals(2, merger.merge(List.of(attack, ambush), items).size(), "the next line");

        AnnotatedText line = oneLine("Two people are killed in an attack in Kabul .",
                "Three soldiers were killed when a bus was ambushed .");
        Event first = event(line, EventType.ATTACK, "attack").at(KABUL).on("2024-03-01", "heading").build();
        Event tolled = event(line, EventType.ARMED_ASSAULT, "ambushed").killed(3).on("2024-03-01", "heading")
                .build();
        assertEquals(2, merger.merge(List.of(first, tolled), line).size(), "a toll of its own");
    }

    @Test
    void aTitleNamingADistrictJoinsTheLeadInItsTownButTwoTownsStayApart() {
        AnnotatedText t = text("2016 Karrada bombing", "Militants carried out bomb attacks in Baghdad on 2016-07-03 .");
        String karrada = "urn:place:karrada";
        String baghdad = "urn:place:baghdad";
        IncidentMerger merger = new IncidentMerger(new PlaceFacts(Map.of(karrada, EntityType.PLACE, baghdad,
                EntityType.CITY, KABUL, EntityType.CITY), Map.of()));
        Event title = event(t, EventType.BOMBING, "bombing").at(karrada).on("2016-07-03", "lead").build();
        Event lead = event(t, EventType.BOMBING, "attacks").at(baghdad).on("2016-07-03", "sentence").build();
        assertEquals(1, merger.merge(List.of(title, lead), t).size());
        AnnotatedText later = text("2016 Karrada bombing",
                "Militants carried out bomb attacks in Baghdad on 2016-07-03 .",
                "The man behind the bombing was arrested .");
        Event named = event(later, EventType.BOMBING, "bombing").mentionedAgain("bombing").at(karrada)
                .on("2016-07-03", "lead").build();
        Event leadAfter = event(later, EventType.BOMBING, "attacks").at(baghdad).on("2016-07-03", "sentence").build();
        assertEquals(1, merger.merge(List.of(named, leadAfter), later).size(),
                "the title's incident, named again later, joins the lead");
        Event elsewhere = event(t, EventType.BOMBING, "bombing").at(KABUL).on("2016-07-03", "lead").build();
        assertEquals(2, merger.merge(List.of(elsewhere, lead), t).size(), "two towns of the gazetteer");
        AnnotatedText body = text("Report .", "Militants attacked Karrada on 2016-07-03 .",
                "Militants carried out bomb attacks in Baghdad on 2016-07-03 .");
        Event first = event(body, EventType.BOMBING, "attacked").at(karrada).on("2016-07-03", "sentence").build();
        Event second = event(body, EventType.BOMBING, "attacks").at(baghdad).on("2016-07-03", "sentence").build();
        assertEquals(2, merger.merge(List.of(first, second), body).size(), "no title: a district is a place apart");
    }

    @Test
    void aPlaceNamedWithItsTownIsThatTownButAPlaceNamedBesideATownIsNot() {
        String lower = "urn:place:lower-manhattan";
        String nyc = "urn:place:new-york-city";
        AnnotatedText t = text("Report .", "A man drove a truck into cyclists in Lower Manhattan , New York City on 2017-10-31 .",
                "The attack in New York City killed eight .");
        AnnotatedText beside = text("Report .",
                "A man drove a truck into cyclists in Lower Manhattan and New York City on 2017-10-31 .",
                "The attack in New York City killed eight .");
        for (AnnotatedText text : List.of(t, beside)) {
            int first = text.text().indexOf("Lower");
            int second = text.text().indexOf("New York City");
            int third = text.text().lastIndexOf("New York City");
            PlaceFacts facts = new PlaceFacts(Map.of(lower, EntityType.PLACE, nyc, EntityType.CITY), Map.of(),
                    Map.of(lower, List.of(new Span(1, first, first + 15, "Lower Manhattan")),
                            nyc, List.of(new Span(1, second, second + 13, "New York City"),
                                    new Span(2, third, third + 13, "New York City"))));
            Event drove = event(text, EventType.UNARMED_ASSAULT, "drove").at(lower).on("2017-10-31", "sentence")
                    .build();
            Event attack = event(text, EventType.ATTACK, "attack").at(nyc).killed(8).build();
            int expected = text == t ? 1 : 2;
            assertEquals(expected, new IncidentMerger(facts).merge(List.of(drove, attack), text).size(),
                    text.text());
        }
    }

    @Test
    void theLeadTellsWhatTheTitleNamesEvenInThePluralButALaterParagraphIsApart() {
        AnnotatedText t = text("2016 Karrada bombing", "Militants carried out coordinated bomb attacks on 2016-07-03 .",
                "Militants carried out more bomb attacks on 2016-08-01 .");
        Event title = event(t, EventType.BOMBING, "bombing").on("2016", "sentence").build();
        Event lead = event(t, EventType.BOMBING, "attacks").on("2016-07-03", "sentence").build();
        Event later = new IncidentFixtures.Builder(t, EventType.BOMBING, "attacks", t.text().indexOf("more"))
                .on("2016-08-01", "sentence").build();
        List<Event> incidents = merger.merge(List.of(title, lead, later), t);
        assertEquals(2, incidents.size(), incidents::toString);
        assertEquals("2016-07-03", incidents.get(0).date().orElseThrow().value());
    }

    @Test
    void aDigestItemTellsTheIncidentItsTitleLineNamesInTheTitlesWord() {
        AnnotatedText t = text("December 11, 2016 (Sunday)", "December 2016 Istanbul bombings",
                "The toll from the bombings of 2016-12-10 rises to 38 .", "Aleppo offensive",
                "The offensive on 2016-12-11 kills ten .", "Nagrota attack", "Militants raid a base on 2016-12-11 .");
        Event title = event(t, EventType.BOMBING, "bombings").on("2016-12", "sentence").build();
        Event item = new IncidentFixtures.Builder(t, EventType.BOMBING, "bombings", t.text().indexOf("toll"))
                .on("2016-12-10", "sentence").killed(38).build();
        Event campaign = event(t, EventType.MILITARY_OPERATION, "offensive").on("2016-12", "sentence").build();
        Event step = new IncidentFixtures.Builder(t, EventType.MILITARY_OPERATION, "offensive",
                t.text().indexOf("offensive on")).on("2016-12-11", "sentence").build();
        Event nagrota = event(t, EventType.ATTACK, "attack").on("2016-12-11", "heading").build();
        Event raid = event(t, EventType.ARMED_ASSAULT, "raid").on("2016-12-11", "heading").build();
        List<Event> incidents = merger.merge(List.of(title, item, campaign, step, nagrota, raid), t);
        assertEquals(5, incidents.size(), incidents::toString);
        assertEquals("2016-12-10", incidents.get(0).date().orElseThrow().value());
        assertEquals(38, incidents.get(0).killed().orElseThrow().count());
    }

    @Test
    void aDigestItemInTheTownItsTitleLineNamesTellsThatIncidentInAnyWord() {
        AnnotatedText t = text("August 30, 2023 (Wednesday)", "Bombing of Kabul",
                "Two people are killed in a missile strike on Kabul .", "Bombing of Jalalabad",
                "One person is killed in a strike on Kabul .");
        Event kabulTitle = event(t, EventType.BOMBING, "Bombing").at(KABUL).on("2023-08-30", "heading").build();
        Event kabulStrike = event(t, EventType.MILITARY_OPERATION, "strike").at(KABUL).on("2023-08-30", "heading")
                .killed(2).build();
        Event jalalabadTitle = new IncidentFixtures.Builder(t, EventType.BOMBING, "Bombing",
                t.text().indexOf("Bombing of Jalalabad")).at(JALALABAD).on("2023-08-30", "heading").build();
        Event otherStrike = new IncidentFixtures.Builder(t, EventType.MILITARY_OPERATION, "strike",
                t.text().lastIndexOf("strike")).at(KABUL).on("2023-08-30", "heading").killed(1).build();
        List<Event> incidents = merger.merge(List.of(kabulTitle, kabulStrike, jalalabadTitle, otherStrike), t);
        assertEquals(3, incidents.size(), incidents::toString);
        assertEquals(EventType.BOMBING, incidents.get(0).type());
        assertEquals(2, incidents.get(0).killed().orElseThrow().count());
        assertEquals(Set.of(JALALABAD), incidents.get(1).places());
    }

    @Test
    void mentionsAtOneSiteAreOneIncidentEvenWhenOneGivesOnlyTheYear() {
        AnnotatedText t = text("2020 Kabul University attack", "Gunmen open fire at Kabul University , killing 22 .");
        String university = "urn:site:kabul-university";
        IncidentMerger bySite = new IncidentMerger(new PlaceFacts(Map.of(university,
                EntityType.SITE, KABUL, EntityType.CITY), Map.of()));
        Event heading = event(t, EventType.ATTACK, "attack").at(university).on("2020", "sentence").build();
        Event item = event(t, EventType.ARMED_ASSAULT, "fire").at(university).on("2020-11-02", "sentence")
                .killed(22).build();
        List<Event> incidents = bySite.merge(List.of(heading, item), t);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(EventType.ARMED_ASSAULT, incidents.get(0).type());
    }

    @Test
    void anotherAttackIsAnotherIncident() {
        AnnotatedText t = text("Militants attacked a checkpoint in Kabul .", "In another attack , two soldiers died .");
        Event first = event(t, EventType.ARMED_ASSAULT, "attacked").at(KABUL).build();
        Event other = new IncidentFixtures.Builder(t, EventType.ATTACK, "attack", t.text().indexOf("another"))
                .build();
        assertEquals(2, merger.merge(List.of(first, other), t).size());
    }

    @Test
    void anAttackToldSeparatelyOrElsewhereIsAnotherIncident() {
        for (String marker : List.of("And , separately , a", "Elsewhere , a", "In a separate incident , a")) {
            AnnotatedText t = text("Militants raided a village in Kabul .", marker + " suicide attack killed three .");
            Event raid = event(t, EventType.ARMED_ASSAULT, "raided").at(KABUL).on("2015-12-23", "sentence").build();
            Event attack = event(t, EventType.ATTACK, "attack").on("2015-12-23", "sentence").build();
            assertEquals(2, merger.merge(List.of(raid, attack), t).size(), marker);
        }
        AnnotatedText same = text("Militants raided a village in Kabul .", "The suicide attack killed three .");
        Event raid = event(same, EventType.ARMED_ASSAULT, "raided").at(KABUL).on("2015-12-23", "sentence").build();
        Event attack = event(same, EventType.ATTACK, "attack").on("2015-12-23", "sentence").build();
        assertEquals(1, merger.merge(List.of(raid, attack), same).size(), "without the marker, one incident");
    }

    @Test
    void conflictingPerpetratorsOrModalityKeepIncidentsApart() {
        AnnotatedText t = text("ISKP attacked a shrine .", "The Taliban attack on the base .", "A planned attack .");
        Event iskp = event(t, EventType.ATTACK, "attacked").role(Role.PERPETRATOR, ISKP).build();
        Event taliban = new IncidentFixtures.Builder(t, EventType.ATTACK, "attack", t.text().indexOf("Taliban"))
                .role(Role.PERPETRATOR, TALIBAN).build();
        Event planned = new IncidentFixtures.Builder(t, EventType.ATTACK, "attack", taliban.key() + 1)
                .modality(Modality.PLANNED).build();
        assertEquals(3, merger.merge(List.of(iskp, taliban, planned), t).size());
    }

    @Test
    void claimsPointAtTheIncidentAndAHeadlineClaimJoinsTheBodysClaim() {
        AnnotatedText t = text("ISKP claims Kabul bombing", "A bomb exploded in Kabul .", "ISKP claimed the blast .");
        Event headlineAttack = event(t, EventType.BOMBING, "bombing").at(KABUL).build();
        Event headlineClaim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claims").build();
        Event attack = event(t, EventType.BOMBING, "exploded").at(KABUL).build();
        Event blast = event(t, EventType.ATTACK, "blast").build();
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").role(Role.CLAIMANT, ISKP)
                .claims(blast).build();
        List<Event> incidents = merger.merge(List.of(headlineAttack, headlineClaim, attack, blast, claim), t);
        assertEquals(2, incidents.size(), incidents::toString);
        Event merged = incidents.stream().filter(e -> e.type() == EventType.CLAIM_OF_RESPONSIBILITY).findFirst()
                .orElseThrow();
        assertEquals(Optional.of(headlineAttack.key()), merged.claimedEvent());
        assertEquals(Set.of(ISKP), merged.roles().get(Role.CLAIMANT));
        assertEquals(headlineClaim.key(), merged.key());
    }

    @Test
    void itemsUnderOneDayHeadingAreNotTiedByItsDate() {
        AnnotatedText t = text("A suicide attack near Bagram kills six soldiers .", "Rockets hit the capital .");
        Event bagram = event(t, EventType.ATTACK, "attack").on("2015-12-21", "heading").killed(6).build();
        Event rockets = event(t, EventType.BOMBING, "hit").on("2015-12-21", "heading").build();
        assertEquals(2, merger.merge(List.of(bagram, rockets), t).size());
    }

    @Test
    void aStatementsTitleOverItsDateLineJoinsTheLeadThatItsDateHeadingDates() {
        AnnotatedText t = ReportHeadTest.STATEMENT;
        Event title = event(t, EventType.ATTACK, "Attack").at(KABUL).build();
        Event massacre = event(t, EventType.ARMED_ASSAULT, "massacre").on("2013-09-21", "heading").killed(30).build();
        List<Event> incidents = merger.merge(List.of(title, massacre), t);
        assertEquals(1, incidents.size());
        assertEquals(Set.of(KABUL), incidents.get(0).places());
        assertEquals("2013-09-21", incidents.get(0).date().orElseThrow().value());
    }

    /** The lines as sentences of one paragraph. */
    @Test
    void theMentionsOfARecordThatOpensWithItsDateAreOneIncident() {
        AnnotatedText record = oneLine("05/15/2017: Assailants attacked a patrol in Kabul .",
                "Two soldiers were killed in the assault .");
        Event attack = event(record, EventType.ATTACK, "attacked").at(KABUL).on("2017-05-15", "heading").build();
        Event assault = event(record, EventType.HOSTAGE_TAKING, "assault").on("2017-05-15", "heading").killed(2)
                .build();
        List<Event> incidents = merger.merge(List.of(attack, assault), record);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(2, incidents.get(0).killed().orElseThrow().count());
        AnnotatedText day = oneLine("May 15, 2017 (Monday)", "Assailants attacked a patrol in Kabul .",
                "Two soldiers were killed in an assault .");
        Event first = event(day, EventType.ATTACK, "attacked").at(KABUL).on("2017-05-15", "heading").build();
        Event second = event(day, EventType.HOSTAGE_TAKING, "assault").on("2017-05-15", "heading").killed(2)
                .build();
        assertEquals(2, merger.merge(List.of(first, second), day).size(), "a day heading on its own line");
    }

    @Test
    void theEnsuingClashIsPartOfTheAttack() {
        AnnotatedText t = text("Assailants attacked police posts in Kabul .",
                "Eight assailants were killed in the ensuing clash .", "Troops later raided a camp .");
        Event attack = event(t, EventType.ATTACK, "attacked").at(KABUL).build();
        Event clash = event(t, EventType.MILITARY_OPERATION, "clash").killed(8).build();
        Event raid = event(t, EventType.MILITARY_OPERATION, "raided").build();
        List<Event> incidents = merger.merge(List.of(attack, clash, raid), t);
        assertEquals(2, incidents.size(), incidents::toString);
        assertEquals(8, incidents.get(0).killed().orElseThrow().count());
    }

    @Test
    void theStepsOfOneProsecutionAreOneTrialDatedByTheLatestStep() {
        AnnotatedText t = text("He was charged on 2010-11-26 .", "A date was set .",
                "He was sentenced on 2014-09-02 .", "Two others were indicted .");
        String him = "urn:person:him";
        String others = "urn:person:others";
        Event charged = event(t, EventType.TRIAL, "charged").role(Role.SUSPECT, him).on("2010-11-26", "sentence")
                .build();
        Event sentenced = event(t, EventType.TRIAL, "sentenced").on("2014-09-02", "sentence").build();
        Event indicted = event(t, EventType.TRIAL, "indicted").role(Role.SUSPECT, others).build();
        List<Event> incidents = merger.merge(List.of(charged, sentenced, indicted), t);
        assertEquals(2, incidents.size(), "other defendants are another case: " + incidents);
        assertEquals(2, incidents.get(0).triggers().size());
        assertEquals("2014-09-02", incidents.get(0).date().orElseThrow().value());
    }

    @Test
    void plotMentionsDatedAlikeAreOnePlotButAttacksNeedADay() {
        AnnotatedText t = text("A report on 2005", "A conspiracy in 2005 to bomb troops .",
                "The conspiracy began in 2005 .", "Militants attacked a base in 2005 .",
                "Militants attacked a convoy in 2005 .");
        Event plot = event(t, EventType.PLOT, "conspiracy").on("2005", "sentence").build();
        Event again = event(t, EventType.PLOT, "conspiracy began").on("2005", "sentence").build();
        Event base = event(t, EventType.ATTACK, "attacked a base").on("2005", "sentence").build();
        Event convoy = event(t, EventType.ATTACK, "attacked a convoy").on("2005", "sentence").build();
        List<Event> incidents = merger.merge(List.of(plot, again, base, convoy), t);
        assertEquals(3, incidents.size(), incidents::toString);
        assertEquals(2, incidents.get(0).triggers().size());
    }
}
