package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Modality;
import org.conflictkg.extract.Role;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Analysis;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.resolve.Entity;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event rules on sentences written for this test (published 2024-06-01), one expectation per sentence: the
 * event's type, roles by label, places, date, casualties and modality.
 */
class EventExtractionIT {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new StandardPipelineFactory().create(KnowledgeBase.load(), Instant::now);
    }

    /** What one sentence must give: an event of this type with at least these facts. */
    record Expected(String sentence, String type, Map<Role, String> roles, Set<String> places, String date,
            Integer killed, String killedQualifier, Integer wounded, Modality modality) {
        @Override
        public String toString() {
            return sentence;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                expect("Gunmen from al-Shabaab attacked a hotel in Mogadishu on Tuesday, killing at least 12 people "
                        + "and wounding 20 others.", "attack", Map.of(Role.PERPETRATOR, "al-Shabaab"),
                        Set.of("Mogadishu"), "2024-05-28", 12, "at least", 20, Modality.COMPLETED),
                expect("A suicide bomber detonated explosives at a market in Kabul on 3 May 2023, killing nine "
                        + "people.", "bombing", Map.of(), Set.of("Kabul"), "2023-05-03", 9, "", null,
                        Modality.COMPLETED),
                expect("Two police officers were killed and four were injured when militants stormed a checkpoint "
                        + "near Peshawar.", "armed-assault", Map.of(), Set.of("Peshawar"), null, 2, "", 4,
                        Modality.COMPLETED),
                expect("Boko Haram fighters abducted 40 students from a school in Borno State in March.",
                        "hostage-taking", Map.of(Role.PERPETRATOR, "Boko Haram"), Set.of("Borno State"), "2024-03",
                        null, null, null, Modality.COMPLETED),
                expect("Assailants opened fire on a police patrol in Quetta on Monday, killing two officers.",
                        "armed-assault", Map.of(), Set.of("Quetta"), "2024-05-27", 2, "", null, Modality.COMPLETED),
                expect("A man drove a truck into a crowd of shoppers in Berlin on Monday, killing 12 people.",
                        "unarmed-assault", Map.of(), Set.of("Berlin"), "2024-05-27", 12, "", null,
                        Modality.COMPLETED),
                expect("The bomb, set off by a suicide bomber, killed at least 35 people at a market in Kabul.", "bombing",
                        Map.of(), Set.of("Kabul"), null, 35, "at least", null, Modality.COMPLETED),
                expect("April 9 | 1 | 30 | A bomb used against a police headquarters in Cali kills one and injures "
                        + "30.", "bombing", Map.of(), Set.of("Cali"), null, 1, "", 30, Modality.COMPLETED),
                expect("Ansar al-Islam fighters attacked a school in Djibo on Sunday.", "attack",
                        Map.of(Role.PERPETRATOR, "Ansar al-Islam"), Set.of("Djibo"), "2024-05-26", null, null, null,
                        Modality.COMPLETED),
                expect("Assailants threw a grenade at a bar in Bujumbura on Sunday.", "bombing", Map.of(),
                        Set.of("Bujumbura"), "2024-05-26", null, null, null, Modality.COMPLETED),
                expect("Assailants shot and killed a teacher in Herat on Sunday.", "armed-assault", Map.of(),
                        Set.of("Herat"), "2024-05-26", 1, "", null, Modality.COMPLETED),
                expect("Assailants set fire to a girls' school in Kandahar on Sunday.", "arson", Map.of(),
                        Set.of("Kandahar"), "2024-05-26", null, null, null, Modality.COMPLETED),
                expect("Hamas fighters fired rockets at Tel Aviv on 7 October 2023.", "attack",
                        Map.of(Role.PERPETRATOR, "Hamas"), Set.of("Tel Aviv"), "2023-10-07", null, null, null,
                        Modality.COMPLETED),
                expect("German authorities detained a Syrian man in Berlin on Friday over an alleged plot to attack "
                        + "the Israeli embassy.", "arrest", Map.of(Role.AUTHORITY, "Germany: authority"),
                        Set.of("Berlin"), "2024-05-31", null, null, null, Modality.COMPLETED),
                expect("Turkey deported 45 suspected ISIS members to their home countries last July.", "deportation",
                        Map.of(Role.AUTHORITY, "Turkey", Role.SUSPECT, "Islamic State"), Set.of(), "2023-07", null,
                        null, null, Modality.COMPLETED),
                expect("The Taliban denied any involvement in the attack and blamed ISKP.", "accusation",
                        Map.of(Role.SPEAKER, "Taliban", Role.TARGET, "Islamic State Khorasan Province"), Set.of(),
                        null, null, null, null, Modality.COMPLETED),
                expect("ISIL issued a statement claiming responsibility for the bombing.", "claim-of-responsibility",
                        Map.of(Role.CLAIMANT, "Islamic State"), Set.of(), null, null, null, null, Modality.COMPLETED),
                expect("The Taliban accepted responsibility for the bombing in Kabul.", "claim-of-responsibility",
                        Map.of(Role.CLAIMANT, "Taliban"), Set.of(), null, null, null, null, Modality.COMPLETED),
                expect("The Islamic State claimed responsibility for the bombing through its Amaq news agency.",
                        "claim-of-responsibility", Map.of(Role.CLAIMANT, "Islamic State"), Set.of(), null, null,
                        null, null, Modality.COMPLETED),
                expect("Security forces foiled a plot to bomb a church in Cairo, the Interior Ministry said.",
                        "plot", Map.of(), Set.of("Cairo"), null, null, null, null, Modality.FOILED),
                expect("Prosecutors in Vienna charged a 19-year-old man with planning an attack on a parade.",
                        "trial", Map.of(Role.AUTHORITY, "Vienna: prosecutor"), Set.of(), null, null, null, null,
                        Modality.COMPLETED),
                expect("An explosion ripped through a mosque in Quetta during Friday prayers, killing more than 50 "
                        + "worshippers.", "bombing", Map.of(), Set.of("Quetta"), "2024-05-31", 50, "more than", null,
                        Modality.COMPLETED),
                expect("Police said two militants were allegedly planning an assault on a stadium in Riga.",
                        "plot", Map.of(), Set.of("Riga"), null, null, null, null, Modality.ALLEGED),
                expect("Police said a man was preparing an attack on a concert in Oslo.", "plot", Map.of(),
                        Set.of("Oslo"), null, null, null, null, Modality.PLANNED),
                expect("ISKP gunmen shot dead the deputy governor, Ahmad Karimi, outside his office in Herat.",
                        "assassination", Map.of(Role.PERPETRATOR, "Islamic State Khorasan Province",
                                Role.TARGET, "Ahmad Karimi"), Set.of("Herat"), null, null, null, null,
                        Modality.COMPLETED),
                expect("Soldiers killed eleven al-Shabaab fighters in an operation near Kismayo on 4 April 2024.",
                        "military-operation", Map.of(Role.TARGET, "al-Shabaab"), Set.of("Kismayo"), "2024-04-04",
                        11, "", null, Modality.COMPLETED),
                expect("Gunmen attacked a church in Kaduna on 12 May 2024. The Islamic State claimed the attack two "
                        + "days later.", "claim-of-responsibility", Map.of(Role.CLAIMANT, "Islamic State"), Set.of(),
                        "2024-05-14", null, null, null, Modality.COMPLETED),
                expect("Taliban fighters arrested three suspected ISKP members in Jalalabad on 2 May 2024.", "arrest",
                        Map.of(Role.AUTHORITY, "Taliban"), Set.of("Jalalabad"), "2024-05-02", null, null, null,
                        Modality.COMPLETED),
                expect("A court in Lyon on 2 February 2024 sentenced a man for plotting an attack on a church in "
                        + "Grenoble.", "plot", Map.of(), Set.of("Grenoble"), null, null, null, null, Modality.FOILED),
                expect("The man scouted a church in 2021 before police arrested him in November that year.", "arrest",
                        Map.of(), Set.of(), "2021-11", null, null, null, Modality.COMPLETED),
                expect("Prosecutors said the men planned a bomb attack on a market in Dortmund on behalf of the "
                        + "Islamic State.", "plot", Map.of(Role.PERPETRATOR, "Islamic State"), Set.of("Dortmund"), null,
                        null, null, null, Modality.PLANNED),
                expect("A suicide bomber struck a mosque in Kunduz on 8 October 2021, killing at least 50 "
                        + "worshippers.", "bombing", Map.of(), Set.of("Kunduz"), "2021-10-08", 50, "at least", null,
                        Modality.COMPLETED),
                expect("Investigators believe al-Shabaab was behind the bombing of a hotel in Garissa.",
                        "assessment", Map.of(), Set.of(), null, null, null, null, Modality.COMPLETED),
                expect("Two people were killed in a Russian missile strike on Kyiv on Monday.", "military-operation",
                        Map.of(Role.PERPETRATOR, "Russia"), Set.of("Kyiv"), "2024-05-27", 2, "", null,
                        Modality.COMPLETED),
                expect("Al-Shabaab is believed to be responsible for the bombing of a hotel in Garissa.",
                        "assessment", Map.of(), Set.of(), null, null, null, null, Modality.COMPLETED),
                expect("Police commandos ended the siege of a shopping centre in Kano on Friday.",
                        "military-operation", Map.of(), Set.of("Kano"), "2024-05-31", null, null, null,
                        Modality.COMPLETED),
                expect("American troops raided a Hurras al-Din hideout near Idlib on 3 May 2024 together with the "
                        + "Syrian Democratic Forces.", "military-operation", Map.of(Role.PERPETRATOR,
                                "Syrian Democratic Forces", Role.TARGET, "Hurras al-Din"), Set.of("Idlib"),
                        "2024-05-03", null, null, null, Modality.COMPLETED),
                expect("Soldiers killed four Boko Haram fighters in a raid near Bama on 9 May 2024. A fifth fighter "
                        + "was captured.", "arrest", Map.of(), Set.of("Bama"), "2024-05-09", null, null, null,
                        Modality.COMPLETED),
                expect("The British Embassy in Nairobi urged its citizens on Friday to avoid shopping centres.",
                        "warning", Map.of(), Set.of("Nairobi"), "2024-05-31", null, null, null, Modality.COMPLETED),
                expect("Hamas threatened to attack Israeli towns in a video released on Monday.", "attack",
                        Map.of(Role.PERPETRATOR, "Hamas"), Set.of(), null, null, null, null, Modality.THREATENED),
                expect("Police said they had foiled a plot. Two men had planned to bomb a church in Lyon on behalf of "
                        + "the Islamic State in May.", "plot", Map.of(Role.PERPETRATOR, "Islamic State"),
                        Set.of("Lyon"), "2024-05", null, null, null, Modality.FOILED),
                expect("The Canadian Embassy issued a warning on Monday, cautioning citizens against travel to "
                        + "Mombasa.", "warning", Map.of(), Set.of(), "2024-05-27", null, null, null,
                        Modality.COMPLETED),
                expect("Police in Kabul are investigating the ISIS-claimed bombing of a bus.",
                        "claim-of-responsibility", Map.of(Role.CLAIMANT, "Islamic State"), Set.of(), null, null, null,
                        null, Modality.COMPLETED),
                expect("On 3 May, Turkish police made several arrests linked to an Islamic State cell.", "arrest",
                        Map.of(), Set.of(), "2024-05-03", null, null, null, Modality.COMPLETED),
                expect("Police in Ankara detained six men in the district of Cankaya on 2 May 2024.", "arrest",
                        Map.of(Role.AUTHORITY, "Ankara: police"), Set.of("Ankara"), "2024-05-02", null, null, null,
                        Modality.COMPLETED),
                expect("The effort to pin the bombing on Hamas failed.", "accusation", Map.of(Role.TARGET, "Hamas"),
                        Set.of(), null, null, null, null, Modality.COMPLETED),
                expect("A court in Lyon convicted a man of plotting an attack on a church in Grenoble. He bought a "
                        + "rifle and scouted the church in 2022.", "plot", Map.of(), Set.of("Grenoble"), "2022", null,
                        null, null, Modality.FOILED),
                expect("Prosecutors charged three men with planning an attack on a mosque in Bremen.\n\nThe men "
                        + "began buying chemicals in the summer of 2023.", "plot", Map.of(), Set.of("Bremen"), "2023",
                        null, null, null, Modality.PLANNED),
                expect("Gunmen attacked a hotel in Mogadishu on 4 May 2024. Officials had warned the hotel about the "
                        + "threat two days before the attack.", "warning", Map.of(), Set.of(), "2024-05-02", null, null,
                        null, Modality.COMPLETED),
                expect("Gunmen on a motorbike shot dead a police officer outside a bank in Quetta on Monday.",
                        "armed-assault", Map.of(), Set.of("Quetta"), "2024-05-27", 1, "", null, Modality.COMPLETED),
                expect("Army commandos ended the siege of a school in Maiduguri on Sunday, killing all four gunmen.",
                        "military-operation", Map.of(), Set.of("Maiduguri"), "2024-05-26", 4, "", null,
                        Modality.COMPLETED))
                .map(Arguments::of);
    }

    /** Sentences that name an event type but report no such event: a prediction, a source, an open question. */
    static Stream<Arguments> noEvents() {
        return Stream.of(
                Arguments.of("Further bombings of markets are likely in Borno over the rainy season.", "bombing"),
                Arguments.of("According to the indictment, the men bought two knives in Hamburg in 2023.", "trial"),
                Arguments.of("A court in Munich must now decide whether to admit the case for trial.", "trial"),
                Arguments.of("The group, which has carried out most attacks in the region, denied any role.",
                        "attack"),
                Arguments.of("Prosecutors charged two men in Vienna, accusing them of financing the Islamic State.",
                        "accusation"),
                Arguments.of("Police in Lagos warned of potential attacks on churches.", "attack"),
                Arguments.of("The group urged its followers to attack churches in Europe.", "attack"),
                Arguments.of("By inciting young men to attack the police, the group seeks to widen the war.",
                        "attack"),
                Arguments.of("The group frames the war as a clash between civilisations.", "military-operation"),
                Arguments.of("The rebels hope to capture the town of Goma before the rains.", "arrest"));
    }

    /**
     * A day after the document's date is moved to the year before, which has no 29 February: the text is still
     * analysed, and no impossible date comes out (a generated document of the 10,000-document benchmark failed so).
     */
    @org.junit.jupiter.api.Test
    void aLeapDayMovedToAnotherYearGivesNoDate() {
        String text = "KANDAHAR, February 28 - Government troops backed by air strikes killed 3 Allied Democratic "
                + "Forces militants in an operation near Kandahar on Tuesday, a hospital director told the "
                + "news agency. One soldiers were wounded and a number of hideouts were destroyed, the "
                + "statement added.\n\nThe attack was claimed by Allied Democratic Forces, which accused the "
                + "government of killing its members. Residents described scenes of panic as ambulances rushed "
                + "to the site. Schools and shops in the district stayed closed on the following day. "
                + "Officials warned that the toll could rise as rescuers searched the rubble. In 2022, Allied "
                + "Democratic Forces killed 28 people in a similar attack in Aden.\n\nThe Carabinieri said it "
                + "was working with partners in Yemen to trace the network behind Allied Democratic Forces. "
                + "Funerals for some of the victims were held in Kandahar the next day, as hundreds of "
                + "mourners gathered outside a polling station.\n";
        Analysis analysis = pipeline.run(Document.of("leap", text, "test"),
                Optional.of(PublicationDate.parse("2024-02-28")));
        assertTrue(analysis.events().stream().anyMatch(e -> e.type() == EventType.MILITARY_OPERATION),
                () -> analysis.events().toString());
        analysis.events().forEach(e -> e.date().ifPresent(d -> assertTrue(!d.value().equals("2023-02-29"),
                () -> e.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noEvents")
    void theSentenceGivesNoSuchEvent(String sentence, String type) {
        Analysis analysis = pipeline.run(Document.of("case", sentence, "test"),
                Optional.of(PublicationDate.of(LocalDate.parse("2024-06-01"))));
        assertTrue(analysis.events().stream().noneMatch(e -> e.type().localName().equals(type)),
                () -> analysis.events().toString());
    }

    private static Expected expect(String sentence, String type, Map<Role, String> roles, Set<String> places,
            String date, Integer killed, String qualifier, Integer wounded, Modality modality) {
        return new Expected(sentence, type, roles, places, date, killed, qualifier, wounded, modality);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSentenceGivesTheExpectedEvent(Expected expected) {
        Analysis analysis = pipeline.run(Document.of("case", expected.sentence(), "test"),
                Optional.of(PublicationDate.of(LocalDate.parse("2024-06-01"))));
        Map<String, String> labels = new HashMap<>();
        for (Entity e : analysis.resolution().entities()) {
            labels.put(e.iri(), e.label());
        }
        List<Event> matching = analysis.events().stream()
                .filter(e -> e.type().localName().equals(expected.type())).toList();
        assertEquals(1, matching.size(), () -> "events of type " + expected.type() + ": " + analysis.events());
        Event event = matching.get(0);
        if (event.type() == EventType.ASSESSMENT) {
            assertTrue(event.about().isPresent(), () -> "an assessment is about an event: " + event);
            Set<String> blamed = new TreeSet<>();
            event.attributedTo().forEach(iri -> blamed.add(labels.get(iri)));
            assertEquals(Set.of("al-Shabaab"), blamed, () -> event.toString());
        }
        expected.roles().forEach((role, label) -> {
            Set<String> actual = new TreeSet<>();
            event.roles().getOrDefault(role, Set.of()).forEach(iri -> actual.add(labels.get(iri)));
            assertTrue(actual.contains(label), () -> role + " " + actual + " in " + event);
        });
        event.roles().forEach((role, iris) -> iris.forEach(iri -> assertTrue(event.assignments().stream().anyMatch(
                a -> a.role() == role && a.entity().equals(iri) && a.confidence() >= 0.5 && a.confidence() <= 0.9),
                () -> "no assignment with a confidence for " + role + " " + iri + " in " + event.assignments())));
        Set<String> places = new TreeSet<>();
        event.places().forEach(iri -> places.add(labels.get(iri)));
        assertTrue(places.containsAll(expected.places()), () -> "places " + places + " in " + event);
        assertEquals(expected.date(), event.date().map(d -> d.value()).orElse(null), () -> event.toString());
        assertEquals(expected.killed(), event.killed().map(k -> k.count()).orElse(null), () -> event.toString());
        if (expected.killedQualifier() != null) {
            assertEquals(expected.killedQualifier(), event.killed().orElseThrow().qualifier());
        }
        assertEquals(expected.wounded(), event.wounded().map(k -> k.count()).orElse(null), () -> event.toString());
        assertEquals(expected.modality(), event.modality(), () -> event.toString());
        assertTrue(event.confidence() > 0 && event.confidence() <= 1);
    }
}
