package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KbEntity;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds the mentions of entities in annotated text, from three sources: the knowledge base's labels (armed groups,
 * media outlets, authorities, countries), a rule for state authorities (a country or its demonym before an authority
 * term: "Turkish police", "the German Federal Prosecutor"), and CoreNLP's named entities (people, places,
 * organisations). Where candidates overlap, the longer wins; at equal length the knowledge base wins over the rule,
 * and the rule over the named-entity tagger.
 */
public final class MentionExtractor {

    private static final Set<String> AUTHORITY_MODIFIERS = Set.of("federal", "national", "state", "local",
            "regional", "special", "top", "senior", "chief", "secret", "border", "military", "interior", "foreign",
            "public", "general", "anti-terrorism", "counter-terrorism", "counterterrorism", "central", "domestic",
            "provincial", "municipal", "city", "high", "supreme");

    private static final Set<String> NAME_PARTICLES = Set.of("di", "de", "da", "del", "della", "van", "von", "der",
            "bin", "ibn", "al", "el", "la", "le", "dos", "das", "du");
    /** Lower-case words inside place names ("Saint Jean sur Richelieu", "Châlons-en-Champagne"). */
    private static final Set<String> LINKING_PARTICLES = Set.of("sur", "sous", "en", "les", "lès", "de", "del", "la",
            "le", "am", "an", "upon", "on");
    /**
     * A surname cut to its initial, as European police and press name suspects ("Ali H.", "Anis A."): part of the
     * person's name the tagger tagged before it.
     */
    private static final Pattern SURNAME_INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** How a name of the US capital ends ("Washington, D.C."): part of the name, not a place after it. */
    private static final Set<String> FEDERAL_DISTRICT = Set.of("D.C.", "DC", "D.C");
    /** Lower-case words that join the parts of one place name the tagger tags apart ("Mocímboa da Praia"). */
    private static final Set<String> PLACE_NAME_PARTICLES = Set.of("sur", "sous", "en", "les", "lès", "de", "del",
            "la", "le", "da", "do", "dos", "das", "di", "du", "des");
    /** The words that open the name of a US federal court's district ("Eastern District of New York"). */
    private static final Set<String> COURT_DISTRICTS = Set.of("northern", "southern", "eastern", "western", "middle",
            "central");
    /**
     * Words that make an organisation's name an insurgent's, even with an authority word in it ("Irish National
     * Liberation Army", "Moro National Liberation Front", "Lord's Resistance Army").
     */
    private static final Set<String> INSURGENT_NAME_WORDS = Set.of("liberation", "resistance", "mujahideen",
            "mujahidin", "jihad", "rebel", "rebels", "separatist", "insurgent", "militia");
    private static final Set<String> AUTHORITY_WORDS = Set.of("ministry", "police", "prosecutor", "army",
            "military", "gendarmerie", "court", "government", "parliament", "intelligence", "guard", "directorate",
            "agency", "bureau", "department", "office", "council", "command", "cabinet", "presidency");

    /**
     * The Arabic and Urdu words that open the names of armed movements ("Ansar al-Islam", "Jaish-e-Mohammed",
     * "Lashkar-e-Taiba", "Harakat al-Shabaab", "Tehrik-i-Taliban"): a name of several words that starts with one is an
     * armed group, whatever the tagger called it (it often takes "Ansar al-Islam" for a person).
     */
    private static final Set<String> GROUP_NAME_HEADS = Set.of("ansar", "ansaru", "jamaat", "jama'at", "jamaat-ul",
            "harakat", "tehrik", "tehreek", "lashkar", "lashkar-e-taiba", "jaish", "jaish-e-mohammed", "katibat",
            "liwa", "jund", "hizb", "hizbul", "saraya", "kataib", "kata'ib", "asaib", "jabhat", "tanzim");
    /** Plural nouns of people who fight for a cause ("Fulani extremists", "Baloch separatists"). */
    private static final Set<String> MILITANCY_NOUNS = Set.of("extremists", "militants", "militias", "separatists",
            "insurgents", "jihadists", "activists", "rebels", "guerrillas", "radicals", "nationalists");
    /** Words of a creed, not of a people, before such a noun: "Islamist militants" names no group a coder could. */
    private static final Set<String> CREED_ADJECTIVES = Set.of("islamist", "islamic", "jihadist", "salafist",
            "salafi", "muslim", "christian");
    private static final Set<String> SITE_WORDS = Set.of("hall", "center", "centre", "theatre", "theater",
            "stadium", "arena", "airport", "mosque", "church", "synagogue", "cathedral", "temple", "shrine", "hotel",
            "mall", "station", "school", "university", "hospital", "market", "bazaar", "square", "club", "embassy",
            "consulate", "base", "prison", "palace", "museum", "bridge", "port", "plaza", "park", "college", "metro",
            "gate", "airfield", "airbase");
    /** Words that open the name of a site ("Hotel Kangaba", "Camp Hurriya"). */
    private static final Set<String> LEADING_SITE_WORDS = Set.of("hotel", "camp");

