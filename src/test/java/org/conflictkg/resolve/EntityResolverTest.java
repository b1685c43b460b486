package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.geo.Place;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static final String ID = "https://w3id.org/conflict-kg/id/";

    /** Builds mentions over one text, each at the next occurrence of its words after the previous mention. */
    private static final class Doc {
        final String text;
        final List<Mention> mentions = new ArrayList<>();
        private int cursor;

        Doc(String text) {
            this.text = text;
        }

        Mention ner(String words, EntityType type) {
            return add(words, type, "ner", Optional.empty(), Optional.empty(), words);
        }

        Mention kb(String words, EntityType type, String iri, String label) {
            return add(words, type, "gazetteer", Optional.of(iri), Optional.empty(), label);
        }

        Mention add(String words, EntityType type, String source, Optional<String> iri, Optional<String> country,
                String label) {
            int begin = text.indexOf(words, cursor);
            if (begin < 0) {
                throw new IllegalArgumentException("'" + words + "' not found after " + cursor);
            }
            int end = begin + words.length();
            cursor = end;
            Mention m = new Mention(0, mentions.size(), mentions.size(), begin, end, words, type, source, iri,
                    country, label);
            mentions.add(m);
            return m;
        }

        Resolution resolve() {
            return new EntityResolver().resolve(text, mentions);
        }
    }

    private static Entity entityOf(Resolution resolution, Mention mention) {
        return resolution.entityOf(mention).orElseThrow(() -> new AssertionError("no entity for " + mention));
    }

    @Test
    void knowledgeBaseMentionsKeepTheirIri() {
        Doc doc = new Doc("ISIS-K said it carried out the raid. Later the Khorasan group repeated it.");
        String iskp = ID + "group/iskp";
        Mention first = doc.kb("ISIS-K", EntityType.ARMED_GROUP, iskp, "Islamic State Khorasan Province");
        Mention second = doc.kb("Khorasan group", EntityType.ARMED_GROUP, iskp, "Islamic State Khorasan Province");

        Resolution resolution = doc.resolve();

        assertEquals(1, resolution.entities().size());
        Entity entity = entityOf(resolution, first);
        assertEquals(iskp, entity.iri());
        assertEquals("gazetteer", entity.resolvedBy());
        assertEquals("Islamic State Khorasan Province", entity.label());
        assertEquals(EntityType.ARMED_GROUP, entity.type());
        assertEquals(List.of(first, second), entity.mentions());
        assertEquals(iskp, resolution.byMention().get(second));
    }

    @Test
    void authorityRuleMentionKeepsItsIriAndCountry() {
        Doc doc = new Doc("Valdorian police closed the road.");
        String iri = ID + "authority/valdoria-police";
        Mention m = doc.add("Valdorian police", EntityType.STATE_AUTHORITY, "authority-rule", Optional.of(iri),
                Optional.of(ID + "place/valdoria"), "Valdoria: police");

        Entity entity = entityOf(doc.resolve(), m);

        assertEquals(iri, entity.iri());
        assertEquals("authority-rule", entity.resolvedBy());
        assertEquals(Optional.of(ID + "place/valdoria"), entity.country());
    }

    @Test
    void acronymAfterAKnowledgeBaseNameJoinsLaterAcronymMentions() {
        Doc doc = new Doc("The Northern Liberation Front (NLF) claimed the blast. Officials blamed the NLF again.");
        String iri = ID + "group/northern-liberation-front";
        Mention name = doc.kb("Northern Liberation Front", EntityType.ARMED_GROUP, iri, "Northern Liberation Front");
        Mention inParentheses = doc.ner("NLF", EntityType.ORGANIZATION);
        Mention later = doc.ner("NLF", EntityType.ORGANIZATION);

        Resolution resolution = doc.resolve();

        Entity entity = entityOf(resolution, name);
        assertEquals(iri, entity.iri());
        assertEquals("acronym", entity.resolvedBy());
        assertEquals(iri, resolution.byMention().get(inParentheses));
        assertEquals(iri, resolution.byMention().get(later));
        assertEquals(List.of(name, inParentheses, later), entity.mentions());
        assertEquals(1, resolution.entities().size());
    }

    @Test
    void acronymOfANameTheKnowledgeBaseDoesNotKnowJoinsItsEntity() {
        Doc doc = new Doc("The Eastern Salvation Army (ESA) claimed the raid. Officials blamed the ESA again.");
        Mention name = doc.ner("Eastern Salvation Army", EntityType.ORGANIZATION);
        Mention inParentheses = doc.ner("ESA", EntityType.ORGANIZATION);
        Mention later = doc.ner("ESA", EntityType.ORGANIZATION);

        Resolution resolution = doc.resolve();

        assertEquals(1, resolution.entities().size(), () -> resolution.entities().toString());
        Entity entity = entityOf(resolution, name);
        assertEquals(ID + "org/eastern-salvation-army", entity.iri());
        assertEquals("Eastern Salvation Army", entity.label());
        assertEquals("acronym", entity.resolvedBy());
        assertEquals(entity.iri(), resolution.byMention().get(inParentheses));
        assertEquals(entity.iri(), resolution.byMention().get(later));
    }

    @Test
    void aNameTaggedAsOftenAPlaceAsAPersonIsAPlace() {
        Doc doc = new Doc("Embassy Condemns Attack in Qaryat Zor. The attack yesterday in Qaryat Zor, east of Baghdad.");
        Mention headline = doc.ner("Qaryat Zor", EntityType.PERSON);
        doc.ner("Qaryat Zor", EntityType.PLACE);

        assertEquals(EntityType.PLACE, entityOf(doc.resolve(), headline).type());
    }

    @Test
    void aNameTaggedMoreOftenAsAPersonStaysAPerson() {
        Doc doc = new Doc("Qaryat Zor spoke. Qaryat Zor left for Qaryat Zor.");
        Mention first = doc.ner("Qaryat Zor", EntityType.PERSON);
        doc.ner("Qaryat Zor", EntityType.PERSON);
        doc.ner("Qaryat Zor", EntityType.PLACE);

        assertEquals(EntityType.PERSON, entityOf(doc.resolve(), first).type());
    }

    @Test
    void aNameInCapitalsIsNotTheLabelWhenAnotherFormExists() {
        Doc doc = new Doc("KANO - Gunmen attacked a market in Kano.");
        Mention shouted = doc.ner("KANO", EntityType.PLACE);
        doc.ner("Kano", EntityType.PLACE);

        Entity entity = entityOf(doc.resolve(), shouted);

        assertEquals("Kano", entity.label());
        assertEquals(ID + "place/kano", entity.iri());
    }

    @Test
    void parenthesesThatAreNotTheInitialsDoNotMakeAnAcronym() {
        Doc doc = new Doc("The Northern Liberation Front (XYZ) claimed the blast. Officials blamed XYZ.");
        String iri = ID + "group/northern-liberation-front";
        doc.kb("Northern Liberation Front", EntityType.ARMED_GROUP, iri, "Northern Liberation Front");
        doc.ner("XYZ", EntityType.ORGANIZATION);
        Mention later = doc.ner("XYZ", EntityType.ORGANIZATION);

        Resolution resolution = doc.resolve();

        assertNotEquals(iri, resolution.byMention().get(later));
        assertEquals(ID + "org/xyz", resolution.byMention().get(later));
    }

    @Test
    void surnameAloneLinksToTheOneFullNameWithThatSurname() {
        Doc doc = new Doc("Karim Haddad was arrested on Monday. Haddad denied the charges, and Haddad's lawyer spoke.");
        Mention full = doc.ner("Karim Haddad", EntityType.PERSON);
        Mention surname = doc.ner("Haddad", EntityType.PERSON);
        Mention possessive = doc.ner("Haddad's", EntityType.PERSON);

        Resolution resolution = doc.resolve();

        Entity entity = entityOf(resolution, surname);
        assertEquals(ID + "person/karim-haddad", entity.iri());
        assertEquals("Karim Haddad", entity.label());
        assertEquals("surname", entity.resolvedBy());
        assertEquals(List.of(full, surname, possessive), entity.mentions());
        assertEquals(1, resolution.entities().size());
    }

    @Test
    void anotherNameGivenRightAfterAPersonsNameNamesThatPerson() {
        Doc doc = new Doc("Kafeel Ahmed, also known as Khalid Ahmed, drove the car. Khalid Ahmed died in August. "
                + "Sirajuddin Haqqani (aka Siraj Haqqani) leads the network.");
        Mention kafeel = doc.ner("Kafeel Ahmed", EntityType.PERSON);
        Mention khalid = doc.ner("Khalid Ahmed", EntityType.PERSON);
        Mention later = doc.ner("Khalid Ahmed", EntityType.PERSON);
        Mention sirajuddin = doc.ner("Sirajuddin Haqqani", EntityType.PERSON);
        Mention siraj = doc.ner("Siraj Haqqani", EntityType.PERSON);

        Resolution resolution = doc.resolve();

        Entity ahmed = entityOf(resolution, kafeel);
        assertEquals(ID + "person/kafeel-ahmed", ahmed.iri());
        assertEquals(List.of(kafeel, khalid, later), ahmed.mentions());
        assertEquals(entityOf(resolution, sirajuddin), entityOf(resolution, siraj));
        assertEquals(2, resolution.entities().size());
    }

    @Test
    void surnameTheTaggerCalledAnOrganisationStillNamesThePerson() {
        Doc doc = new Doc("Christopher Lee Cornell was sentenced. Cornell plotted an attack, Cornell admitted, and "
                + "Cornell wrote.");
        Mention full = doc.ner("Christopher Lee Cornell", EntityType.PERSON);
        List<Mention> surnames = List.of(doc.ner("Cornell", EntityType.ORGANIZATION),
                doc.ner("Cornell", EntityType.ORGANIZATION), doc.ner("Cornell", EntityType.ORGANIZATION));

        Resolution resolution = doc.resolve();

        Entity entity = entityOf(resolution, surnames.get(0));
        assertEquals(ID + "person/christopher-lee-cornell", entity.iri());
        assertEquals(EntityType.PERSON, entity.type());
        assertEquals(4, entity.mentions().size());
        assertEquals(1, resolution.entities().size());
        assertEquals(entity, entityOf(resolution, full));
    }

    @Test
    void surnameSharedWithAPersonNamedFarLessOftenNamesTheOneTheReportIsAbout() {
        Doc doc = new Doc("Reward for Sirajuddin Haqqani. Sirajuddin Haqqani, son of Jalaladin Haqqani, leads it. "
                + "Haqqani admitted the attack.");
        Mention title = doc.ner("Sirajuddin Haqqani", EntityType.PERSON);
        doc.ner("Sirajuddin Haqqani", EntityType.PERSON);
        Mention father = doc.ner("Jalaladin Haqqani", EntityType.PERSON);
        Mention surname = doc.ner("Haqqani", EntityType.PERSON);

        Resolution resolution = doc.resolve();

        assertEquals(entityOf(resolution, title), entityOf(resolution, surname));
        assertEquals("surname", entityOf(resolution, surname).resolvedBy());
        assertEquals(ID + "person/jalaladin-haqqani", resolution.byMention().get(father));
    }

    @Test
    void surnameSharedByTwoFullNamesIsNotLinked() {
        Doc doc = new Doc("Karim Haddad and Laila Haddad were questioned. Haddad was released.");
        Mention karim = doc.ner("Karim Haddad", EntityType.PERSON);
        Mention laila = doc.ner("Laila Haddad", EntityType.PERSON);
        Mention surname = doc.ner("Haddad", EntityType.PERSON);

        Resolution resolution = doc.resolve();

        assertEquals(ID + "person/karim-haddad", resolution.byMention().get(karim));
        assertEquals(ID + "person/laila-haddad", resolution.byMention().get(laila));
        Entity alone = entityOf(resolution, surname);
        assertEquals(ID + "person/haddad", alone.iri());
        assertEquals("label", alone.resolvedBy());
        assertEquals(3, resolution.entities().size());
    }

    @Test
    void sameFullNameTwiceStillOwnsItsSurname() {
        Doc doc = new Doc("Karim Haddad spoke. Karim Haddad left. Haddad returned.");
        doc.ner("Karim Haddad", EntityType.PERSON);
        doc.ner("Karim Haddad", EntityType.PERSON);
        Mention surname = doc.ner("Haddad", EntityType.PERSON);

        Resolution resolution = doc.resolve();

        assertEquals(ID + "person/karim-haddad", resolution.byMention().get(surname));
        assertEquals(1, resolution.entities().size());
    }

    @Test
    void surnameRuleAppliesOnlyToPersons() {
        Doc doc = new Doc("Karim Haddad visited Haddad, a village in the hills.");
        doc.ner("Karim Haddad", EntityType.PERSON);
        Mention village = doc.ner("Haddad", EntityType.CITY);

        Resolution resolution = doc.resolve();

        assertEquals(ID + "place/haddad", resolution.byMention().get(village));
    }

    @Test
    void articleAndPossessiveVariantsAreOneEntity() {
        Doc doc = new Doc("The Harbor Council met. Harbor Council's members argued. the Harbor Council voted.");
        Mention plain = doc.ner("Harbor Council", EntityType.ORGANIZATION);
        Mention possessive = doc.ner("Harbor Council's", EntityType.ORGANIZATION);
        Mention article = doc.ner("the Harbor Council", EntityType.ORGANIZATION);

        Resolution resolution = doc.resolve();

        assertEquals(1, resolution.entities().size());
        Entity entity = resolution.entities().get(0);
        assertEquals(ID + "org/harbor-council", entity.iri());
        assertEquals("label", entity.resolvedBy());
        assertEquals(List.of(plain, possessive, article), entity.mentions());
        assertTrue(entity.label().endsWith("Harbor Council"), entity.label());
    }

    @Test
    void curlyPossessiveIsTheSameEntity() {
        Doc doc = new Doc("Harbor Council voted. Harbor Council\u2019s chair resigned.");
        Mention plain = doc.ner("Harbor Council", EntityType.ORGANIZATION);
        Mention curly = doc.ner("Harbor Council\u2019s", EntityType.ORGANIZATION);

        Resolution resolution = doc.resolve();

        assertEquals(resolution.byMention().get(plain), resolution.byMention().get(curly));
        assertEquals(1, resolution.entities().size());
    }

    @Test
    void majorityTypeWins() {
        Doc doc = new Doc("Tarsa Works issued a note. Fighting reached Tarsa. Tarsa was shelled. Tarsa lost power.");
        Mention org = doc.ner("Tarsa", EntityType.ORGANIZATION);
        doc.ner("Tarsa", EntityType.CITY);
        doc.ner("Tarsa", EntityType.CITY);
        doc.ner("Tarsa", EntityType.CITY);

        Resolution resolution = doc.resolve();

        assertEquals(1, resolution.entities().size());
        Entity entity = entityOf(resolution, org);
        assertEquals(EntityType.CITY, entity.type());
        assertEquals(ID + "place/tarsa", entity.iri());
        assertEquals(4, entity.mentions().size());
    }

    @Test
    void resolutionIsDeterministic() {
        Doc doc = new Doc("The Northern Liberation Front (NLF) attacked Tarsa. Karim Haddad said Haddad's unit "
                + "and the NLF left Tarsa.");
        doc.kb("Northern Liberation Front", EntityType.ARMED_GROUP, ID + "group/nlf", "Northern Liberation Front");
        doc.ner("NLF", EntityType.ORGANIZATION);
        doc.ner("Tarsa", EntityType.CITY);
        doc.ner("Karim Haddad", EntityType.PERSON);
        doc.ner("Haddad's", EntityType.PERSON);
        doc.ner("NLF", EntityType.ORGANIZATION);
        doc.ner("Tarsa", EntityType.CITY);

        Resolution first = doc.resolve();
        Resolution second = new EntityResolver().resolve(doc.text, List.copyOf(doc.mentions));

        assertEquals(first, second);
        assertEquals(first.entities().stream().map(Entity::iri).toList(),
                second.entities().stream().map(Entity::iri).toList());
        assertEquals(List.of(ID + "group/nlf", ID + "person/karim-haddad", ID + "place/tarsa"),
                first.entities().stream().map(Entity::iri).toList());
    }

    @Test
    void aKnowledgeBaseCountryIsTheGazetteersCountryWithItsGeoNamesId() {
        Gazetteer gazetteer = Gazetteer.shared();
        PlaceLinker linker = new PlaceLinker(gazetteer, KnowledgeBase.load());
        Doc doc = new Doc("Gunmen attacked a bus in Afghanistan. Greenland was quiet.");
        Mention afghanistan = doc.kb("Afghanistan", EntityType.COUNTRY, ID + "place/afghanistan", "Afghanistan");
        Mention greenland = doc.ner("Greenland", EntityType.PLACE);

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        Place country = entityOf(resolution, afghanistan).place().orElseThrow();
        assertEquals(gazetteer.country("AF").orElseThrow(), country);
        assertTrue(country.geonameId().isPresent(), country::toString);
        Entity outside = entityOf(resolution, greenland);
        assertEquals(EntityType.COUNTRY, outside.type());
        assertTrue(outside.place().orElseThrow().geonameId().isPresent(), outside::toString);
        assertEquals(ID + "place/greenland-gl-", outside.iri(), "a country outside the knowledge base keeps its IRI");
    }

    @Test
    void aSmallTownOfACountryTheDocumentNeverNamesIsNoReadingOfAPlaceBesideAnotherCountry() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Assailants attacked posts in Gelan, Afghanistan. Others met in Lahore, Afghanistan.");
        Mention gelan = doc.ner("Gelan", EntityType.PLACE);
        doc.kb("Afghanistan", EntityType.COUNTRY, ID + "place/afghanistan", "Afghanistan");
        Mention lahore = doc.ner("Lahore", EntityType.PLACE);
        doc.kb("Afghanistan", EntityType.COUNTRY, ID + "place/afghanistan", "Afghanistan");

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertTrue(entityOf(resolution, gelan).place().isEmpty(), "Gelan in China is not linked");
        assertEquals("PK", entityOf(resolution, lahore).place().orElseThrow().countryCode(),
                "a city of millions is still itself");
    }

    @Test
    void aTownOfAnotherCountryThanItsCommaChainNamesIsNoReadingEvenWhereTheDocumentNamesThatCountry() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        assertTrue(linker.link("Bal'ad", Set.of("SO"), Set.of("SO", "IQ"), Set.of("SO"), true).isEmpty(),
                "'in Bal'ad, Middle Shabelle, Somalia' in a digest that names Iraq is not Iraq's Balad");
        assertEquals("IQ", linker.link("Balad", Set.of("IQ"), Set.of("SO", "IQ"), Set.of("IQ"), true).orElseThrow()
                .countryCode());
    }

    @Test
    void aWorldCityOfACountryTheDocumentNamesWinsOverAFarSmallerTownOfTheSentencesCountry() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Set<String> both = Set.of("US", "RU");
        assertEquals("RU", linker.link("Moscow", Set.of("US"), both, Set.of(), false).orElseThrow().countryCode(),
                "The United States condemns the bombing of Moscow's airport");
        assertEquals("US", linker.link("Moscow", Set.of("US"), Set.of("US"), Set.of(), false).orElseThrow()
                .countryCode(), "a document that never names Russia");
        assertEquals("US", linker.link("Moscow", Set.of("US"), both, Set.of("US"), true).orElseThrow()
                .countryCode(), "Moscow, Idaho");
    }

    @Test
    void aTownInADivisionIsOneTheGazetteerHasThere() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        assertTrue(linker.townInDivision("Holland", Set.of("Ohio")).isPresent());
        assertTrue(linker.townInDivision("Lebanon", Set.of("Pennsylvania")).isPresent());
        assertFalse(linker.townInDivision("Afghanistan", Set.of("Pakistan")).isPresent());
        assertFalse(linker.townInDivision("Holland", Set.of("Kabul")).isPresent());
    }

    @Test
    void aTownIsTheOneInTheDivisionItsCommaChainNames() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Damon Joseph, of Holland, Ohio, pleaded guilty.");
        Mention holland = doc.ner("Holland", EntityType.PLACE);
        doc.ner("Ohio", EntityType.PLACE);

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        Place place = entityOf(resolution, holland).place().orElseThrow();
        assertEquals(Place.Kind.CITY, place.kind(), place::toString);
        assertEquals("US", place.countryCode());
        assertEquals("Ohio", Gazetteer.shared().regionOf(place).orElseThrow().name(), "not Holland, Michigan");
    }

    @Test
    void aDivisionNamedAsOneIsLinkedWithoutItsCountryButABareDivisionNameIsNot() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Gunmen killed 100 people in Benue State. Others fled to Benue.");
        Mention state = doc.ner("Benue State", EntityType.PLACE);
        Mention bare = doc.ner("Benue", EntityType.PLACE);

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertEquals("NG", entityOf(resolution, state).place().orElseThrow().countryCode());
        assertTrue(entityOf(resolution, bare).place().isEmpty(), "a bare name needs its country in the sentence");
    }

    @Test
    void anUnknownPlaceIsInTheCountryItsCommaChainNamesNotTheOneTheDocumentIsMostlyAbout() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Afghanistan, Afghanistan, Afghanistan, Afghanistan. A bus exploded in Upper Qazbaz "
                + "District, Pakistan. Later, in Lower Qazbaz, another bus.");
        for (int i = 0; i < 4; i++) {
            doc.kb("Afghanistan", EntityType.COUNTRY, ID + "place/afghanistan", "Afghanistan");
        }
        Mention upper = doc.ner("Upper Qazbaz District", EntityType.PLACE);
        doc.kb("Pakistan", EntityType.COUNTRY, ID + "place/pakistan", "Pakistan");
        Mention lower = doc.ner("Lower Qazbaz", EntityType.PLACE);

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertEquals(Optional.of(ID + "place/pakistan"), entityOf(resolution, upper).country());
        assertEquals(Optional.of(ID + "place/afghanistan"), entityOf(resolution, lower).country(),
                "a place no chain locates takes the country the document is about");
    }

    @Test
    void anUnknownPlaceIsInTheCountryOfTheOtherPlacesOfItsParagraphInADigestOfManyCountries() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Afghanistan, Afghanistan, Afghanistan.\nTwo people are killed near the village of Qazbaz "
                + "in Mandera County near the Somali border.\nLater, in Lower Qazbaz, another bus.");
        for (int i = 0; i < 3; i++) {
            doc.kb("Afghanistan", EntityType.COUNTRY, ID + "place/afghanistan", "Afghanistan");
        }
        Mention village = doc.ner("Qazbaz", EntityType.PLACE);
        Mention county = doc.ner("Mandera County", EntityType.PLACE);
        doc.add("Somali", EntityType.COUNTRY, MentionExtractor.DEMONYM_SOURCE, Optional.of(ID + "place/somalia"),
                Optional.empty(), "Somalia");
        Mention lower = doc.ner("Lower Qazbaz", EntityType.PLACE);

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertEquals("KE", entityOf(resolution, county).place().orElseThrow().countryCode(),
                "a division named as one that no other place shares is linked in a document of other countries");
        assertEquals(Optional.of(ID + "place/kenya"), entityOf(resolution, village).country(),
                "the county's country, not the one the document is mostly about, nor a demonym's");
        assertEquals(Optional.of(ID + "place/afghanistan"), entityOf(resolution, lower).country(),
                "a paragraph naming no country leaves the document's");
    }

    @Test
    void aPlaceSaidToLieInACountryIsNoTownOfAnotherCountryWhoseAlternateNameItIs() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("The attack left 43 dead from the commune of Barga in northern Burkina Faso.");
        Mention barga = doc.ner("Barga", EntityType.PLACE);
        doc.kb("Burkina Faso", EntityType.COUNTRY, ID + "place/burkina-faso", "Burkina Faso");

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertTrue(entityOf(resolution, barga).place().isEmpty(), "not Zelenogorsk in Russia, once called Barga");
        assertEquals(Optional.of(ID + "place/burkina-faso"), entityOf(resolution, barga).country());
    }

    @Test
    void aTownADemonymLocatesLiesInThatCountryAndTheCapitalItNamesIsTheCapitalCity() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("A bomb hit the Malian town of Boni. Gunmen attacked Kabul. The attack in the Afghan "
                + "capital was claimed.");
        doc.add("Malian", EntityType.COUNTRY, MentionExtractor.DEMONYM_SOURCE, Optional.of(ID + "place/mali"),
                Optional.empty(), "Mali");
        Mention boni = doc.ner("Boni", EntityType.PLACE);
        Mention kabul = doc.ner("Kabul", EntityType.CITY);
        Mention capital = doc.add("Afghan capital", EntityType.CITY, MentionExtractor.DEMONYM_SOURCE,
                Optional.empty(), Optional.of(ID + "place/afghanistan"), "Afghan capital");

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertEquals(Optional.of(ID + "place/mali"), entityOf(resolution, boni).country(), "not Boni in Germany");
        assertEquals(entityOf(resolution, kabul).iri(), entityOf(resolution, capital).iri());
        assertEquals("Kabul", entityOf(resolution, capital).label());
    }

    @Test
    void aSmallTownOfACountryTheDocumentNeverNamesIsNoReadingOfANameInASentenceOfAnotherCountry() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Jihadists attacked Solhan village in Yagha province of Burkina Faso. Troops reached "
                + "Lockerbie, Scotland, from Burkina Faso.");
        Mention solhan = doc.ner("Solhan", EntityType.PLACE);
        doc.kb("Burkina Faso", EntityType.COUNTRY, ID + "place/burkina-faso", "Burkina Faso");
        Mention lockerbie = doc.ner("Lockerbie", EntityType.PLACE);
        doc.kb("Burkina Faso", EntityType.COUNTRY, ID + "place/burkina-faso", "Burkina Faso");

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertTrue(entityOf(resolution, solhan).place().isEmpty(), "not Solhan in Turkey");
        assertEquals(Optional.of(ID + "place/burkina-faso"), entityOf(resolution, solhan).country());
        assertEquals("GB", entityOf(resolution, lockerbie).place().orElseThrow().countryCode(),
                "a comma chain says where the town lies, even one that names no country the knowledge base has");
    }

    @Test
    void aSiteNamedAfterATownLiesInTheTownsCountryNotTheOneTheDocumentIsMostlyAbout() {
        PlaceLinker linker = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());
        Doc doc = new Doc("Austria, Austria, Austria. Gunmen opened fire at Kabul University. Guards met at "
                + "Tarsa Gate.");
        for (int i = 0; i < 3; i++) {
            doc.kb("Austria", EntityType.COUNTRY, ID + "place/austria", "Austria");
        }
        Mention university = doc.ner("Kabul University", EntityType.SITE);
        Mention gate = doc.ner("Tarsa Gate", EntityType.SITE);

        Resolution resolution = new EntityResolver(linker).resolve(doc.text, doc.mentions);

        assertEquals(Optional.of(ID + "place/afghanistan"), entityOf(resolution, university).country());
        assertEquals(Optional.of(ID + "place/austria"), entityOf(resolution, gate).country(),
                "a site named after no town takes the country the document is about");
        assertTrue(linker.townOpening("Kabul").isEmpty(), "a town's own name opens no site");
        assertTrue(linker.townOpening("Serena Hotel").isEmpty(), "La Serena is not called Serena in its own name");
    }

    @Test
    void everyMentionIsResolved() {
        Doc doc = new Doc("Karim Haddad met the Harbor Council in Tarsa.");
        doc.ner("Karim Haddad", EntityType.PERSON);
        doc.ner("Harbor Council", EntityType.ORGANIZATION);
        doc.ner("Tarsa", EntityType.CITY);

        Resolution resolution = doc.resolve();

        for (Mention m : doc.mentions) {
            assertTrue(resolution.entityOf(m).isPresent(), m::toString);
        }
        assertEquals(3, resolution.entities().size());
    }

    @Test
    void aPersonTheTaggerSawInTheNameOfATownIsThatTown() {
        Doc doc = new Doc("Qazbaz bus attack. The injured went to a hospital in Qazbaz city. Karim met Haddad.");
        Mention title = doc.ner("Qazbaz", EntityType.PERSON);
        doc.ner("Qazbaz city", EntityType.PLACE);
        Mention karim = doc.ner("Karim", EntityType.PERSON);

        Resolution resolution = doc.resolve();

        assertEquals(EntityType.PLACE, entityOf(resolution, title).type());
        assertEquals(EntityType.PERSON, entityOf(resolution, karim).type(), "a name no town shares stays a person");
    }

    @Test
    void aVillageNamedWithTheWordVillageIsTheVillageNamedBareButACityIsNotItsCountry() {
        Doc doc = new Doc("Gunmen attacked the village of Qoshbe. They killed 40 farmers in Qoshbe village. "
                + "Mosul town was quiet. Kuwait City was calm in Kuwait.");
        Mention bare = doc.ner("Qoshbe", EntityType.PLACE);
        Mention withWord = doc.ner("Qoshbe village", EntityType.PLACE);
        Mention town = doc.ner("Mosul town", EntityType.PLACE);
        Mention city = doc.ner("Kuwait City", EntityType.CITY);
        Mention country = doc.ner("Kuwait", EntityType.COUNTRY);

        Resolution resolution = doc.resolve();

        assertEquals(entityOf(resolution, bare).iri(), entityOf(resolution, withWord).iri());
        assertEquals("Qoshbe", entityOf(resolution, withWord).label());
        assertEquals("Mosul town", entityOf(resolution, town).label(), "no bare name: the name stays as given");
        assertNotEquals(entityOf(resolution, city).iri(), entityOf(resolution, country).iri());
    }
}
