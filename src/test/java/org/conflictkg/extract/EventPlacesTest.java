package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventPlacesTest {

    private static final Sentence NEAR_THE_TOWN_OF_ARBINDA = HandParsed.sentence(0, 0,
            "Gunmen gunman NNS 1 nsubj",
            "abducted abduct VBD -1 root",
            "women woman NNS 1 obj",
            "near near IN 5 case",
            "the the DT 5 det",
            "town town NN 1 obl",
            "of of IN 7 case",
            "Arbinda Arbinda NNP 5 nmod");

    @Test
    void aTownAfterTheOfOfTheSiteAnAttackHitsIsWhereItHappenedButACountryThereOnlyOwnsIt() {
        Sentence station = HandParsed.sentence(0, 0,
                "Militants militant NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "the the DT 4 det",
                "police police NN 4 compound",
                "station station NN 1 obj",
                "of of IN 6 case",
                "Diffa Diffa NNP 4 nmod");
        assertTrue(EventPlaces.located(station, HandParsed.mention(station, 6, 6, EntityType.CITY)));
        assertFalse(EventPlaces.located(station, HandParsed.mention(station, 6, 6, EntityType.COUNTRY)),
                "the embassy of France is France's, not in France");
        Sentence leader = HandParsed.sentence(0, 0,
                "Militants militant NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "the the DT 3 det",
                "leader leader NN 1 obj",
                "of of IN 5 case",
                "Diffa Diffa NNP 3 nmod");
        assertFalse(EventPlaces.located(leader, HandParsed.mention(leader, 5, 5, EntityType.CITY)),
                "a person of a town may be anywhere");
    }

    @Test
    void aPlaceIsLocatedByALocativeMarkerOfTheNounThatNamesIt() {
        EntityMention arbinda = HandParsed.mention(NEAR_THE_TOWN_OF_ARBINDA, 7, 7, EntityType.CITY);
        assertTrue(EventPlaces.located(NEAR_THE_TOWN_OF_ARBINDA, arbinda));
        assertTrue(EventPlaces.namedBy(NEAR_THE_TOWN_OF_ARBINDA, arbinda, NEAR_THE_TOWN_OF_ARBINDA.tokens().get(5)));
    }

    @Test
    void aNameCompoundedWithAPlaceNounIsWhatItNamesButAnotherNounsCompoundIsNot() {
        Sentence village = HandParsed.sentence(0, 0,
                "fighters fighter NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "Dalori Dalori NNP 3 compound",
                "village village NN 1 obj");
        EntityMention dalori = HandParsed.mention(village, 2, 2, EntityType.PLACE);
        assertTrue(EventPlaces.namedBy(village, dalori, village.tokens().get(3)));
        Sentence market = HandParsed.sentence(0, 0,
                "bombers bomber NNS 1 nsubj",
                "struck strike VBD -1 root",
                "Baga Baga NNP 3 compound",
                "market market NN 1 obj");
        EntityMention baga = HandParsed.mention(market, 2, 2, EntityType.PLACE);
        assertFalse(EventPlaces.namedBy(market, baga, market.tokens().get(3)));
    }

    @Test
    void aPlaceIsLocatedAsTheNameOfALocatedPlaceNoun() {
        Sentence capital = HandParsed.sentence(0, 0,
                "troops troops NNS 1 nsubj",
                "raid raid VBP -1 root",
                "hideouts hideout NNS 1 obj",
                "in in IN 6 case",
                "the the DT 6 det",
                "Somali Somali JJ 6 amod",
                "capital capital NN 2 nmod",
                "Mogadishu Mogadishu NNP 6 appos");
        assertTrue(EventPlaces.located(capital, HandParsed.mention(capital, 7, 7, EntityType.CITY)),
                "in the Somali capital Mogadishu");
        Sentence township = HandParsed.sentence(0, 0,
                "blasts blast NNS 1 nsubj",
                "killed kill VBD -1 root",
                "people person NNS 1 obj",
                "in in IN 5 case",
                "the the DT 5 det",
                "township township NN 1 obl",
                "of of IN 7 case",
                "Sharaban Sharaban NNP 5 nmod");
        assertTrue(EventPlaces.located(township, HandParsed.mention(township, 7, 7, EntityType.PLACE)),
                "in the township of Sharaban");
        Sentence apposed = HandParsed.sentence(0, 0,
                "he he PRP 1 nsubj",
                "met meet VBD -1 root",
                "leader leader NN 1 obj",
                "Ali Ali NNP 2 appos");
        assertFalse(EventPlaces.located(apposed, HandParsed.mention(apposed, 3, 3, EntityType.CITY)),
                "a name apposed to a noun that is no place");
    }

    @Test
    void aPlaceWhereAnAttackRanksIsNoPlaceOfIt() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "attack attack NN 1 nsubj",
                "carried carry VBN -1 root",
                "in in IN 4 case",
                "the the DT 4 det",
                "history history NN 1 obl",
                "of of IN 6 case",
                "Spain Spain NNP 4 nmod",
                "and and CC 8 cc",
                "deadliest deadly JJS 6 conj",
                "in in IN 10 case",
                "Europe Europe NNP 8 nmod");
        EntityMention spain = HandParsed.mention(sentence, 6, 6, EntityType.COUNTRY);
        EntityMention europe = HandParsed.mention(sentence, 10, 10, EntityType.PLACE);
        assertFalse(EventPlaces.located(sentence, europe));
        EventDraft draft = HandParsed.draft(EventType.BOMBING, sentence, 0);
        EventPlaces.add(draft, sentence, sentence.tokens().get(4), List.of(spain, europe), false);
        assertTrue(draft.places.isEmpty(), draft.places::toString);
        EventPlaces.add(draft, NEAR_THE_TOWN_OF_ARBINDA, NEAR_THE_TOWN_OF_ARBINDA.tokens().get(5), List.of(HandParsed.mention(
                NEAR_THE_TOWN_OF_ARBINDA, 7, 7, EntityType.CITY)), false);
        assertEquals(1, draft.places.size(), "a place in a plain locative phrase still counts");
    }

    @Test
    void aNameTheParserSplitAtItsOwnPrepositionIsLocatedThroughItsFirstPart() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Militants militant NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "in in IN 4 case",
                "the the DT 4 det",
                "vicinity vicinity NN 1 obl",
                "of of IN 6 case",
                "Dar Dar NNP 4 nmod",
                "as as IN 8 case",
                "Salam Salam NNP 1 obl");
        assertTrue(EventPlaces.located(sentence, HandParsed.mention(sentence, 6, 8, EntityType.PLACE)));
        Sentence from = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj",
                "returned return VBD -1 root",
                "from from IN 3 case",
                "Dar Dar NNP 1 obl",
                "as as IN 5 case",
                "Salam Salam NNP 3 nmod");
        assertFalse(EventPlaces.located(from, HandParsed.mention(from, 3, 5, EntityType.PLACE)));
    }

    @Test
    void aDefiniteEventDoesNotTakeThePlaceOfAClauseSaidBesideIt() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj",
                "admitted admit VBD -1 root",
                "attempting attempt VBG 1 xcomp",
                "the the DT 4 det",
                "bombing bombing NN 2 obj",
                "and and CC 6 cc",
                "said say VBD 1 conj",
                "he he PRP 8 nsubj",
                "trained train VBD 6 ccomp",
                "in in IN 10 case",
                "Pakistan Pakistan NNP 8 obl");
        EntityMention pakistan = HandParsed.mention(sentence, 10, 10, EntityType.COUNTRY);
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, sentence, 4);
        bombing.definite = true;
        EventPlaces.soleEventPlaces(List.of(bombing), sentence, List.of(pakistan));
        assertEquals(Set.of(), bombing.places);
        EventDraft indefinite = HandParsed.draft(EventType.BOMBING, sentence, 4);
        EventPlaces.soleEventPlaces(List.of(indefinite), sentence, List.of(pakistan));
        assertEquals(Set.of("ex:Pakistan"), indefinite.places, "an event told for the first time takes it");
    }

    @Test
    void aPlaceInWhatTheWeaponWasAimedAtIsTheEventsButNotInWhatElseItDid() {
        for (String verb : List.of("targeting target", "bought buy")) {
            Sentence sentence = HandParsed.sentence(0, 0,
                    "bomb bomb NN 5 nsubj",
                    verb + " VBG 0 acl",
                    "police police NN 1 obj",
                    "in in IN 4 case",
                    "Bannu Bannu NNP 1 obl",
                    "kills kill VBZ -1 root",
                    "three three CD 7 nummod",
                    "people person NNS 5 obj");
            EntityMention bannu = HandParsed.mention(sentence, 4, 4, EntityType.CITY);
            EventDraft bombing = HandParsed.draft(EventType.BOMBING, sentence, 5);
            EventPlaces.soleEventPlaces(List.of(bombing), sentence, List.of(bannu));
            assertEquals(verb.startsWith("targeting") ? Set.of("ex:Bannu") : Set.of(), bombing.places, verb);
        }
    }

    @Test
    void aPlaceAfterAnotherPrepositionIsNotLocated() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj",
                "returned return VBD -1 root",
                "from from IN 3 case",
                "Kabul Kabul NNP 1 obl");
        assertFalse(EventPlaces.located(sentence, HandParsed.mention(sentence, 3, 3, EntityType.CITY)));
    }

    @Test
    void theSoleEventOfASentenceTakesItsLocatedPlaces() {
        EntityMention arbinda = HandParsed.mention(NEAR_THE_TOWN_OF_ARBINDA, 7, 7, EntityType.CITY);
        EventDraft abduction = HandParsed.draft(EventType.HOSTAGE_TAKING, NEAR_THE_TOWN_OF_ARBINDA, 1);
        EventPlaces.soleEventPlaces(List.of(abduction), NEAR_THE_TOWN_OF_ARBINDA, List.of(arbinda));
        assertEquals(Set.of("ex:Arbinda"), abduction.places);
    }

    @Test
    void aCountryNamingWhoseStrikeItWasIsNoPlaceButACountryCompoundingAnAttackIs() {
        Sentence strike = HandParsed.sentence(0, 0,
                "A a DT 2 det",
                "U.S. U.S. NNP 2 compound",
                "airstrike airstrike NN 3 nsubj",
                "killed kill VBD -1 root");
        assertFalse(EventPlaces.place(strike, HandParsed.mention(strike, 1, 1, EntityType.COUNTRY)));
        Sentence attack = HandParsed.sentence(0, 0,
                "The the DT 2 det",
                "Kenya Kenya NNP 2 compound",
                "attack attack NN 3 nsubj",
                "killed kill VBD -1 root");
        assertTrue(EventPlaces.place(attack, HandParsed.mention(attack, 1, 1, EntityType.COUNTRY)));
    }

    @Test
    void aPlaceThatDescribesAnActorIsNotTheEventsPlace() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Shabaab Shabaab NNP 6 nsubj",
                ", , , 0 punct",
                "the the DT 3 det",
                "affiliate affiliate NN 0 appos",
                "in in IN 5 case",
                "Somalia Somalia NNP 3 nmod",
                "said say VBD -1 root",
                "it it PRP 8 nsubj",
                "attacked attack VBD 6 ccomp",
                "Kenya Kenya NNP 8 obj");
        EntityMention shabaab = HandParsed.mention(sentence, 0, 0, EntityType.ARMED_GROUP);
        EntityMention somalia = HandParsed.mention(sentence, 5, 5, EntityType.COUNTRY);
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 8);
        EventPlaces.soleEventPlaces(List.of(attack), sentence, List.of(shabaab, somalia));
        assertEquals(Set.of(), attack.places, "where the group operates");
    }

    @Test
    void theSoleEventPlacedOnlyInACountryTakesTheTownsItsSentenceLocates() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "attacks attack NNS -1 root",
                "in in IN 2 case",
                "Nigeria Nigeria NNP 0 nmod",
                "took take VBD 0 acl:relcl",
                "lives life NNS 3 obj",
                "in in IN 6 case",
                "Potiskum Potiskum NNP 3 obl");
        EntityMention nigeria = HandParsed.mention(sentence, 2, 2, EntityType.COUNTRY);
        EntityMention potiskum = HandParsed.mention(sentence, 6, 6, EntityType.CITY);
        EventDraft attacks = HandParsed.draft(EventType.ATTACK, sentence, 0);
        attacks.places.add(nigeria.iri());
        EventPlaces.soleEventPlaces(List.of(attacks), sentence, List.of(nigeria, potiskum));
        assertEquals(Set.of("ex:Nigeria", "ex:Potiskum"), attacks.places);
        EventDraft inTown = HandParsed.draft(EventType.ATTACK, sentence, 0);
        inTown.places.add("ex:Kano");
        EventPlaces.soleEventPlaces(List.of(inTown), sentence, List.of(nigeria, potiskum));
        assertEquals(Set.of("ex:Kano"), inTown.places, "a town of its own arguments stays the only one");
    }

    @Test
    void eventsOfASentenceWithoutPlacesShareTheOneTownItLocatesButNotTwo() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Protesters protester NNS 3 nsubj",
                "in in IN 2 case",
                "Tripoli Tripoli NNP 0 nmod",
                "set set VBD -1 root",
                "fire fire NN 3 obj",
                ", , , 6 punct",
                "sparking spark VBG 3 advcl",
                "clashes clash NNS 6 obj");
        EntityMention tripoli = HandParsed.mention(sentence, 2, 2, EntityType.CITY);
        EventDraft arson = HandParsed.draft(EventType.ARSON, sentence, 3);
        EventDraft clashes = HandParsed.draft(EventType.ARMED_ASSAULT, sentence, 7);
        EventPlaces.soleEventPlaces(List.of(arson, clashes), sentence, List.of(tripoli));
        assertEquals(Set.of("ex:Tripoli"), arson.places);
        assertEquals(Set.of("ex:Tripoli"), clashes.places);
        Sentence twoTowns = HandParsed.sentence(0, 0,
                "Bombs bomb NNS 1 nsubj",
                "exploded explode VBD -1 root",
                "in in IN 3 case",
                "Kabul Kabul NNP 1 obl",
                "and and CC 6 cc",
                "in in IN 6 case",
                "Herat Herat NNP 3 conj",
                ", , , 8 punct",
                "sparking spark VBG 1 advcl",
                "clashes clash NNS 8 obj");
        EventDraft bombs = HandParsed.draft(EventType.BOMBING, twoTowns, 0);
        EventDraft fighting = HandParsed.draft(EventType.ARMED_ASSAULT, twoTowns, 9);
        EventPlaces.soleEventPlaces(List.of(bombs, fighting), twoTowns, List.of(
                HandParsed.mention(twoTowns, 3, 3, EntityType.CITY), HandParsed.mention(twoTowns, 6, 6,
                        EntityType.CITY)));
        assertEquals(Set.of(), fighting.places, "two towns for two events: which is whose is not told");
    }

    @Test
    void aPlaceInAClauseAboutThePeopleOfTheTriggersArgumentIsTheEventsPlace() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "truck truck NN 1 nsubj:pass",
                "driven drive VBN -1 root",
                "into into IN 3 case",
                "crowds crowd NNS 1 obl",
                "of of IN 5 case",
                "people person NNS 3 nmod",
                "celebrating celebrate VBG 5 acl",
                "in in IN 8 case",
                "Nice Nice NNP 6 obl");
        EntityMention nice = HandParsed.mention(sentence, 8, 8, EntityType.CITY);
        EventDraft ramming = HandParsed.draft(EventType.UNARMED_ASSAULT, sentence, 1);
        EventPlaces.soleEventPlaces(List.of(ramming), sentence, List.of(nice));
        assertEquals(Set.of("ex:Nice"), ramming.places);
    }

    @Test
    void aPlaceInAClauseAboutTheTriggerItselfIsTheEventsPlaceWhateverGovernsTheTrigger() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "one one CD -1 root",
                "of of IN 2 case",
                "attacks attack NNS 0 nmod",
                "that that WDT 4 nsubj",
                "took take VBD 2 acl:relcl",
                "place place NN 4 obj",
                "in in IN 7 case",
                "Edmonton Edmonton NNP 4 obl");
        EntityMention edmonton = HandParsed.mention(sentence, 7, 7, EntityType.CITY);
        EventDraft attacks = HandParsed.draft(EventType.ATTACK, sentence, 2);
        EventPlaces.soleEventPlaces(List.of(attacks), sentence, List.of(edmonton));
        assertEquals(Set.of("ex:Edmonton"), attacks.places);
    }

    @Test
    void aTownRightAfterAStrikeAndOnIsWhatItStruckHoweverTheParserAttachedItButACountryIsNot() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "people person NNS 1 nsubj:pass",
                "killed kill VBN -1 root",
                "in in IN 1 dep",
                "a a DT 2 dep",
                "Russian Russian NNP 3 dep",
                "drone drone VB 4 dep",
                "and and CC 8 cc",
                "missile missile NN 8 compound",
                "strike strike NN 5 conj",
                "on on IN 10 case",
                "Kyiv Kyiv NNP 5 obl");
        EventDraft strike = HandParsed.draft(EventType.MILITARY_OPERATION, sentence, 8);
        EventPlaces.soleEventPlaces(List.of(strike), sentence,
                List.of(HandParsed.mention(sentence, 10, 10, EntityType.CITY)));
        assertEquals(Set.of("ex:Kyiv"), strike.places);
        EventDraft onCountry = HandParsed.draft(EventType.MILITARY_OPERATION, sentence, 8);
        EventPlaces.soleEventPlaces(List.of(onCountry), sentence,
                List.of(HandParsed.mention(sentence, 10, 10, EntityType.COUNTRY)));
        assertEquals(Set.of(), onCountry.places, "a strike on a state is on its forces, anywhere");
        EventDraft killing = HandParsed.draft(EventType.ATTACK, sentence, 1);
        EventPlaces.soleEventPlaces(List.of(killing), sentence,
                List.of(HandParsed.mention(sentence, 10, 10, EntityType.CITY)));
        assertEquals(Set.of(), killing.places, "'on' after another word than the trigger is no target");
    }

    @Test
    void aPlaceInAClauseAboutAnotherNounIsNotTheEventsPlace() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "man man NN 6 nsubj",
                "with with IN 2 case",
                "passport passport NN 0 nmod",
                "acquired acquire VBN 2 acl",
                "in in IN 5 case",
                "Kyrgyzstan Kyrgyzstan NNP 3 obl",
                "attacked attack VBD -1 root",
                "police police NNS 6 obj");
        EntityMention kyrgyzstan = HandParsed.mention(sentence, 5, 5, EntityType.COUNTRY);
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 6);
        EventPlaces.soleEventPlaces(List.of(attack), sentence, List.of(kyrgyzstan));
        assertEquals(Set.of(), attack.places);
    }

    @Test
    void aHeadingBeforeAColonNamesThePlaceOfItsIncidents() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Mosul Mosul NNP 2 dep",
                ": : : 2 punct",
                "Gunmen gunman NNS 3 nsubj",
                "attacked attack VBD -1 root");
        EntityMention mosul = HandParsed.mention(sentence, 0, 0, EntityType.CITY);
        List<String> header = EventPlaces.headerPlaces(sentence, List.of(mosul));
        assertEquals(List.of("ex:Mosul"), header);
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 3);
        EventPlaces.contextPlaces(List.of(attack), header, List.of(), Map.of());
        assertEquals(Set.of("ex:Mosul"), attack.places);
    }

    @Test
    void aLocationFieldNamesThePlacesOfAReport() {
        Sentence sentence = HandParsed.sentence(0, 0, "Location Location NN -1 root", ": : : 0 punct",
                "Kano Kano NNP 0 appos");
        AnnotatedText text = new AnnotatedText("Location : Kano", List.of(sentence));
        EntityMention kano = HandParsed.mention(sentence, 2, 2, EntityType.CITY);
        assertEquals(List.of("ex:Kano"), EventPlaces.locationField(text, List.of(kano)));
    }

    @Test
    void locativesAndPlaceNounsAreReadFromTheLexicon() {
        assertTrue(EventPlaces.locative("on the outskirts of"));
        assertTrue(EventPlaces.locative("out of"), "drive insurgents out of the northern town of Talafar");
        assertFalse(EventPlaces.locative("from"));
        assertTrue(EventPlaces.placeNoun("governorate"));
        assertFalse(EventPlaces.placeNoun("mosque"));
    }

    @Test
    void anEventInAWhereClauseTakesThePlaceTheClauseAttachesTo() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Chibok Chibok NNP -1 root",
                ", , , 0 punct",
                "where where WRB 5 advmod",
                "schoolgirls schoolgirl NNS 5 nsubj:pass",
                "were be VBD 5 aux:pass",
                "kidnapped kidnap VBN 0 acl:relcl");
        EntityMention chibok = HandParsed.mention(sentence, 0, 0, EntityType.CITY);
        EventDraft kidnapping = HandParsed.draft(EventType.HOSTAGE_TAKING, sentence, 5);
        EventPlaces.wherePlaces(List.of(kidnapping), sentence, List.of(chibok));
        assertEquals(Set.of("ex:Chibok"), kidnapping.places);
        Sentence which = HandParsed.sentence(0, 0,
                "Chibok Chibok NNP -1 root",
                ", , , 0 punct",
                "which which WDT 3 nsubj",
                "attacked attack VBD 0 acl:relcl");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, which, 3);
        EventPlaces.wherePlaces(List.of(attack), which, List.of(HandParsed.mention(which, 0, 0, EntityType.CITY)));
        assertEquals(Set.of(), attack.places, "a clause of 'which' tells what the place did, not where");
    }
}