    private final LabelIndex<KbEntity> labels = new LabelIndex<>();
    private final LabelIndex<KbEntity> countries = new LabelIndex<>();
    private final LabelIndex<String> authorityTerms = new LabelIndex<>();

    /** How a state-force term standing alone was found, as its mention's source. */
    public static final String CONTEXT_SOURCE = "authority-context";
    /** State-force terms that stand for the forces of the country they act in, each with its key. */
    private static final List<String[]> CONTEXT_TERMS = Lexicons.rows("context-authority-terms.tsv", 2);
    /** How a country named by its demonym before a place or a strike was found, as its mention's source. */
    public static final String DEMONYM_SOURCE = "demonym";

    private record Candidate(Mention mention, int priority) {
    }

    private final java.util.function.Predicate<String> knownPlace;
    private final java.util.function.BiPredicate<String, String> townInDivision;
    private final java.util.function.Predicate<String> majorCity;

    /** A mention extractor over this knowledge base, with no gazetteer to recognise place names. */
    public MentionExtractor(KnowledgeBase kb) {
        this(kb, name -> false);
    }

    /**
     * A mention extractor over this knowledge base that also takes a person's or organisation's name for a place
     * when it stands where places stand and the gazetteer knows it ("in Raqqa").
     */
    public MentionExtractor(KnowledgeBase kb, java.util.function.Predicate<String> knownPlace) {
        this(kb, knownPlace, (town, division) -> false);
    }

    /**
     * As above, and a country's name written as a town of a first-level division of the gazetteer ("Holland, Ohio",
     * "Lebanon, Pennsylvania") is that town, not the country: {@code townInDivision} says whether the gazetteer has
     * a town of the first name in a division of the second.
     */
    public MentionExtractor(KnowledgeBase kb, java.util.function.Predicate<String> knownPlace,
            java.util.function.BiPredicate<String, String> townInDivision) {
        this(kb, knownPlace, townInDivision, name -> false);
    }

    /**
     * As above, and a proper name the tagger left untagged anywhere is a place when {@code majorCity} says it is the
     * own name of a large city ("missile strike on Kyiv", "Russian missiles struck Kyiv").
     */
    public MentionExtractor(KnowledgeBase kb, java.util.function.Predicate<String> knownPlace,
            java.util.function.BiPredicate<String, String> townInDivision,
            java.util.function.Predicate<String> majorCity) {
        this.knownPlace = knownPlace;
        this.townInDivision = townInDivision;
        this.majorCity = majorCity;
        for (KbEntity entity : kb.entities()) {
            labels.add(entity.prefLabel(), entity);
            entity.altLabels().forEach(label -> labels.add(label, entity));
            if (entity.type() == EntityType.COUNTRY) {
                countries.add(entity.prefLabel(), entity);
                entity.altLabels().forEach(label -> countries.add(label, entity));
                entity.demonyms().forEach(label -> countries.add(label, entity));
            }
        }
        kb.authorityTerms().forEach(term -> authorityTerms.add(term, term));
    }

    /** The mentions in a text, in text order, none overlapping. */
    public List<Mention> extract(AnnotatedText text) {
        List<Mention> result = new ArrayList<>();
        List<IncidentTables.Cell> locationCells = TableCellPlaces.locationCells(text);
        for (Sentence sentence : text.sentences()) {
            List<String> tokenTexts = new ArrayList<>(sentence.tokens().size());
            for (Token token : sentence.tokens()) {
                tokenTexts.add(text.text().substring(token.begin(), token.end()));
            }
            LabelIndex.Text words = new LabelIndex.Text(tokenTexts);
            List<Candidate> candidates = new ArrayList<>();
            gazetteer(text, sentence, words, candidates);
            authorities(text, sentence, words, candidates);
            namedEntities(text, sentence, candidates);
            sites(text, sentence, candidates);
            describedGroups(text, sentence, candidates);
            untaggedPlaces(text, sentence, candidates);
            cellPlaces(text, sentence, locationCells, candidates);
            untaggedPlaceModifiers(text, sentence, candidates);
            untaggedCities(text, sentence, candidates);
            result.addAll(select(candidates));
        }
        return DefinedAcronyms.add(text, result);
    }

    private void gazetteer(AnnotatedText text, Sentence sentence, LabelIndex.Text words, List<Candidate> out) {
        for (int i = 0; i < words.size(); i++) {
            LabelIndex.Match<KbEntity> match = labels.longestAt(words, i);
            if (match != null) {
                KbEntity entity = match.value();
                if (entity.type() == EntityType.COUNTRY && townOfDivision(text, sentence, i, match.tokens())) {
                    continue;
                }
                out.add(new Candidate(mention(text, sentence, i, i + match.tokens() - 1, entity.type(), "gazetteer",
                        Optional.of(entity.iri()), entity.country(), entity.prefLabel()), 3));
            }
        }
    }

