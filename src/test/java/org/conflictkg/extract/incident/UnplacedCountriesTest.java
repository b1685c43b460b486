package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.AFGHANISTAN;
import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class UnplacedCountriesTest {

    private static final String RUSSIA = "urn:place:russia";
    private static final String FSB = "urn:authority:fsb";
    private static final PlaceFacts ABOUT_AFGHANISTAN = new PlaceFacts(
            Map.of(KABUL, EntityType.CITY, AFGHANISTAN, EntityType.COUNTRY, RUSSIA, EntityType.COUNTRY,
                    FSB, EntityType.STATE_AUTHORITY),
            Map.of(KABUL, AFGHANISTAN, FSB, RUSSIA), Map.of(), Optional.of(AFGHANISTAN));

    private final AnnotatedText text = text("Gunmen attacked a checkpoint .", "Police arrested two men .",
            "The FSB detained a suspect .", "The group claimed the attack .", "A bomb exploded in Kabul .");

    @Test
    void anIncidentPlacedNowhereIsInTheCountryTheDocumentIsAbout() {
        Event attack = event(text, EventType.ATTACK, "attacked").build();
        Event arrest = event(text, EventType.ARREST, "arrested").build();
        assertEquals(Map.of(attack.key(), Set.of(AFGHANISTAN), arrest.key(), Set.of(AFGHANISTAN)),
                UnplacedCountries.of(List.of(attack, arrest), ABOUT_AFGHANISTAN, text));
    }

    @Test
    void anIncidentAtAPlaceOfNoKnownCountryIsInTheCountryTheDocumentIsAbout() {
        String village = "urn:place:dalori";
        PlaceFacts facts = new PlaceFacts(Map.of(village, EntityType.PLACE, KABUL, EntityType.CITY, AFGHANISTAN,
                EntityType.COUNTRY), Map.of(KABUL, AFGHANISTAN), Map.of(), Optional.of(AFGHANISTAN));
        Event attack = event(text, EventType.ATTACK, "attacked").at(village).build();
        assertEquals(Map.of(attack.key(), Set.of(AFGHANISTAN)), UnplacedCountries.of(List.of(attack), facts, text));
    }

    @Test
    void aProsecutionInADocumentAboutNoCountryIsWhereTheOneStateWhoseAuthoritiesItNamesIs() {
        AnnotatedText t = text("He was sentenced today .", "Police arrested two men .");
        Event trial = event(t, EventType.TRIAL, "sentenced").build();
        Event arrest = event(t, EventType.ARREST, "arrested").build();
        PlaceFacts oneState = new PlaceFacts(Map.of(RUSSIA, EntityType.COUNTRY, FSB, EntityType.STATE_AUTHORITY),
                Map.of(FSB, RUSSIA), Map.of(), Optional.empty());
        assertEquals(Map.of(trial.key(), Set.of(RUSSIA)), UnplacedCountries.of(List.of(trial, arrest), oneState, t),
                "an arrest may be made abroad");
        String fbi = "urn:authority:fbi";
        PlaceFacts twoStates = new PlaceFacts(Map.of(RUSSIA, EntityType.COUNTRY, FSB, EntityType.STATE_AUTHORITY,
                fbi, EntityType.STATE_AUTHORITY), Map.of(FSB, RUSSIA, fbi, "urn:place:us"), Map.of(), Optional.empty());
        assertEquals(Map.of(), UnplacedCountries.of(List.of(trial), twoStates, t));
        assertEquals(Map.of(trial.key(), Set.of(AFGHANISTAN)),
                UnplacedCountries.of(List.of(trial), ABOUT_AFGHANISTAN, t), "the country the document is about first");
    }

    @Test
    void theAuthoritiesThatActedGiveTheirStateFirst() {
        Event detention = event(text, EventType.ARREST, "detained").role(Role.AUTHORITY, FSB).build();
        assertEquals(Map.of(detention.key(), Set.of(RUSSIA)),
                UnplacedCountries.of(List.of(detention), ABOUT_AFGHANISTAN, text));
    }

    @Test
    void placedIncidentsAndStatementsGetNone() {
        Event bombing = event(text, EventType.BOMBING, "exploded").at(KABUL).build();
        Event claim = event(text, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").build();
        assertEquals(Map.of(), UnplacedCountries.of(List.of(bombing, claim), ABOUT_AFGHANISTAN, text));
    }

    @Test
    void theCountryOfTheSectionHeadingComesBeforeTheDocumentsCountry() {
        AnnotatedText digest = text("War in Afghanistan", "A bomb exploded in Kabul .",
                "Terrorism in Kenya , War in Somalia", "2015 El Wak raid", "Two people are killed in an attack .");
        String kenya = "urn:place:kenya";
        String somalia = "urn:place:somalia";
        PlaceFacts facts = new PlaceFacts(Map.of(AFGHANISTAN, EntityType.COUNTRY, kenya, EntityType.COUNTRY, somalia,
                EntityType.COUNTRY), Map.of(), Map.of(AFGHANISTAN, List.of(span(digest, 0, "Afghanistan")), kenya,
                List.of(span(digest, 2, "Kenya")), somalia, List.of(span(digest, 2, "Somalia"))),
                Optional.of(AFGHANISTAN));
        Event attack = event(digest, EventType.ATTACK, "attack").build();
        assertEquals(Set.of(kenya), UnplacedCountries.of(List.of(attack), facts, digest).get(attack.key()));
    }

    @Test
    void theOneCountryThePlacesOfItsSentenceLieInComesBeforeTheHeadings() {
        AnnotatedText digest = text("War in Afghanistan", "A bomb kills four in a park south of Baghdad , Iraq .",
                "A bomb kills two in Kabul or Baghdad .");
        String iraq = "urn:place:iraq";
        String baghdad = "urn:place:baghdad";
        PlaceFacts facts = new PlaceFacts(Map.of(AFGHANISTAN, EntityType.COUNTRY, iraq, EntityType.COUNTRY, baghdad,
                EntityType.CITY, KABUL, EntityType.CITY), Map.of(baghdad, iraq, KABUL, AFGHANISTAN),
                Map.of(AFGHANISTAN, List.of(span(digest, 0, "Afghanistan")), iraq, List.of(span(digest, 1, "Iraq")),
                        baghdad, List.of(span(digest, 1, "Baghdad"), span(digest, 2, "Baghdad")),
                        KABUL, List.of(span(digest, 2, "Kabul"))), Optional.empty());
        Event south = event(digest, EventType.BOMBING, "kills").build();
        Event either = new IncidentFixtures.Builder(digest, EventType.BOMBING, "kills",
                digest.sentences().get(2).begin()).build();
        Map<Integer, Set<String>> countries = UnplacedCountries.of(List.of(south, either), facts, digest);
        assertEquals(Set.of(iraq), countries.get(south.key()));
        assertEquals(Set.of(AFGHANISTAN), countries.get(either.key()), "two countries in the sentence: the heading's");
        Event arrest = event(digest, EventType.ARREST, "kills").build();
        assertEquals(Set.of(AFGHANISTAN), UnplacedCountries.of(List.of(arrest), facts, digest).get(arrest.key()),
                "an arrest's sentence may name a country for another reason");
    }

    @Test
    void aCountryThatIsTheSubjectOfTheSentenceIsNoPlace() {
        AnnotatedText plain = text("The U.S. releases a report on an air raid .");
        List<Token> tokens = new ArrayList<>(plain.sentences().get(0).tokens());
        Token us = tokens.get(1);
        tokens.set(1, new Token(us.index(), us.word(), us.lemma(), "NNP", "O", "", us.begin(), us.end(), 2, "nsubj"));
        Sentence sentence = plain.sentences().get(0);
        AnnotatedText report = new AnnotatedText(plain.text(), List.of(new Sentence(sentence.index(),
                sentence.paragraph(), sentence.begin(), sentence.end(), tokens)));
        String unitedStates = "urn:place:united-states";
        PlaceFacts facts = new PlaceFacts(Map.of(unitedStates, EntityType.COUNTRY), Map.of(),
                Map.of(unitedStates, List.of(span(report, 0, "U.S."))), Optional.empty());
        Event raid = event(report, EventType.MILITARY_OPERATION, "raid").build();
        assertEquals(Map.of(), UnplacedCountries.of(List.of(raid), facts, report));
    }

    @Test
    void aLineEndingInAFullStopIsNoHeading() {
        AnnotatedText report = text("Terrorism in Kenya", "An attack in Kenya .");
        assertEquals(true, SectionHeadings.isHeading(report, report.sentences().get(0)));
        assertEquals(false, SectionHeadings.isHeading(report, report.sentences().get(1)));
    }

    @Test
    void aTopicHeadingThatNamesNoCountryOpensASectionOfItsOwnButAPartsHeadingDoesNot() {
        AnnotatedText digest = properNouns(text("Second Libyan Civil War", "A bomb exploded in a base .",
                "Hachalu Hundessa riots", "Many people have been arrested .", "Reactions",
                "Gunmen attacked a checkpoint ."), "Second", "Libyan", "Civil", "War", "Hachalu", "Hundessa");
        String libya = "urn:place:libya";
        PlaceFacts facts = new PlaceFacts(Map.of(libya, EntityType.COUNTRY), Map.of(),
                Map.of(libya, List.of(span(digest, 0, "Libyan"))), Optional.empty());
        Event bombing = event(digest, EventType.BOMBING, "exploded").build();
        Event arrest = event(digest, EventType.ARREST, "arrested").build();
        Event attack = event(digest, EventType.ATTACK, "attacked").build();
        assertEquals(Map.of(bombing.key(), Set.of(libya)),
                UnplacedCountries.of(List.of(bombing, arrest), facts, digest), "the riots are not in Libya");
        AnnotatedText report = properNouns(text("Second Libyan Civil War", "A bomb exploded in a base .",
                "Reactions", "Gunmen attacked a checkpoint ."), "Second", "Libyan", "Civil", "War");
        PlaceFacts reportFacts = new PlaceFacts(Map.of(libya, EntityType.COUNTRY), Map.of(),
                Map.of(libya, List.of(span(report, 0, "Libyan"))), Optional.empty());
        Event reaction = event(report, EventType.ATTACK, "attacked").build();
        assertEquals(Set.of(libya), UnplacedCountries.of(List.of(reaction), reportFacts, report).get(reaction.key()),
                "a heading of common words is a part of the section above");
        assertEquals(Map.of(), UnplacedCountries.of(List.of(attack), facts, digest));
    }

    @Test
    void aVerbThatModifiesANounLeavesALineAHeading() {
        AnnotatedText plain = text("American - led intervention in Iraq");
        List<Token> tokens = new ArrayList<>(plain.sentences().get(0).tokens());
        Token led = tokens.get(2);
        tokens.set(2, new Token(led.index(), led.word(), "lead", "VBN", "O", "", led.begin(), led.end(), 3, "amod"));
        Sentence sentence = plain.sentences().get(0);
        AnnotatedText heading = new AnnotatedText(plain.text(), List.of(new Sentence(0, 0, sentence.begin(),
                sentence.end(), tokens)));
        assertEquals(true, SectionHeadings.isHeading(heading, heading.sentences().get(0)));
        tokens.set(2, new Token(led.index(), led.word(), "lead", "VBD", "O", "", led.begin(), led.end(), -1, "root"));
        AnnotatedText clause = new AnnotatedText(plain.text(), List.of(new Sentence(0, 0, sentence.begin(),
                sentence.end(), tokens)));
        assertEquals(false, SectionHeadings.isHeading(clause, clause.sentences().get(0)));
    }

    @Test
    void theOneCountryOfItsLineComesBeforeTheHeadings() {
        AnnotatedText lines = text("Somali Civil War", "A rocket falls in Baghdad , Iraq .",
                "A missile is shot down .");
        String sameLine = lines.text().substring(0, lines.sentences().get(2).begin() - 1) + " "
                + lines.text().substring(lines.sentences().get(2).begin());
        AnnotatedText digest = new AnnotatedText(sameLine, lines.sentences());
        String iraq = "urn:place:iraq";
        String somalia = "urn:place:somalia";
        String baghdad = "urn:place:baghdad";
        PlaceFacts facts = new PlaceFacts(Map.of(somalia, EntityType.COUNTRY, iraq, EntityType.COUNTRY, baghdad,
                EntityType.CITY), Map.of(baghdad, iraq), Map.of(somalia, List.of(span(digest, 0, "Somali")),
                        iraq, List.of(span(digest, 1, "Iraq")), baghdad, List.of(span(digest, 1, "Baghdad"))),
                Optional.empty());
        Event missile = event(digest, EventType.ATTACK, "shot").build();
        assertEquals(Set.of(iraq), UnplacedCountries.of(List.of(missile), facts, digest).get(missile.key()));
        Event apart = event(lines, EventType.ATTACK, "shot").build();
        assertEquals(Set.of(somalia), UnplacedCountries.of(List.of(apart), facts, lines).get(apart.key()),
                "a line of its own: the heading's country");
    }

    /** The same text with these words tagged as proper nouns. */
    private static AnnotatedText properNouns(AnnotatedText plain, String... names) {
        Set<String> proper = Set.of(names);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : plain.sentences()) {
            List<Token> tokens = s.tokens().stream().map(t -> proper.contains(t.word())
                    ? new Token(t.index(), t.word(), t.lemma(), "NNP", t.ner(), t.normalized(), t.begin(), t.end(),
                            t.head(), t.relation()) : t).toList();
            sentences.add(new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), tokens));
        }
        return new AnnotatedText(plain.text(), sentences);
    }

    private static Span span(AnnotatedText text, int sentence, String word) {
        int begin = text.text().indexOf(word, text.sentences().get(sentence).begin());
        return new Span(sentence, begin, begin + word.length(), word);
    }

    @Test
    void aDocumentAboutNoOneCountryGivesNone() {
        Event attack = event(text, EventType.ATTACK, "attacked").build();
        assertEquals(Map.of(), UnplacedCountries.of(List.of(attack), IncidentFixtures.PLACES, text));
    }
}
