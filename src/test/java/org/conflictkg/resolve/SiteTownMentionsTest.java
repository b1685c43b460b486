package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class SiteTownMentionsTest {

    private static final PlaceLinker LINKER = new PlaceLinker(Gazetteer.shared(), KnowledgeBase.load());

    private static Mention ner(String text, String words, int from, EntityType type) {
        int begin = text.indexOf(words, from);
        int tokens = words.split(" ").length;
        return new Mention(0, begin, begin + tokens - 1, begin, begin + words.length(), words, type, "ner",
                Optional.empty(), Optional.empty(), words);
    }

    private static List<Mention> townMentions(Resolution resolution, String label) {
        return resolution.entities().stream().filter(e -> e.type() == EntityType.CITY && e.label().equals(label))
                .findFirst().map(Entity::mentions).orElse(List.of());
    }

    @Test
    void aTownNeverNamedAloneIsNamedInsideItsSitesName() {
        String text = "Three militants opened fire at Kabul University.";
        Mention university = ner(text, "Kabul University", 0, EntityType.SITE);

        Resolution resolution = new EntityResolver(LINKER).resolve(text, List.of(university));

        List<Mention> kabul = townMentions(resolution, "Kabul");
        assertEquals(1, kabul.size(), resolution.entities()::toString);
        assertEquals("Kabul", text.substring(kabul.get(0).begin(), kabul.get(0).end()));
        assertEquals(SiteTownMentions.SOURCE, kabul.get(0).source());
        assertTrue(resolution.byMention().keySet().stream().noneMatch(m -> m.source().equals(SiteTownMentions.SOURCE)),
                "the mention inside a name is no mention the sentence rules see");
    }

    @Test
    void aTownNamedAloneGetsTheMentionInsideTheSitesNameWrittenTheSameWay() {
        String text = "A bomb hit Jolo Cathedral. Jolo is on an island.";
        Mention cathedral = ner(text, "Jolo Cathedral", 0, EntityType.SITE);
        Mention jolo = ner(text, "Jolo", text.indexOf("Jolo is"), EntityType.PLACE);

        Resolution resolution = new EntityResolver(LINKER).resolve(text, List.of(cathedral, jolo));

        List<Mention> town = resolution.entityOf(jolo).orElseThrow().mentions();
        assertEquals(List.of(text.indexOf("Jolo"), text.indexOf("Jolo is")), town.stream().map(Mention::begin).toList());
    }

    @Test
    void aTownAbbreviatedAloneAndWrittenOutInsideASitesNameIsOneEntityLabelledWrittenOut() {
        String text = "A bomb hit the Saint Petersburg Metro. Police in St. Petersburg said.";
        Mention metro = ner(text, "Saint Petersburg Metro", 0, EntityType.SITE);
        Mention abbreviated = ner(text, "St. Petersburg", 0, EntityType.PLACE);

        Resolution resolution = new EntityResolver(LINKER).resolve(text, List.of(metro, abbreviated));

        Entity town = resolution.entityOf(abbreviated).orElseThrow();
        assertEquals("Saint Petersburg", town.label());
        assertEquals(List.of(text.indexOf("Saint"), text.indexOf("St.")),
                town.mentions().stream().map(Mention::begin).toList());
    }

    @Test
    void aPlaceOrASiteNamedAfterADivisionGateOrRoadNamedAfterATownIsNotInIt() {
        String text = "Fighting in Kabul Province. A blast at Jaffa Gate Hotel. A bomb at Haifa Street Mosque.";
        List<Mention> named = List.of(ner(text, "Kabul Province", 0, EntityType.PLACE),
                ner(text, "Jaffa Gate Hotel", 0, EntityType.SITE),
                ner(text, "Haifa Street Mosque", 0, EntityType.SITE));

        Resolution resolution = new EntityResolver(LINKER).resolve(text, named);

        assertTrue(resolution.entities().stream().noneMatch(e -> e.type() == EntityType.CITY),
                resolution.entities()::toString);
    }

    @Test
    void aPlaceTheGazetteerDoesNotKnowNamedAloneIsNamedInsideASitesName() {
        String text = "2015 Qazbazabad bombing. A bomb hit Qazbazabad Air Base.";
        Mention town = ner(text, "Qazbazabad", 0, EntityType.PLACE);
        Mention base = ner(text, "Qazbazabad Air Base", 0, EntityType.SITE);

        Resolution resolution = new EntityResolver(LINKER).resolve(text, List.of(town, base));

        assertEquals(List.of(text.indexOf("Qazbazabad"), text.indexOf("Qazbazabad Air")),
                resolution.entityOf(town).orElseThrow().mentions().stream().map(Mention::begin).toList());
    }
}