    /** Whether the name at these tokens is followed by ", Division" that has a town of that name. */
    private boolean townOfDivision(AnnotatedText text, Sentence sentence, int first, int length) {
        List<String> words = tokenTexts(text, sentence.tokens());
        int comma = first + length;
        if (comma + 1 >= words.size() || !words.get(comma).equals(",")
                || !Character.isUpperCase(words.get(comma + 1).charAt(0))) {
            return false;
        }
        int last = comma + 1;
        while (last + 1 < words.size() && Character.isUpperCase(words.get(last + 1).charAt(0))) {
            last++;
        }
        return townInDivision.test(String.join(" ", words.subList(first, comma)),
                String.join(" ", words.subList(comma + 1, last + 1)));
    }

    private void authorities(AnnotatedText text, Sentence sentence, LabelIndex.Text words, List<Candidate> out) {
        for (int i = 0; i < words.size(); i++) {
            LabelIndex.Match<KbEntity> country = countries.longestAt(words, i);
            if (country == null) {
                if (!localAuthority(text, sentence, words, i, out)) {
                    contextAuthority(text, sentence, i, out);
                }
                continue;
            }
            demonymOfCountry(text, sentence, i, country, out);
            int next = i + country.tokens();
            if (next < words.size() && sentence.tokens().get(next).pos().equals("POS")) {
                next++;
            }
            int modifiers = 0;
            while (true) {
                LabelIndex.Match<String> term = next < words.size() ? authorityTerms.longestAt(words, next) : null;
                if (term != null) {
                    int last = next + term.tokens() - 1;
                    KbEntity countryEntity = country.value();
                    String termKey = termKey(sentence, firstTermToken(sentence, i + country.tokens()), last);
                    String label = countryEntity.prefLabel() + ": " + termKey;
                    String iri = authorityIri(countryEntity.prefLabel(), termKey);
                    out.add(new Candidate(mention(text, sentence, i, last, EntityType.STATE_AUTHORITY,
                            "authority-rule", Optional.of(iri), Optional.of(countryEntity.iri()), label), 2));
                    break;
                }
                if (next < words.size() && modifiers < 2
                        && AUTHORITY_MODIFIERS.contains(sentence.tokens().get(next).word().toLowerCase(Locale.ROOT))) {
                    next++;
                    modifiers++;
                    continue;
                }
                break;
            }
        }
    }

    /**
     * A country's demonym modifying a noun of {@code demonym-heads.tsv} ("the Malian town of Boni", "Russian
     * airstrikes", "Turkish jets", "An American drone strike", which the parser may make a compound), or opening a run
     * of noun modifiers up to a strike or weapon ("A Russian cluster munition strike"): a mention of the country over
     * the demonym. "The Afghan capital" is a mention of a city in that country, which the resolver
     * takes for its capital.
     */
    private static void demonymOfCountry(AnnotatedText text, Sentence sentence, int first,
            LabelIndex.Match<KbEntity> country, List<Candidate> out) {
        int last = first + country.tokens() - 1;
        String matched = text.text().substring(sentence.tokens().get(first).begin(), sentence.tokens().get(last).end());
        Token demonym = sentence.tokens().get(last);
        Token head = sentence.head(demonym);
        boolean modifies = head != null && Set.of("amod", "compound").contains(demonym.relation())
                && head.pos().startsWith("NN") && DemonymHeads.any(head.lemma());
        if (!modifies && DemonymHeads.forceInRunAfter(sentence, last) == null
                || country.value().demonyms().stream().noneMatch(matched::equalsIgnoreCase)) {
            return;
        }
        KbEntity entity = country.value();
        if (modifies && head.lemma().equalsIgnoreCase("capital") && head.index() == last + 1) {
            out.add(new Candidate(mention(text, sentence, first, head.index(), EntityType.CITY, DEMONYM_SOURCE,
                    Optional.empty(), Optional.of(entity.iri()), null), 1));
            return;
        }
        out.add(new Candidate(mention(text, sentence, first, last, EntityType.COUNTRY, DEMONYM_SOURCE,
                Optional.of(entity.iri()), Optional.empty(), entity.prefLabel()), 1));
    }

