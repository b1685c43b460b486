package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.JALALABAD;
import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class AggregatesAndSplitterTest {

    @Test
    void pluralNounsWithOnlyAYearAreAnAggregate() {
        AnnotatedText t = text("Militants carried out at least 74 attacks in 2021 .", "Attacks in Kabul killed 12 .",
                "On 2021-03-02 attacks hit Kabul .");
        Event count = event(t, EventType.ATTACK, "attacks").on("2021", "sentence").build();
        Event toll = event(t, EventType.ATTACK, "Attacks").killed(12).build();
        Event day = new IncidentFixtures.Builder(t, EventType.ATTACK, "attacks", t.text().indexOf("On 2021"))
                .on("2021-03-02", "sentence").build();
        PlaceFacts facts = new PlaceFacts(Map.of(KABUL, EntityType.CITY), Map.of());
        assertEquals(List.of(toll, day), Aggregates.drop(List.of(count, toll, day), facts, t));
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "carried").claims(count).build();
        assertEquals(2, Aggregates.drop(List.of(count, claim), facts, t).size(),
                "an aggregate a statement is about stays");
        Event inKabul = event(t, EventType.ATTACK, "Attacks").at(KABUL).on("2014", "sentence").build();
        assertEquals(List.of(inKabul), Aggregates.drop(List.of(inKabul), facts, t), "a town: background incidents");
    }

    @Test
    void pluralAttacksNamedOnlyInADigestsTopicLineAreAWave() {
        AnnotatedText t = text("June 2020 Afghanistan attacks", "Gunmen carried out attacks on two villages .");
        Event topic = event(t, EventType.ATTACK, "attacks").on("2020-06-27", "heading").build();
        Event item = new IncidentFixtures.Builder(t, EventType.ATTACK, "attacks", t.text().lastIndexOf("attacks"))
                .on("2020-06-27", "heading").build();
        PlaceFacts facts = new PlaceFacts(Map.of(), Map.of());
        assertEquals(List.of(item), Aggregates.drop(List.of(topic, item), facts, t));
    }

    @Test
    void pluralNounsNamedByTheirYearAndANameOfTheirOwnAreOneIncident() {
        String line = "more than the 2014 Gikomba bombings and the 2014 bombings";
        String[][] parse = {{"more", "JJR", "-1", "root", "O"}, {"than", "IN", "5", "case", "O"},
            {"the", "DT", "5", "det", "O"}, {"2014", "CD", "5", "nummod", "DATE"},
            {"Gikomba", "NNP", "5", "compound", "O"}, {"bombings", "NNS", "0", "obl", "O"},
            {"and", "CC", "9", "cc", "O"}, {"the", "DT", "9", "det", "O"}, {"2014", "CD", "9", "nummod", "DATE"},
            {"bombings", "NNS", "5", "conj", "O"}};
        AnnotatedText t = parsed(line, parse);
        Event named = event(t, EventType.BOMBING, "bombings").on("2014", "sentence").build();
        Event unnamed = new IncidentFixtures.Builder(t, EventType.BOMBING, "bombings", line.lastIndexOf("bombings"))
                .on("2014", "sentence").build();
        PlaceFacts facts = new PlaceFacts(Map.of(), Map.of());
        assertEquals(List.of(named), Aggregates.drop(List.of(named, unnamed), facts, t));
        int gikomba = line.indexOf("Gikomba");
        PlaceFacts group = new PlaceFacts(Map.of("urn:group:gikomba", EntityType.ARMED_GROUP), Map.of(),
                Map.of("urn:group:gikomba", List.of(new Span(0, gikomba, gikomba + 7, "Gikomba"))));
        assertEquals(List.of(), Aggregates.drop(List.of(named, unnamed), group, t),
                "a year and the name of who did them count incidents");
    }

    @Test
    void pluralAttacksACondemnationCondemnsAreIncidents() {
        String line = "condemns last week's attacks in Niger and recent attacks";
        String[][] parse = {{"condemns", "VBZ", "-1", "root", "O", "condemn"}, {"last", "JJ", "2", "amod", "DATE"},
            {"week", "NN", "4", "nmod:poss", "DATE"}, {"'s", "POS", "2", "case", "O"},
            {"attacks", "NNS", "0", "obj", "O"}, {"in", "IN", "6", "case", "O"},
            {"Niger", "NNP", "4", "nmod", "LOCATION"}, {"and", "CC", "9", "cc", "O"},
            {"recent", "JJ", "9", "amod", "O"}, {"attacks", "NNS", "4", "conj", "O"}};
        AnnotatedText t = parsed(line, parse);
        Event first = event(t, EventType.ATTACK, "attacks").build();
        Event second = new IncidentFixtures.Builder(t, EventType.ATTACK, "attacks", line.lastIndexOf("attacks"))
                .build();
        PlaceFacts facts = new PlaceFacts(Map.of(), Map.of());
        assertEquals(List.of(first, second), Aggregates.drop(List.of(first, second), facts, t));
        AnnotatedText counted = parsed("counts attacks", new String[][] {{"counts", "VBZ", "-1", "root", "O", "count"},
            {"attacks", "NNS", "0", "obj", "O"}});
        assertEquals(List.of(), Aggregates.drop(List.of(event(counted, EventType.ATTACK, "attacks").build()), facts,
                counted), "attacks one only counts are an aggregate");
    }

    @Test
    void pluralAttacksInTwoCountriesAndNoTownAreTwoIncidentsAlsoWhenListedWithAComma() {
        for (String line : List.of("The attacks in Mali and Niger .", "The attacks in Mali , Niger .")) {
            AnnotatedText t = text(line);
            String mali = "urn:place:mali";
            String niger = "urn:place:niger";
            PlaceFacts facts = new PlaceFacts(Map.of(mali, EntityType.COUNTRY, niger, EntityType.COUNTRY), Map.of(),
                    Map.of(mali, List.of(new Span(0, line.indexOf("Mali"), line.indexOf("Mali") + 4, "Mali")),
                            niger, List.of(new Span(0, line.indexOf("Niger"), line.indexOf("Niger") + 5, "Niger"))));
            Event attacks = event(t, EventType.ATTACK, "attacks").at(mali, niger).build();
            List<Event> parts = IncidentSplitter.split(List.of(attacks), facts, t);
            assertEquals(List.of(Set.of(mali), Set.of(niger)), parts.stream().map(Event::places).toList(), line);
        }
    }

    /** A one-sentence text of these tokens: word, part of speech, head index, relation, entity tag[, lemma]. */
    private static AnnotatedText parsed(String line, String[][] parse) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String[] f : parse) {
            int begin = line.indexOf(f[0], offset);
            String lemma = f.length > 5 ? f[5] : f[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(tokens.size(), f[0], lemma, f[1], f[4], "", begin,
                    begin + f[0].length(), Integer.parseInt(f[2]), f[3]));
            offset = begin + f[0].length();
        }
        return new AnnotatedText(line, List.of(new Sentence(0, 0, 0, line.length(), tokens)));
    }

    /** Kabul and Jalalabad, two cities named in the first sentence of a text. */
    private static PlaceFacts kabulAndJalalabad(AnnotatedText t) {
        return new PlaceFacts(Map.of(KABUL, EntityType.CITY, JALALABAD, EntityType.CITY), Map.of(),
                Map.of(KABUL, List.of(new Span(0, t.text().indexOf("Kabul"), t.text().indexOf("Kabul") + 5, "Kabul")),
                        JALALABAD, List.of(new Span(0, t.text().indexOf("Jalalabad"),
                                t.text().indexOf("Jalalabad") + 9, "Jalalabad"))));
    }

    @Test
    void pluralAttacksInTwoTownsAreTwoIncidents() {
        AnnotatedText t = text("The bombings in Kabul and Jalalabad killed 20 .");
        PlaceFacts facts = kabulAndJalalabad(t);
        Event bombings = event(t, EventType.BOMBING, "bombings").at(KABUL, JALALABAD).killed(20).build();
        List<Event> parts = IncidentSplitter.split(List.of(bombings), facts, t);
        assertEquals(2, parts.size());
        assertEquals(Set.of(KABUL), parts.get(0).places());
        assertEquals(Set.of(JALALABAD), parts.get(1).places());
        assertEquals(bombings.key(), parts.get(0).key());
        assertEquals("Jalalabad", parts.get(1).triggers().get(0).text());
        assertTrue(parts.stream().allMatch(p -> p.killed().isEmpty()), "a toll for both belongs to neither");
        Event single = event(t, EventType.BOMBING, "bombings").at(KABUL).build();
        assertEquals(List.of(single), IncidentSplitter.split(List.of(single), facts, t));
    }

    @Test
    void aTollGivenBeforeEachTownIsThatPartsOwn() {
        AnnotatedText t = text("The bombings killed 6 in Kabul and more than 14 in Jalalabad .");
        Event bombings = event(t, EventType.BOMBING, "bombings").at(KABUL, JALALABAD).killed(20).build();
        List<Event> parts = IncidentSplitter.split(List.of(bombings), kabulAndJalalabad(t), t);
        assertEquals(List.of(6, 14), parts.stream().map(p -> p.killed().orElseThrow().count()).toList());
        AnnotatedText oneMissing = text("The bombings killed 6 in Kabul and others in Jalalabad .");
        Event some = event(oneMissing, EventType.BOMBING, "bombings").at(KABUL, JALALABAD).killed(6).build();
        assertTrue(IncidentSplitter.split(List.of(some), kabulAndJalalabad(oneMissing), oneMissing).stream()
                .allMatch(p -> p.killed().isEmpty()), "a part without a number of its own: no part takes one");
    }

    @Test
    void aPlaceNamedAfterAnotherWithACommaIsWhereThatOneLiesAndNoPartOfItsOwn() {
        AnnotatedText t = text("The bombings in Jalalabad , Kabul killed 4 .");
        Event bombings = event(t, EventType.BOMBING, "bombings").at(KABUL, JALALABAD).killed(4).build();
        assertEquals(List.of(bombings), IncidentSplitter.split(List.of(bombings), kabulAndJalalabad(t), t));
    }

    @Test
    void aPlaceNamedAfterAnotherOverAChainOfCommasIsWhereThatOneLies() {
        AnnotatedText t = text("The clashes in Jalalabad , Nangarhar , Kabul killed 4 .");
        Event clashes = event(t, EventType.ARMED_ASSAULT, "clashes").at(KABUL, JALALABAD).killed(4).build();
        assertEquals(List.of(clashes), IncidentSplitter.split(List.of(clashes), kabulAndJalalabad(t), t));
        AnnotatedText list = text("The clashes in Jalalabad , in the east , and Kabul killed 4 .");
        Event apart = event(list, EventType.ARMED_ASSAULT, "clashes").at(KABUL, JALALABAD).killed(4).build();
        assertEquals(2, IncidentSplitter.split(List.of(apart), kabulAndJalalabad(list), list).size(),
                "words that are no names between the commas make a list");
    }

    @Test
    void pluralAttacksReferredToAgainAreStillSplitAndTheFirstPartKeepsTheReference() {
        AnnotatedText t = text("The bombings in Kabul and Jalalabad killed 20 .", "The attacks were condemned .");
        PlaceFacts facts = kabulAndJalalabad(t);
        Event mention = event(t, EventType.BOMBING, "bombings").at(KABUL, JALALABAD).build();
        Span again = new Span(1, t.text().indexOf("attacks"), t.text().indexOf("attacks") + 7, "attacks");
        Event referred = new Event(mention.type(), List.of(mention.triggers().get(0), again), mention.roles(),
                mention.places(), mention.date(), mention.killed(), mention.wounded(), mention.modality(),
                mention.confidence(), mention.claimedEvent(), mention.about(), mention.attributedTo(),
                mention.channels(), mention.target(), Set.of(0, 1), mention.assignments());
        List<Event> parts = IncidentSplitter.split(List.of(referred), facts, t);
        assertEquals(2, parts.size());
        assertEquals(referred.triggers(), parts.get(0).triggers());
        assertEquals(Set.of(JALALABAD), parts.get(1).places());
    }

    @Test
    void aRegionTheTownsLieInMakesNoPartOfItsOwn() {
        AnnotatedText t = text("The bombings in Kabul and Jalalabad in eastern Afghanistan killed 20 .");
        PlaceFacts towns = kabulAndJalalabad(t);
        Map<String, EntityType> types = new java.util.HashMap<>(towns.types());
        types.put(EAST, EntityType.PLACE);
        Map<String, List<Span>> mentions = new java.util.HashMap<>(towns.mentions());
        int east = t.text().indexOf("eastern");
        mentions.put(EAST, List.of(new Span(0, east, east + 7, "eastern")));
        PlaceFacts facts = new PlaceFacts(types, Map.of(), mentions);
        Event bombings = event(t, EventType.BOMBING, "bombings").at(KABUL, JALALABAD, EAST).build();
        List<Event> parts = IncidentSplitter.split(List.of(bombings), facts, t);
        assertEquals(List.of(Set.of(KABUL), Set.of(JALALABAD)), parts.stream().map(Event::places).toList());
    }

    private static final String EAST = "urn:place:eastern-afghanistan";
}
