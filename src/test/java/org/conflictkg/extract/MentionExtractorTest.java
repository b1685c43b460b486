package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private static final MentionExtractor EXTRACTOR = new MentionExtractor(KnowledgeBase.load());

    private static List<Mention> mentions(String... tokens) {
        return EXTRACTOR.extract(text(tokens));
    }

    @Test
    void aCapitalisedWordBeforeAPluralOfMilitancyNamesAGroupOfThatDescription() {
        List<Mention> found = mentions(
                "sources source NNS 1 nsubj",
                "attributed attribute VBD -1 root",
                "it it PRP 1 obj",
                "to to IN 5 case",
                "Fulani Fulani NNP 5 compound",
                "extremists extremist NNS 1 obl");
        assertEquals(1, found.size());
        assertEquals("Fulani extremists", found.get(0).text());
        assertEquals(EntityType.ARMED_GROUP, found.get(0).type());
        assertEquals("anti-Muslim extremists", mentions(
                "by by IN 2 case",
                "anti-Muslim anti-Muslim JJ 2 amod",
                "extremists extremist NNS -1 root").get(0).text());
    }

    @Test
    void atASentencesStartOnlyANameBeforeAPluralOfMilitancyNamesAGroup() {
        List<Mention> found = mentions(
                "Imbonerakure Imbonerakure NNP 1 compound",
                "militias militia NNS 2 nsubj",
                "cross cross VBP -1 root",
                "the the DT 4 det",
                "border border NN 2 obj");
        assertEquals(List.of("Imbonerakure militias"), found.stream().map(Mention::text).toList());
        assertEquals(EntityType.ARMED_GROUP, found.get(0).type());
        assertTrue(mentions(
                "Local Local JJ 1 amod",
                "militias militia NNS 2 nsubj",
                "cross cross VBP -1 root").isEmpty(), "a capitalised adjective at the start names no group");
    }

    @Test
    void aKnownGroupsNameBeforeAPluralOfMilitancyIsThatGroup() {
        List<Mention> found = mentions(
                "attack attack NN -1 root",
                "by by IN 3 case",
                "Houthi Houthi JJ 3 amod MISC",
                "militants militant NNS 0 nmod");
        assertEquals(List.of("Houthi"), found.stream().map(Mention::text).toList());
        assertEquals(EntityType.ARMED_GROUP, found.get(0).type());
        assertTrue(found.get(0).entityIri().isPresent(), "the knowledge base's group, not a described one");
    }

    @Test
    void aNameOpenedByHotelOrCampOrEndingInGateOrAirfieldIsASite() {
        List<Mention> hotel = mentions(
                "attack attack NN -1 root",
                "on on IN 3 case",
                "Hotel Hotel NNP 3 compound LOCATION",
                "Kangaba Kangaba NNP 0 nmod LOCATION");
        assertEquals(List.of(EntityType.SITE), hotel.stream().map(Mention::type).toList());
        List<Mention> gate = mentions(
                "bombing bombing NN -1 root",
                "at at IN 3 case",
                "Abbey Abbey NNP 3 compound LOCATION",
                "Gate Gate NNP 0 nmod LOCATION");
        assertEquals(List.of(EntityType.SITE), gate.stream().map(Mention::type).toList());
        List<Mention> airfield = mentions(
                "attack attack NN -1 root",
                "on on IN 3 case",
                "Bagram Bagram NNP 3 compound ORGANIZATION",
                "Airfield Airfield NNP 0 nmod ORGANIZATION");
        assertEquals(List.of(EntityType.SITE), airfield.stream().map(Mention::type).toList());
        List<Mention> town = mentions(
                "attack attack NN -1 root",
                "in in IN 2 case",
                "Kangaba Kangaba NNP 0 nmod LOCATION");
        assertEquals(List.of(EntityType.PLACE), town.stream().map(Mention::type).toList(), "a name alone");
    }

    @Test
    void aSurnameCutToItsInitialIsPartOfThePersonsName() {
        List<Mention> found = mentions(
                "identified identify VBN -1 root",
                "as as IN 3 case",
                "Ali Ali NNP 3 compound PERSON",
                "H. H. NNP 0 obl");
        assertEquals(List.of("Ali H."), found.stream().map(Mention::text).toList());
        assertEquals(EntityType.PERSON, found.get(0).type());
    }

    @Test
    void aCreedBeforeAPluralOfMilitancyNamesNoGroup() {
        List<Mention> found = mentions(
                "Police police NNS 1 nsubj",
                "said say VBD -1 root",
                "Islamist Islamist JJ 3 amod",
                "militants militant NNS 4 nsubj",
                "took take VBD 1 ccomp",
                "hostages hostage NNS 4 obj");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.ARMED_GROUP), found::toString);
    }

    @Test
    void compassAdjectivesBeforeAKnownPlaceAreNoPartOfItsNameButARegionStaysWhole() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(),
                name -> name.equals("Cairo") || name.equals("Africa"));
        List<Mention> suburb = extractor.extract(text(
                "in in IN 4 case",
                "a a DT 4 det",
                "Western Western JJ 3 amod LOCATION",
                "Cairo Cairo NNP 4 compound LOCATION",
                "suburb suburb NN -1 root"));
        assertEquals(1, suburb.size(), suburb::toString);
        assertEquals("Cairo", suburb.get(0).text());
        List<Mention> region = extractor.extract(text(
                "in in IN 2 case",
                "North North NNP 2 compound LOCATION",
                "Africa Africa NNP -1 root LOCATION"));
        assertEquals("North Africa", region.get(0).text());
    }

    @Test
    void twoPlacesJoinedByAndAreOnePlaceWhenTheGazetteerKnowsTheWhole() {
        String[] tokens = {
                "die die VBP -1 root",
                "in in IN 2 case",
                "Jammu Jammu NNP 0 obl LOCATION",
                "and and CC 4 cc",
                "Kashmir Kashmir NNP 2 conj LOCATION"};
        List<Mention> joined = new MentionExtractor(KnowledgeBase.load(), name -> name.equals("Jammu and Kashmir"))
                .extract(text(tokens));
        assertEquals(List.of("Jammu and Kashmir"), joined.stream().map(Mention::text).toList());
        List<Mention> apart = new MentionExtractor(KnowledgeBase.load(), name -> !name.contains(" and "))
                .extract(text(tokens));
        assertEquals(List.of("Jammu", "Kashmir"), apart.stream().map(Mention::text).toList(),
                "two places in a list stay two");
    }

    @Test
    void aKnownNameOpeningATableCellUpToAFullStopIsAPlaceHoweverTagged() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> name.equals("Tolosa"));
        List<Mention> found = extractor.extract(text(
                "October October NNP -1 root DATE",
                "| | NFP 0 punct",
                "0 0 CD 0 nummod",
                "| | NFP 0 punct",
                "Tolosa Tolosa NNP 0 dep PERSON",
                ". . . 0 punct"));
        assertEquals(1, found.size(), found::toString);
        assertEquals(EntityType.PLACE, found.get(0).type());
        List<Mention> described = extractor.extract(text(
                "| | NFP 1 punct",
                "Tolosa Tolosa NNP -1 root PERSON",
                "said say VBD 1 acl",
                ". . . 1 punct"));
        assertTrue(described.stream().noneMatch(m -> m.type() == EntityType.PLACE), "not closed by a full stop");
        String line = "0 | Tolosa .";
        Sentence cell = new Sentence(1, 0, 4, line.length(), List.of(
                new Token(0, "Tolosa", "Tolosa", "NNP", "PERSON", "", 4, 10, -1, "root"),
                new Token(1, ".", ".", ".", "O", "", 11, 12, 0, "punct")));
        Sentence before = new Sentence(0, 0, 0, 3, List.of(
                new Token(0, "0", "0", "CD", "NUMBER", "", 0, 1, -1, "root"),
                new Token(1, "|", "|", "NFP", "O", "", 2, 3, 0, "punct")));
        List<Mention> ownSentence = extractor.extract(new AnnotatedText(line, List.of(before, cell)));
        assertTrue(ownSentence.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.text().equals("Tolosa")),
                () -> "a cell split off as a sentence of its own: " + ownSentence);
    }

    @Test
    void aKnownNameTheTextDescribesAsAKindOfPlaceIsAPlaceHoweverTagged() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> name.equals("Fayzabad"));
        List<Mention> found = extractor.extract(text(
                "Taliban Taliban NNP 1 nsubj ORGANIZATION",
                "seized seize VBD -1 root",
                "Fayzabad Fayzabad NNP 1 obj PERSON",
                ", , , 2 punct",
                "the the DT 5 det",
                "capital capital NN 2 appos",
                "of of IN 7 case",
                "Badakhshan Badakhshan NNP 5 nmod LOCATION",
                ". . . 1 punct"));
        assertTrue(found.stream().anyMatch(m -> m.text().equals("Fayzabad") && m.type() == EntityType.PLACE),
                found::toString);
        List<Mention> person = extractor.extract(text(
                "Taliban Taliban NNP 1 nsubj ORGANIZATION",
                "seized seize VBD -1 root",
                "Fayzabad Fayzabad NNP 1 obj PERSON",
                ", , , 2 punct",
                "the the DT 5 det",
                "commander commander NN 2 appos",
                ". . . 1 punct"));
        assertTrue(person.stream().noneMatch(m -> m.type() == EntityType.PLACE), person::toString);
    }

    @Test
    void aKnownNameChainedToItsDivisionOrCountryIsAPlaceHoweverTagged() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> name.equals("Toretsk"));
        for (String[] next : List.of(new String[] {"Donetsk", "Oblast"}, new String[] {"Ukraine"})) {
            List<String> lines = new ArrayList<>(List.of("forces force NNS 1 nsubj", "attacked attack VBD -1 root",
                    "Toretsk Toretsk NNP 1 obj PERSON", ", , , 2 punct"));
            for (int i = 0; i < next.length; i++) {
                lines.add(next[i] + " " + next[i] + " NNP " + (3 + next.length) + " "
                        + (i == next.length - 1 ? "appos" : "compound") + " LOCATION");
            }
            lines.add(". . . 1 punct");
            List<Mention> found = extractor.extract(text(lines.toArray(String[]::new)));
            assertTrue(found.stream().anyMatch(m -> m.text().equals("Toretsk") && m.type() == EntityType.PLACE),
                    found::toString);
        }
        List<Mention> person = extractor.extract(text(
                "Toretsk Toretsk NNP 3 nsubj PERSON",
                ", , , 0 punct",
                "Donetsk Donetsk NNP 0 appos LOCATION",
                "said say VBD -1 root",
                ". . . 3 punct"));
        assertTrue(person.stream().noneMatch(m -> m.text().equals("Toretsk") && m.type() == EntityType.PLACE),
                () -> "no division word and no country after the comma: " + person);
    }

    @Test
    void anOrganisationsNameAfterALocativeAndChainedToItsCountryIsAPlace() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> false);
        List<Mention> found = extractor.extract(text(
                "bomb bomb NN 1 nsubj",
                "detonates detonate VBZ -1 root",
                "in in IN 4 case",
                "Khyber Khyber NNP 4 compound ORGANIZATION",
                "Agency Agency NNP 1 obl ORGANIZATION",
                ", , , 4 punct",
                "Pakistan Pakistan NNP 4 appos LOCATION",
                ", , , 4 punct"));
        assertTrue(found.stream().anyMatch(m -> m.text().equals("Khyber Agency") && m.type() == EntityType.PLACE),
                found::toString);
        List<Mention> body = extractor.extract(text(
                "the the DT 1 det",
                "Khyber Khyber NNP 2 compound ORGANIZATION",
                "Agency Agency NNP 3 nsubj ORGANIZATION",
                "said say VBD -1 root",
                ". . . 3 punct"));
        assertTrue(body.stream().noneMatch(m -> m.type() == EntityType.PLACE), () -> "no locative: " + body);
    }

    @Test
    void theNameOpeningALocationCellIsAPlaceWhateverTheTaggerCalledIt() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> false);
        String header = "Date | Dead | Location\n";
        String row = "2 January | 1 | Orange County, Texas";
        int at = header.length();
        int name = at + row.indexOf("Orange");
        Sentence sentence = new Sentence(0, 0, at, at + row.length(), List.of(
                new Token(0, "2", "2", "CD", "DATE", "", at, at + 1, 1, "nummod"),
                new Token(1, "January", "January", "NNP", "DATE", "", at + 2, at + 9, -1, "root"),
                new Token(2, "|", "|", "NFP", "O", "", at + 10, at + 11, 1, "punct"),
                new Token(3, "1", "1", "CD", "NUMBER", "", at + 12, at + 13, 1, "nummod"),
                new Token(4, "|", "|", "NFP", "O", "", at + 14, at + 15, 1, "punct"),
                new Token(5, "Orange", "Orange", "NNP", "ORGANIZATION", "", name, name + 6, 6, "compound"),
                new Token(6, "County", "County", "NNP", "ORGANIZATION", "", name + 7, name + 13, 1, "dep"),
                new Token(7, ",", ",", ",", "O", "", name + 13, name + 14, 6, "punct"),
                new Token(8, "Texas", "Texas", "NNP", "STATE_OR_PROVINCE", "", name + 15, name + 20, 6, "appos")));
        List<Mention> inTable = extractor.extract(new AnnotatedText(header + row, List.of(sentence)));
        assertTrue(inTable.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.text().equals("Orange County")),
                inTable::toString);
        List<Mention> noTable = extractor.extract(new AnnotatedText("Date and time\n" + row, List.of(
                new Sentence(0, 0, "Date and time\n".length(), "Date and time\n".length() + row.length(),
                        sentence.tokens().stream().map(t -> new Token(t.index(), t.word(), t.lemma(), t.pos(),
                                t.ner(), "", t.begin() - at + "Date and time\n".length(), t.end() - at
                                        + "Date and time\n".length(), t.head(), t.relation())).toList()))));
        assertTrue(noTable.stream().noneMatch(m -> m.text().equals("Orange County") && m.type() == EntityType.PLACE),
                () -> "without a header naming the column the tagger's type stands: " + noTable);
    }

    @Test
    void theCapitalsDistrictIsPartOfItsName() {
        List<Mention> found = mentions(
                "in in IN 1 case",
                "Washington Washington NNP -1 root LOCATION",
                ", , , 1 punct",
                "D.C. D.C. NNP 1 appos LOCATION",
                ", , , 1 punct");
        assertEquals(List.of("Washington , D.C."), found.stream().map(Mention::text).toList(),
                "one mention (the hand-parsed text puts a space before the comma)");
    }

    @Test
    void placeNamePartsTheTaggerTagsApartAcrossAParticleAreOneName() {
        List<Mention> joined = mentions(
                "in in IN 3 case",
                "Mocímboa Mocímboa NNP 3 compound LOCATION",
                "da da NNP 3 compound",
                "Praia Praia NNP -1 root LOCATION");
        assertEquals(List.of("Mocímboa da Praia"), joined.stream().map(Mention::text).toList());
        List<Mention> apart = mentions(
                "in in IN 1 case",
                "Kabul Kabul NNP -1 root LOCATION",
                "and and CC 3 cc",
                "Herat Herat NNP 1 conj LOCATION");
        assertEquals(List.of("Kabul", "Herat"), apart.stream().map(Mention::text).toList());
    }

    @Test
    void aCountrysNameBeforeADivisionWithATownOfThatNameIsNoCountry() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> true,
                (town, division) -> town.equals("Holland") && division.equals("Ohio"));
        String[] tokens = {
            "of of IN 2 case",
            "Holland Holland NNP -1 root LOCATION",
            ", , , 2 punct",
            "Ohio Ohio NNP 2 appos LOCATION"};
        List<Mention> town = extractor.extract(text(tokens));
        assertTrue(town.stream().noneMatch(m -> m.type() == EntityType.COUNTRY), town::toString);
        List<Mention> country = new MentionExtractor(KnowledgeBase.load(), name -> true).extract(text(tokens));
        assertTrue(country.stream().anyMatch(m -> m.type() == EntityType.COUNTRY && m.text().equals("Holland")),
                country::toString);
    }

    @Test
    void anOrganisationNamedForLiberationOrResistanceIsAnArmedGroupEvenWithAnArmyInItsName() {
        List<Mention> found = mentions(
                "the the DT 4 det",
                "Irish Irish NNP 4 compound ORGANIZATION",
                "National National NNP 4 compound ORGANIZATION",
                "Liberation Liberation NNP 4 compound ORGANIZATION",
                "Army Army NNP -1 root ORGANIZATION");
        assertEquals(1, found.size(), found::toString);
        assertEquals(EntityType.ARMED_GROUP, found.get(0).type());
        List<Mention> ministry = mentions(
                "the the DT 2 det",
                "Interior Interior NNP 2 compound ORGANIZATION",
                "Ministry Ministry NNP -1 root ORGANIZATION");
        assertEquals(EntityType.STATE_AUTHORITY, ministry.get(0).type());
    }

    @Test
    void aStateForceTermStandingAloneIsAnAuthorityLeftForTheResolverToPlace() {
        List<Mention> found = mentions(
                "Security security NN 1 compound",
                "forces force NNS 2 nsubj",
                "kill kill VBP -1 root",
                "insurgents insurgent NNS 2 obj");
        assertEquals(1, found.size(), found::toString);
        assertEquals("Security forces", found.get(0).text());
        assertEquals(EntityType.STATE_AUTHORITY, found.get(0).type());
        assertEquals(MentionExtractor.CONTEXT_SOURCE, found.get(0).source());
        assertEquals("security force", found.get(0).label());
        assertTrue(found.get(0).entityIri().isEmpty());
        assertEquals("force", mentions(
                "between between IN 2 case",
                "government government NN 2 compound",
                "forces force NNS -1 root",
                "and and CC 4 cc",
                "militants militant NNS 2 conj").get(0).label());
    }

    @Test
    void aStateForceTermModifiedOrModifyingIsNoAuthority() {
        assertEquals(List.of(), mentions(
                "rebel rebel JJ 1 amod",
                "forces force NNS 2 nsubj",
                "attacked attack VBD -1 root"));
        assertEquals(List.of(), mentions(
                "the the DT 2 det",
                "group group NN 2 nmod:poss",
                "'s 's POS 1 case",
                "forces force NNS -1 root"));
        assertEquals(List.of(), mentions(
                "an an DT 2 det",
                "army army NN 2 compound",
                "base base NN -1 root"));
        assertEquals(List.of(), mentions(
                "forces force NNS 2 nsubj",
                "loyal loyal JJ 0 amod",
                "attacked attack VBD -1 root"));
    }

    @Test
    void aPointOfTheCompassAloneIsNoPlaceButANameItOpensIs() {
        assertEquals(List.of(), mentions(
                "attacks attack NNS -1 root",
                "in in IN 3 case",
                "the the DT 3 det",
                "Southeast Southeast NNP 0 nmod LOCATION"));
        List<Mention> found = mentions(
                "attacks attack NNS -1 root",
                "in in IN 3 case",
                "the the DT 3 det",
                "North North NNP 4 compound LOCATION",
                "Caucasus Caucasus NNP 0 nmod LOCATION");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).type().isPlace());
    }

    @Test
    void anUntaggedNameOfALargeCityIsAPlaceWhereverItStands() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), name -> true, (town, division) -> false,
                "Kyiv"::equals);
        String[] struck = {
            "missiles missile NNS 1 nsubj",
            "struck strike VBD -1 root",
            "Kyiv Kyiv NNP 1 obj MISC"};
        List<Mention> found = extractor.extract(text(struck));
        assertEquals(List.of("Kyiv"), found.stream().map(Mention::text).toList());
        assertTrue(found.get(0).type().isPlace());
        assertEquals(0, new MentionExtractor(KnowledgeBase.load(), name -> true).extract(text(struck)).size(),
                "a name the gazetteer knows only as some place, standing where no place stands");
        assertEquals(List.of("Kyiv"), extractor.extract(text(
                "strike strike NN -1 root",
                "on on IN 2 case",
                "Kyiv Kyiv NNP 0 nmod")).stream().map(Mention::text).toList(), "after a preposition");
        assertEquals(0, extractor.extract(text(
                "missiles missile NNS 1 nsubj",
                "struck strike VBD -1 root",
                "Kyiv Kyiv NNP 3 compound",
                "Oblast Oblast NNP 1 obj")).size(), "part of a longer name");
    }

    @Test
    void theAuthorityOfATownIsLabelledWithTheCountryNamedAfterTheTown() {
        List<Mention> osh = mentions(
                "security security NN 1 compound",
                "forces force NNS -1 root",
                "in in IN 3 case",
                "Osh Osh NNP 1 nmod LOCATION",
                ", , , 3 punct",
                "Kyrgyzstan Kyrgyzstan NNP 3 appos LOCATION");
        assertTrue(osh.stream().anyMatch(m -> m.type() == EntityType.STATE_AUTHORITY
                && m.label().equals("Kyrgyzstan: security force")), osh::toString);
        List<Mention> xinjiang = mentions(
                "police police NNS -1 root",
                "in in IN 2 case",
                "Xinjiang Xinjiang NNP 0 nmod LOCATION",
                ", , , 2 punct",
                "western western JJ 5 amod",
                "China China NNP 2 appos LOCATION");
        assertTrue(xinjiang.stream().anyMatch(m -> m.label() != null && m.label().equals("China: police")),
                xinjiang::toString);
        List<Mention> lagos = mentions(
                "police police NNS -1 root",
                "in in IN 2 case",
                "Lagos Lagos NNP 0 nmod LOCATION");
        assertTrue(lagos.stream().anyMatch(m -> m.label() != null && m.label().equals("Lagos: police")),
                lagos::toString);
    }

    @Test
    void anUntaggedLargeCityWrittenWithAHyphenOfItsOwnIsOneName() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), "Deir ez-Zor"::equals,
                (town, division) -> false, "Deir ez-Zor"::equals);
        assertEquals(List.of("Deir ez-Zor"), extractor.extract(written("Clashes in Deir ez-Zor kill several",
                "Clashes clash NNS 5 nsubj", "in in IN 4 case", "Deir Deir NNP 4 compound", "ez ez NNP 4 compound",
                "- - HYPH 4 punct", "Zor Zor NNP 0 nmod", "kill kill VBP -1 root", "several several JJ 5 obj"))
                .stream().map(Mention::text).toList());
        assertEquals(List.of(), extractor.extract(written("Clashes in Deir ez - Zor kill several",
                "Clashes clash NNS 5 nsubj", "in in IN 4 case", "Deir Deir NNP 4 compound", "ez ez NNP 4 compound",
                "- - HYPH 4 punct", "Zor Zor NNP 0 nmod", "kill kill VBP -1 root", "several several JJ 5 obj")),
                "a dash between spaces parts two names");
    }

    @Test
    void anUntaggedNameAfterALocativeRunsOnOverItsOwnHyphens() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(),
                java.util.Set.of("Sar", "Sar-e Pol Province", "Sar-e Pul")::contains, (town, division) -> false,
                name -> false);
        assertEquals(List.of("Sar-e Pol Province"), extractor.extract(written("a bombing in Sar-e Pol Province",
                "a a DT 1 det", "bombing bombing NN -1 root", "in in IN 6 case", "Sar Sar NNP 6 compound",
                "- - HYPH 6 punct", "e e NNP 6 compound", "Pol Pol NNP 6 compound", "Province Province NNP 1 nmod"))
                .stream().map(Mention::text).toList());
        assertEquals(List.of("Sar-e Pul"), extractor.extract(written("a bombing in Sar-e Pul",
                "a a DT 1 det", "bombing bombing NN -1 root", "in in IN 6 case", "Sar Sar NNP 5 compound MISC",
                "- - HYPH 5 punct MISC", "e e NNP 5 compound MISC", "Pul Pul NNP 1 nmod MISC"))
                .stream().map(Mention::text).toList(), "a hyphenated name the tagger calls miscellaneous");
    }

    /** A text of one sentence whose tokens lie where the written words are, hyphens unspaced. */
    private static AnnotatedText written(String text, String... tokens) {
        Sentence spaced = HandParsed.sentence(0, 0, tokens);
        List<Token> placed = new java.util.ArrayList<>();
        int from = 0;
        for (Token t : spaced.tokens()) {
            int begin = text.indexOf(t.word(), from);
            placed.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), "", begin,
                    begin + t.word().length(), t.head(), t.relation()));
            from = begin + t.word().length();
        }
        return new AnnotatedText(text, List.of(new Sentence(0, 0, 0, text.length(), placed)));
    }

    @Test
    void anUntaggedNameTheGazetteerKnowsBeforeAnAttackNounOrAPlaceNounIsAPlace() {
        MentionExtractor extractor = new MentionExtractor(KnowledgeBase.load(), "Mogadishu"::equals);
        String[] bombing = {
            "the the DT 3 det",
            "2011 2011 CD 3 nummod DATE",
            "Mogadishu Mogadishu NNP 3 compound",
            "bombing bombing NN -1 root"};
        List<Mention> found = extractor.extract(text(bombing));
        assertEquals(1, found.size(), found::toString);
        assertEquals("Mogadishu", found.get(0).text());
        assertTrue(found.get(0).type().isPlace());
        assertEquals(0, extractor.extract(text(
                "the the DT 2 det",
                "Mogadishu Mogadishu NNP 2 compound",
                "police police NNS -1 root")).size(), "before a noun of neither kind");
        assertEquals(0, new MentionExtractor(KnowledgeBase.load(), name -> false).extract(text(bombing)).size(),
                "a name the gazetteer does not know");
        List<Mention> suicide = extractor.extract(text(
                "December December NNP 3 compound DATE",
                "2016 2016 CD 0 nummod DATE",
                "Mogadishu Mogadishu NNP 4 compound",
                "suicide suicide NN 4 compound",
                "bombing bombing NN -1 root"));
        assertEquals(List.of("Mogadishu"), suicide.stream().map(Mention::text).toList(),
                "common nouns between the name and the attack noun");
        MentionExtractor richelieu = new MentionExtractor(KnowledgeBase.load(), "Richelieu"::equals);
        assertEquals(0, richelieu.extract(text(
                "Saint Saint NNP 1 compound",
                "Jean Jean NNP 4 compound",
                "sur sur FW 4 compound",
                "Richelieu Richelieu NNP 4 compound",
                "attack attack NN -1 root")).size(), "the end of a longer name: Saint Jean sur Richelieu");
    }

    @Test
    void aNameTheTaggerCallsAPersonBeforeAnAttackNounIsAPlaceWhenTheGazetteerKnowsIt() {
        String[] bombing = {
            "the the DT 2 det",
            "Potiskum Potiskum NNP 2 compound PERSON",
            "bombing bombing NN -1 root"};
        List<Mention> found = new MentionExtractor(KnowledgeBase.load(), "Potiskum"::equals).extract(text(bombing));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).type().isPlace(), found::toString);
        assertEquals(EntityType.PERSON, new MentionExtractor(KnowledgeBase.load(), name -> false)
                .extract(text(bombing)).get(0).type(), "a name the gazetteer does not know stays a person");
        String[] ramming = {
            "Richelieu Richelieu NNP 2 compound PERSON",
            "ramming ramming NN 2 compound",
            "attack attack NN -1 root"};
        List<Mention> titled = new MentionExtractor(KnowledgeBase.load(), "Richelieu"::equals).extract(text(ramming));
        assertTrue(titled.get(0).type().isPlace(), "one noun between the name and the attack noun: " + titled);
    }

    private static AnnotatedText text(String... tokens) {
        Sentence sentence = HandParsed.sentence(0, 0, tokens);
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            text.append(text.length() > 0 ? " " : "").append(token.split(" ")[0]);
        }
        return new AnnotatedText(text.toString(), List.of(sentence));
    }

    @Test
    void aNameSplitAtItsHyphenIsNoDescriptionOfAGroup() {
        List<Mention> found = mentions(
                "On on IN 1 case",
                "Monday Monday NNP 6 obl DATE",
                "al al NNP 4 compound",
                "- - HYPH 4 punct",
                "Shabaab Shabaab NNP 5 compound",
                "militants militant NNS 6 nsubj",
                "attacked attack VBD -1 root");
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Shabaab militants")), found::toString);
        assertTrue(found.stream().anyMatch(m -> m.text().equals("al - Shabaab")
                && m.type() == EntityType.ARMED_GROUP), found::toString);
    }

    @Test
    void pointsOfTheCompassBeforeACountryLeaveTheCountryAsTheName() {
        List<Mention> found = mentions(
                "ASSESSMENT assessment NN -1 root",
                "NORTH north NNP 3 compound LOCATION",
                "- - HYPH 3 punct LOCATION",
                "EAST east NNP 4 compound LOCATION",
                "NIGERIA Nigeria NNP 0 appos LOCATION");
        assertEquals(1, found.size(), found::toString);
        assertEquals("NIGERIA", found.get(0).text());
        assertEquals(EntityType.COUNTRY, found.get(0).type());
        List<Mention> whole = mentions(
                "in in IN 2 case",
                "South South NNP 2 compound LOCATION",
                "Sudan Sudan NNP -1 root LOCATION");
        assertEquals("South Sudan", whole.get(0).text(), "a country whose name opens with a compass point");
    }

    @Test
    void aNameToldAsLyingSomewhereFromAnotherPlaceIsAPlace() {
        List<Mention> found = mentions(
                "bomb bomb NN 1 nsubj",
                "exploded explode VBD -1 root",
                "in in IN 3 case",
                "Qaryat Qaryat NNP 1 obl PERSON",
                ", , , 3 punct",
                "30 30 CD 6 nummod NUMBER",
                "km km NN 7 obl:npmod",
                "southeast southeast NN 3 appos",
                "of of IN 9 case",
                "Baghdad Baghdad NNP 7 nmod LOCATION");
        assertEquals("Qaryat", found.get(0).text());
        assertEquals(EntityType.PLACE, found.get(0).type());
        assertEquals(EntityType.PERSON, mentions(
                "met meet VBD -1 root",
                "with with IN 2 case",
                "Qaryat Qaryat NNP 0 obl PERSON",
                ", , , 2 punct",
                "a a DT 5 det",
                "farmer farmer NN 2 appos").get(0).type());
    }

    @Test
    void aPlainOrSentenceInitialDescriptionNamesNoGroup() {
        assertTrue(mentions("the the DT 1 det", "extremists extremist NNS -1 root").isEmpty());
        assertTrue(mentions("Armed armed JJ 1 amod", "militants militant NNS 2 nsubj",
                "attacked attack VBD -1 root").isEmpty());
        assertTrue(mentions("by by IN 3 case", "ISIL ISIL NNP 3 compound", "Khorasan Khorasan NNP 3 compound",
                "militants militant NNS -1 root").stream().noneMatch(m -> m.text().endsWith("militants")));
        assertTrue(mentions("by by IN 2 case", "Daesh Daesh NNP 2 compound ORGANIZATION",
                "militants militant NNS -1 root").stream().noneMatch(m -> m.text().endsWith("militants")));
    }

    @Test
    void aDemonymBeforeATownOrAStrikeNamesItsCountryAndBeforeTheCapitalTheCapital() {
        List<Mention> town = mentions(
                "in in IN 3 case",
                "the the DT 3 det",
                "Malian Malian JJ 3 amod",
                "town town NN -1 root",
                "of of IN 5 case",
                "Boni Boni NNP 3 nmod LOCATION");
        assertTrue(town.stream().anyMatch(m -> m.text().equals("Malian") && m.type() == EntityType.COUNTRY
                && m.source().equals(MentionExtractor.DEMONYM_SOURCE)
                && m.entityIri().orElseThrow().endsWith("place/mali")), town::toString);
        List<Mention> strike = mentions(
                "Russian Russian JJ 1 amod",
                "airstrikes airstrike NNS 2 nsubj",
                "killed kill VBD -1 root");
        assertEquals(List.of("Russian"), strike.stream().map(Mention::text).toList());
        List<Mention> compound = mentions(
                "An a DT 3 det",
                "American American NNP 3 compound MISC",
                "drone drone NN 3 amod",
                "strike strike NN 4 nsubj",
                "kills kill VBZ -1 root");
        assertTrue(compound.stream().anyMatch(m -> m.text().equals("American") && m.type() == EntityType.COUNTRY
                && m.entityIri().orElseThrow().endsWith("place/united-states")), compound::toString);
        List<Mention> capital = mentions(
                "in in IN 3 case",
                "the the DT 3 det",
                "Afghan Afghan JJ 3 amod",
                "capital capital NN -1 root");
        assertEquals(1, capital.size(), capital::toString);
        assertEquals("Afghan capital", capital.get(0).text());
        assertEquals(EntityType.CITY, capital.get(0).type());
        assertTrue(capital.get(0).country().orElseThrow().endsWith("place/afghanistan"));
        List<Mention> soldiers = mentions(
                "Malian Malian JJ 1 amod",
                "soldiers soldier NNS 2 nsubj",
                "died die VBD -1 root");
        assertEquals(1, soldiers.size(), soldiers::toString);
        assertEquals(EntityType.STATE_AUTHORITY, soldiers.get(0).type(), "soldiers are no place nor strike but"
                + " the state's");
        assertEquals("Malian soldiers", soldiers.get(0).text());
    }

    @Test
    void aNameRunsNotAcrossTheCellsOfATableRow() {
        List<Mention> row = mentions(
                "Orange Orange NNP 1 compound ORGANIZATION",
                "County County NNP -1 root ORGANIZATION",
                "| | SYM 1 punct ORGANIZATION",
                "Murder murder NNP 1 dep ORGANIZATION");
        assertTrue(row.stream().noneMatch(m -> m.text().contains("|")), row::toString);
    }

    @Test
    void aDemonymBeforeAWarNamesTheCountryItIsFoughtIn() {
        List<Mention> heading = mentions(
                "Somali Somali JJ 2 amod MISC",
                "Civil Civil NNP 2 compound MISC",
                "War War NNP -1 root MISC");
        assertTrue(heading.stream().anyMatch(m -> m.text().equals("Somali") && m.type() == EntityType.COUNTRY
                && m.entityIri().orElseThrow().endsWith("place/somalia")), heading::toString);
    }

    @Test
    void aDivisionOfACountryIsTwoPlacesButACourtsDistrictIsOne() {
        List<Mention> division = mentions(
                "in in IN 2 case",
                "the the DT 2 det",
                "Sanmatenga Sanmatenga NNP 3 compound LOCATION",
                "Province Province NNP -1 root LOCATION",
                "of of IN 6 case LOCATION",
                "Burkina Burkina NNP 6 compound LOCATION",
                "Faso Faso NNP 3 nmod LOCATION");
        assertEquals(List.of("Sanmatenga Province", "Burkina Faso"), division.stream().map(Mention::text).toList());
        assertEquals(EntityType.COUNTRY, division.get(1).type());
        List<Mention> court = mentions(
                "in in IN 2 case",
                "the the DT 2 det",
                "Southern Southern NNP 3 compound LOCATION",
                "District District NNP -1 root LOCATION",
                "of of IN 5 case LOCATION",
                "Ohio Ohio NNP 3 nmod LOCATION");
        assertEquals(List.of("Southern District of Ohio"), court.stream().map(Mention::text).toList());
    }
}