    /**
     * An authority term followed by "in" or "of" and a place ("Police in Lagos", "prosecutors in Vienna"): the
     * authority of that place. The mention covers the term only, so the place stays a mention of its own.
     */
    private boolean localAuthority(AnnotatedText text, Sentence sentence, LabelIndex.Text words, int i,
            List<Candidate> out) {
        LabelIndex.Match<String> term = authorityTerms.longestAt(words, i);
        if (term == null) {
            return false;
        }
        int last = i + term.tokens() - 1;
        int preposition = last + 1;
        if (preposition + 1 >= words.size()) {
            return false;
        }
        String word = sentence.tokens().get(preposition).word().toLowerCase(Locale.ROOT);
        if (!word.equals("in") && !word.equals("of")) {
            return false;
        }
        int placeStart = preposition + 1;
        if (sentence.tokens().get(placeStart).lemma().equalsIgnoreCase("the") && placeStart + 1 < words.size()) {
            placeStart++;
        }
        String placeLabel;
        Optional<String> country;
        LabelIndex.Match<KbEntity> place = countries.longestAt(words, placeStart);
        if (place != null && place.value().prefLabel().length() > 0) {
            placeLabel = place.value().prefLabel();
            country = Optional.of(place.value().iri());
        } else {
            int end = placeStart;
            while (end < words.size() && sentence.tokens().get(end).ner().equals("LOCATION")) {
                end++;
            }
            if (end == placeStart) {
                return false;
            }
            LabelIndex.Match<KbEntity> countryAfter = countryAfterComma(sentence, words, end);
            if (countryAfter != null) {
                placeLabel = countryAfter.value().prefLabel();
                country = Optional.of(countryAfter.value().iri());
            } else {
                placeLabel = text.text().substring(sentence.tokens().get(placeStart).begin(),
                        sentence.tokens().get(end - 1).end());
                country = Optional.empty();
            }
        }
        String termKey = termKey(sentence, i, last);
        String iri = authorityIri(placeLabel, termKey);
        out.add(new Candidate(mention(text, sentence, i, last, EntityType.STATE_AUTHORITY, "authority-rule",
                Optional.of(iri), country, placeLabel + ": " + termKey), 2));
        return true;
    }

    /**
     * The country named after a place and a comma, a point of the compass allowed before it ("Osh, Kyrgyzstan",
     * "Xinjiang, western China"), or null.
     */
    private LabelIndex.Match<KbEntity> countryAfterComma(Sentence sentence, LabelIndex.Text words, int comma) {
        if (comma + 1 >= words.size() || !sentence.tokens().get(comma).word().equals(",")) {
            return null;
        }
        int start = comma + 1;
        if (NounPhrases.compassPoint(sentence.tokens().get(start).word().toLowerCase(Locale.ROOT))
                && start + 1 < words.size()) {
            start++;
        }
        LabelIndex.Match<KbEntity> country = countries.longestAt(words, start);
        return country != null && country.value().prefLabel().length() > 0
                && sentence.tokens().get(start).pos().startsWith("NNP") ? country : null;
    }

    /**
     * A state-force term standing alone ("Security forces kill ...", "clashes between government forces and ..."),
     * not a modifier of another noun ("army base") nor modified itself ("rebel forces", "the group's forces"): a
     * mention whose country the resolver takes from the places around it. Its label is the term's key in
     * {@code context-authority-terms.tsv}.
     */
    private void contextAuthority(AnnotatedText text, Sentence sentence, int i, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (String[] term : CONTEXT_TERMS) {
            String[] words = term[0].split(" ");
            int last = i + words.length - 1;
            if (last >= tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < words.length && matches; k++) {
                matches = tokens.get(i + k).word().equalsIgnoreCase(words[k]);
            }
            if (matches && tokens.get(last).pos().startsWith("NN") && standsAlone(tokens, i, last)) {
                out.add(new Candidate(mention(text, sentence, i, last, EntityType.STATE_AUTHORITY, CONTEXT_SOURCE,
                        Optional.empty(), Optional.empty(), term[1]), 1));
                return;
            }
        }
    }

    /** Whether the words from first to last stand alone: nothing modifies them and they modify nothing. */
    private static boolean standsAlone(List<Token> tokens, int first, int last) {
        if (first > 0) {
            String before = tokens.get(first - 1).pos();
            if (before.startsWith("NN") || before.startsWith("JJ") || before.equals("POS") || before.equals("PRP$")
                    || before.equals("HYPH") || before.equals("CD") || before.equals("VBN")) {
                return false;
            }
        }
        if (last + 1 < tokens.size()) {
            Token after = tokens.get(last + 1);
            String word = after.word().toLowerCase(Locale.ROOT);
            return !after.pos().startsWith("NN") && !after.pos().equals("POS") && !word.equals("of")
                    && !word.equals("loyal") && !word.equals("-");
        }
        return true;
    }

    /** The IRI of the authority a term names for a country or place ("Turkey", "security force"). */
    public static String authorityIri(String placeLabel, String termKey) {
        return org.conflictkg.vocabulary.CKG.ID + "authority/" + Slugs.slug(placeLabel + " " + termKey);
    }

    private static int firstTermToken(Sentence sentence, int index) {
        return index < sentence.tokens().size() && sentence.tokens().get(index).pos().equals("POS") ? index + 1
                : index;
    }

    /** The authority term in canonical form: modifiers and lemmas, lower-case ("federal prosecutor"). */
    private static String termKey(Sentence sentence, int first, int last) {
        StringBuilder key = new StringBuilder();
        for (int t = first; t <= last; t++) {
            Token token = sentence.tokens().get(t);
            if (token.pos().equals("POS")) {
                key.append("'s");
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            String word = t == last ? token.lemma() : token.word();
            key.append(word.toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    private void namedEntities(AnnotatedText text, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            Optional<EntityType> type = typeOf(tag);
            if (type.isEmpty()) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(tag)
                    && !tokens.get(last + 1).word().equals(TableCellPlaces.CELL_SEPARATOR)) {
                last++;
            }
            while (last + 2 < tokens.size() && nameParticle(tag, tokens.get(last + 1).word())
                    && tokens.get(last + 2).ner().equals(tag)) {
                last += 2;
                while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(tag)) {
                    last++;
                }
            }
            if (tag.equals("LOCATION")) {
                last = joinedByAnd(text, tokens, i, last);
            }
            if (tag.equals("LOCATION") && last + 2 < tokens.size() && tokens.get(last + 1).word().equals(",")
                    && FEDERAL_DISTRICT.contains(tokens.get(last + 2).word())) {
                last += 2;
            }
            if (tag.equals("PERSON") && last + 1 < tokens.size() && tokens.get(last + 1).ner().equals("O")
                    && SURNAME_INITIAL.matcher(tokens.get(last + 1).word()).matches()) {
                last++;
            }
            int next = last + 1;
            int first = i;
            if (tokens.get(first).lemma().equalsIgnoreCase("the") && first < last) {
                first++;
            }
            while (first < last && !Character.isLetterOrDigit(tokens.get(first).word().charAt(0))) {
                first++;
            }
            while (last > first && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))) {
                last--;
            }
            EntityType resolved = type.get();
            if (resolved == EntityType.PLACE && first == last && NounPhrases.compassPoint(tokens.get(first).word())) {
                i = next;
                continue;
            }
            if (resolved == EntityType.PLACE) {
                first = afterCompass(text, tokens, first, last);
                Division division = divisionOf(text, tokens, first, last);
                if (division != null) {
                    if (!division.countryNamed()) {
                        out.add(new Candidate(mention(text, sentence, division.of() + 1, last, EntityType.PLACE,
                                "ner", Optional.empty(), Optional.empty(), null), 1));
                    }
                    last = division.of() - 1;
                }
            }
            if ((resolved == EntityType.PERSON || resolved == EntityType.ORGANIZATION) && first < last
                    && GROUP_NAME_HEADS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
                resolved = EntityType.ARMED_GROUP;
            } else if (placeByContext(text, tokens, first, last, resolved)) {
                resolved = EntityType.PLACE;
            } else if (resolved == EntityType.ORGANIZATION && insurgentName(tokens, first, last)) {
                resolved = EntityType.ARMED_GROUP;
            } else if (resolved == EntityType.ORGANIZATION && authorityWord(tokens, first, last)) {
                resolved = EntityType.STATE_AUTHORITY;
            } else if (resolved == EntityType.ORGANIZATION || resolved == EntityType.PLACE) {
                String head = tokens.get(last).word().toLowerCase(Locale.ROOT);
                String opening = tokens.get(first).word().toLowerCase(Locale.ROOT);
                if (SITE_WORDS.contains(head) || first < last && LEADING_SITE_WORDS.contains(opening)) {
                    resolved = EntityType.SITE;
                }
            }
            out.add(new Candidate(mention(text, sentence, first, last, resolved, "ner", Optional.empty(),
                    Optional.empty(), null), 1));
            i = next;
        }
    }

    /** The "of" of a place name that names a division of a place, and whether a country's name follows it. */
    private record Division(int of, boolean countryNamed) {
    }

    /**
     * The division in a place name that is a division of a place ("Sanmatenga Province of Burkina Faso",
     * "Sibi District of Balochistan"): a name, a division word, "of" and a country or a place the gazetteer knows;
     * else null. A US court's district ("Southern District of Ohio") is one name.
     */
    private Division divisionOf(AnnotatedText text, List<Token> tokens, int first, int last) {
        for (int k = first + 2; k < last; k++) {
            if (tokens.get(k).word().equals("of")
                    && PlaceContext.divisionWord(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                if (COURT_DISTRICTS.contains(tokens.get(k - 2).word().toLowerCase(Locale.ROOT))) {
                    return null;
                }
                String rest = text.text().substring(tokens.get(k + 1).begin(), tokens.get(last).end());
                LabelIndex.Match<KbEntity> country = countries.longestAt(new LabelIndex.Text(
                        tokenTexts(text, tokens.subList(k + 1, last + 1))), 0);
                return country != null && country.tokens() == last - k || knownPlace.test(rest)
                        ? new Division(k, country != null) : null;
            }
        }
        return null;
    }

    private static List<String> tokenTexts(AnnotatedText text, List<Token> tokens) {
        return tokens.stream().map(t -> text.text().substring(t.begin(), t.end())).toList();
    }

    /**
     * The first token of the place's name when a place name is points of the compass before a country, or compass
     * adjectives before a place the gazetteer knows ("NORTH-EAST NIGERIA", "Northern Mali", "a Western Cairo suburb":
     * the place is the name, the compass a part of it), else the name's first token; a name the gazetteer knows whole
     * ("Northern Ireland", "Western Sahara") is left whole, and so is a region ("North Africa", "Central Asia").
     */
    private int afterCompass(AnnotatedText text, List<Token> tokens, int first, int last) {
        int k = first;
        while (k < last && (NounPhrases.compassPoint(tokens.get(k).word()) || tokens.get(k).word().equals("-"))) {
            k++;
        }
        if (k == first || k > last) {
            return first;
        }
        List<String> rest = new ArrayList<>();
        for (int j = k; j <= last; j++) {
            rest.add(text.text().substring(tokens.get(j).begin(), tokens.get(j).end()));
        }
        LabelIndex.Match<KbEntity> country = countries.longestAt(new LabelIndex.Text(rest), 0);
        boolean adjectives = tokens.subList(first, k).stream().map(t -> t.word().toLowerCase(Locale.ROOT))
                .allMatch(w -> w.equals("-") || w.endsWith("ern"));
        boolean placeAfter = country != null && country.tokens() == rest.size()
                || adjectives && knownPlace.test(text.text().substring(tokens.get(k).begin(), tokens.get(last).end()));
        return placeAfter && !knownPlace.test(text.text().substring(tokens.get(first).begin(),
                tokens.get(last).end())) ? k : first;
    }

    /**
     * Proper names the tagger left untagged before an attack noun or a noun of places, or before the common nouns
     * that modify it ("the 2011 Mogadishu bombing", "December 2016 Mogadishu suicide bombing", "the Dasu area"),
     * that the gazetteer knows, are places.
     */
    private void untaggedPlaceModifiers(AnnotatedText text, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (int[] run : properNameRuns(tokens)) {
            int first = run[0];
            int last = run[1];
            Token head = sentence.head(tokens.get(last));
            boolean untagged = tokens.subList(first, last + 1).stream().allMatch(t -> t.ner().equals("O"));
            if (!untagged || head == null || head.index() <= last
                    || !tokens.get(last).relation().startsWith("compound")
                    || !modifiersBetween(sentence, tokens.subList(last + 1, head.index()), head)) {
                continue;
            }
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            boolean placeOrAttack = EventPlaces.placeNoun(lemma)
                    || TriggerLexicon.attackNoun(head);
            String name = text.text().substring(tokens.get(first).begin(), tokens.get(last).end());
            int before = tokens.get(first).begin() - 1;
            boolean partOfLongerName = before >= 0 && text.text().charAt(before) == '-' || first > 0
                    && LINKING_PARTICLES.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
            if (placeOrAttack && !partOfLongerName && knownPlace.test(name)) {
                out.add(new Candidate(mention(text, sentence, first, last, EntityType.PLACE, "ner",
                        Optional.empty(), Optional.empty(), null), 1));
            }
        }
    }

    /**
     * A proper name the tagger left untagged or tagged only as miscellaneous, whole (no capitalised word next to it,
     * no hyphen joining it to a longer name, its own hyphens included: "Deir ez-Zor"), that is the own name of a large
     * city, is a place wherever it stands ("a missile strike on Kyiv").
     */
    private void untaggedCities(AnnotatedText text, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (int[] run : properNameRuns(tokens, true)) {
            int first = run[0];
            int last = run[1];
            boolean untagged = tokens.subList(first, last + 1).stream()
                    .allMatch(t -> t.ner().equals("O") || t.ner().equals("MISC"));
            int before = tokens.get(first).begin() - 1;
            int after = tokens.get(last).end();
            boolean joined = before >= 0 && text.text().charAt(before) == '-'
                    || after < text.text().length() && text.text().charAt(after) == '-';
            String name = text.text().substring(tokens.get(first).begin(), tokens.get(last).end());
            if (untagged && !joined && majorCity.test(name)) {
                out.add(new Candidate(mention(text, sentence, first, last, EntityType.PLACE, "ner",
                        Optional.empty(), Optional.empty(), null), 1));
            }
        }
    }

    /**
     * The last token of a place name that runs on over "and" into a second place name when the gazetteer knows the
     * whole ("Jammu and Kashmir", "Sistan and Baluchestan"), which the tagger tags as two places; else {@code last}.
     */
    private int joinedByAnd(AnnotatedText text, List<Token> tokens, int first, int last) {
        if (last + 2 >= tokens.size() || !tokens.get(last + 1).word().equals("and")
                || !tokens.get(last + 2).ner().equals("LOCATION")) {
            return last;
        }
        int end = last + 2;
        while (end + 1 < tokens.size() && tokens.get(end + 1).ner().equals("LOCATION")) {
            end++;
        }
        String whole = text.text().substring(tokens.get(first).begin(), tokens.get(end).end());
        return knownPlace.test(whole) ? end : last;
    }

    /** Whether a word joins two parts of one name of this tag ("Abu Bakr al Baghdadi", "Mocímboa da Praia"). */
    private static boolean nameParticle(String tag, String word) {
        return tag.equals("PERSON") ? NAME_PARTICLES.contains(word)
                : tag.equals("LOCATION") && PLACE_NAME_PARTICLES.contains(word);
    }

    /** Whether these tokens all modify the head as common nouns or adjectives ("suicide" of "suicide bombing"). */
    private static boolean modifiersBetween(Sentence sentence, List<Token> between, Token head) {
        return between.stream().allMatch(t -> sentence.head(t) == head && !t.pos().startsWith("NNP")
                && (t.relation().startsWith("compound") || t.relation().equals("amod")));
    }

    /** The place names that open table cells ({@link TableCellPlaces}), however the tagger tagged them. */
    private void cellPlaces(AnnotatedText text, Sentence sentence, List<IncidentTables.Cell> locationCells,
            List<Candidate> out) {
        List<TableCellPlaces.Name> names = new ArrayList<>(TableCellPlaces.knownCellOpeners(text, sentence,
                knownPlace));
        names.addAll(TableCellPlaces.locationCellOpeners(sentence, locationCells, PLACE_NAME_PARTICLES));
        for (TableCellPlaces.Name name : names) {
            out.add(new Candidate(mention(text, sentence, name.first(), name.last(), EntityType.PLACE, "ner",
                    Optional.empty(), Optional.empty(), null), 2));
        }
    }

    /**
     * Proper names the tagger left untagged where places stand, after a locative preposition, alone or in a list
     * ("in Dortmund and Bochum"), that the gazetteer knows, are places; a hyphen written without spaces stays inside
     * the name ("in Sar-e Pol Province", not "Sar"), and such a name is a place though tagged miscellaneous.
     */
    private void untaggedPlaces(AnnotatedText text, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!PlaceContext.locative(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                int first = j;
                while (j < tokens.size() && (tokens.get(j).pos().startsWith("NNP")
                        || j > first && innerHyphen(tokens, j))) {
                    j++;
                }
                int last = j - 1;
                if (last < first) {
                    break;
                }
                boolean hyphenated = tokens.subList(first, last + 1).stream()
                        .anyMatch(t -> innerHyphen(tokens, t.index()));
                boolean untagged = tokens.subList(first, last + 1).stream().allMatch(t -> t.ner().equals("O")
                        || hyphenated && t.ner().equals("MISC"));
                String name = text.text().substring(tokens.get(first).begin(), tokens.get(last).end());
                if (untagged && knownPlace.test(name)) {
                    out.add(new Candidate(mention(text, sentence, first, last, EntityType.PLACE, "ner",
                            Optional.empty(), Optional.empty(), null), 1));
                }
                if (j < tokens.size() && Set.of(",", "and", "or").contains(tokens.get(j).word().toLowerCase(
                        Locale.ROOT))) {
                    j++;
                } else {
                    break;
                }
            }
        }
    }

    /**
     * Groups named by who they are and what they do, as incident records name unnamed perpetrators ("Fulani
     * extremists", "Mapuche activists", "anti-Muslim extremists"): a capitalised word before a plural noun of
     * militancy is an armed group of that description (at a sentence's start only a word the tagger calls a name and
     * no entity: "Janjaweed militias cross the border"), unless it is a name itself ("ISIL militants"; "Houthi
     * militants", a known group's name the tagger tagged MISC) or ends one ("Islamic State Khorasan militants",
     * "al-Shabaab militants" tokenised as "al - Shabaab").
     */
    private void describedGroups(AnnotatedText text, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            Token modifier = tokens.get(i - 1);
            if (!head.pos().equals("NNS") || !MILITANCY_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String word = modifier.word();
            boolean capitalised = word.matches("\\p{Lu}[\\p{L}'-]*|\\p{L}+-\\p{Lu}[\\p{L}-]*");
            boolean sentenceStart = i - 1 == 0 && !word.matches("\\p{L}+-\\p{Lu}[\\p{L}-]*")
                    && !(modifier.pos().startsWith("NNP") && modifier.ner().equals("O"));
            boolean description = Set.of("O", "MISC").contains(modifier.ner())
                    && (i < 2 || !tokens.get(i - 2).pos().startsWith("NNP") && !tokens.get(i - 2).word().equals("-"));
            boolean creed = CREED_ADJECTIVES.contains(word.toLowerCase(Locale.ROOT));
            int at = i - 1;
            boolean knownGroup = out.stream().anyMatch(c -> c.mention().type() == EntityType.ARMED_GROUP
                    && c.mention().entityIri().isPresent() && c.mention().firstToken() == at
                    && c.mention().lastToken() == at);
            if (capitalised && !sentenceStart && description && !creed && !knownGroup
                    && !modifier.pos().equals("DT")) {
                out.add(new Candidate(mention(text, sentence, i - 1, i, EntityType.ARMED_GROUP, "description",
                        Optional.empty(), Optional.empty(), null), 0));
            }
        }
    }

    /** Proper names of two or more words ending in a facility word ("Crocus City Hall") are sites. */
    private void sites(AnnotatedText text, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (int[] run : properNameRuns(tokens)) {
            int first = run[0];
            int last = run[1];
            if (last > first && SITE_WORDS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(mention(text, sentence, first, last, EntityType.SITE, "ner", Optional.empty(),
                        Optional.empty(), null), 1));
            }
        }
    }

    /** The first and last token of each run of proper-noun tokens, in order. */
    private static List<int[]> properNameRuns(List<Token> tokens) {
        return properNameRuns(tokens, false);
    }

    /**
     * The runs of proper nouns of a sentence, first and last token; with {@code acrossHyphens}, a hyphen written
     * without spaces between two proper nouns is inside the run ("Deir ez-Zor").
     */
    private static List<int[]> properNameRuns(List<Token> tokens, boolean acrossHyphens) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).pos().startsWith("NNP")) {
                i++;
                continue;
            }
            int first = i;
            while (i < tokens.size() && (tokens.get(i).pos().startsWith("NNP")
                    || acrossHyphens && innerHyphen(tokens, i))) {
                i++;
            }
            runs.add(new int[] {first, i - 1});
        }
        return runs;
    }

    /** Whether the token is a hyphen written without spaces between two proper nouns. */
    private static boolean innerHyphen(List<Token> tokens, int i) {
        Token hyphen = tokens.get(i);
        return hyphen.word().equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i + 1).pos().startsWith("NNP") && tokens.get(i - 1).end() == hyphen.begin()
                && hyphen.end() == tokens.get(i + 1).begin();
    }

    /**
     * Whether the words around a person's or organisation's name say it is a place: it stands where places stand or
     * is chained to its division or country, and the gazetteer knows it or it is placed by a compass point ("in
     * Raqqa", "Toretsk, Donetsk Oblast"); or an organisation's name after a locative is chained to its country ("in
     * Khyber Agency, Pakistan"); or the words name it as a settlement, known or not ("the village of Goshe").
     */
    private boolean placeByContext(AnnotatedText text, List<Token> tokens, int first, int last, EntityType tagged) {
        if (tagged != EntityType.PERSON && tagged != EntityType.ORGANIZATION) {
            return false;
        }
        boolean chained = PlaceContext.chainedToItsDivision(tokens, last, span -> countryName(text, span));
        boolean known = knownPlace.test(text.text().substring(tokens.get(first).begin(), tokens.get(last).end()))
                || PlaceContext.placedByCompass(tokens, last);
        if ((PlaceContext.locatedAsPlace(tokens, first, last) || chained) && known
                || PlaceContext.namedAsSettlement(tokens, first, last)) {
            return true;
        }
        return tagged == EntityType.ORGANIZATION && chained && first > 0
                && PlaceContext.locative(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Whether these tokens are, whole, the name of a country. */
    private boolean countryName(AnnotatedText text, List<Token> span) {
        LabelIndex.Match<KbEntity> country = countries.longestAt(new LabelIndex.Text(tokenTexts(text, span)), 0);
        return country != null && country.tokens() == span.size();
    }

    /** Whether a name contains a word that makes it a state body ("Interior Ministry", "Federal Police"). */
    private static boolean insurgentName(List<Token> tokens, int first, int last) {
        return tokens.subList(first, last + 1).stream()
                .anyMatch(t -> INSURGENT_NAME_WORDS.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    private static boolean authorityWord(List<Token> tokens, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (AUTHORITY_WORDS.contains(tokens.get(t).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<EntityType> typeOf(String nerTag) {
        return switch (nerTag) {
            case "PERSON" -> Optional.of(EntityType.PERSON);
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.PLACE);
            case "COUNTRY" -> Optional.of(EntityType.COUNTRY);
            case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
            default -> Optional.empty();
        };
    }

    private static Mention mention(AnnotatedText text, Sentence sentence, int first, int last, EntityType type,
            String source, Optional<String> iri, Optional<String> country, String label) {
        int begin = sentence.tokens().get(first).begin();
        int end = sentence.tokens().get(last).end();
        String covered = text.text().substring(begin, end);
        return new Mention(sentence.index(), first, last, begin, end, covered, type, source, iri, country,
                label == null ? covered : label);
    }

    private static List<Mention> select(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.mention().length())
                .thenComparingInt(c -> -c.priority())
                .thenComparingInt(c -> c.mention().begin()));
        List<Mention> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Mention m = candidate.mention();
            boolean overlaps = chosen.stream().anyMatch(c -> c.begin() < m.end() && m.begin() < c.end());
            if (!overlaps) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::begin));
        return chosen;
    }
}
