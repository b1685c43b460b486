package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.extract.Slugs;
import org.conflictkg.geo.Place;
import org.conflictkg.kb.EntityType;
import org.conflictkg.vocabulary.CKG;

/**
 * Resolves the mentions of one document to canonical entities. In order: a mention the knowledge base or the
 * authority rule already identified keeps that entity; an acronym defined in parentheses after a name
 * ("Islamic State Khorasan Province (ISKP)") names the same entity as the name; a surname alone names the person
 * whose full name the document gives, when only one does, even where the tagger called it an organisation; other
 * mentions with the same normalised label are one entity, typed by the majority of their mentions. IRIs of new
 * entities come from their type and normalised label, so the same name in two documents is the same node.
 */
public final class EntityResolver {

    private final Optional<PlaceLinker> places;

    /** A resolver that leaves places unlinked to a gazetteer. */
    public EntityResolver() {
        this.places = Optional.empty();
    }

    /** A resolver that links place names to a gazetteer, in the context of the countries a document names. */
    public EntityResolver(PlaceLinker places) {
        this.places = Optional.of(places);
    }

    /** Names after a place, each after a comma: "X, Ghazni, Afghanistan", "X, Nangarhar province, Afghanistan". */
    private static final Pattern COMMA_CHAIN = Pattern.compile("(?:\\s*,\\s*(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*"
            + "(?:[\\s-]+(?:\\p{Lu}[\\p{L}'’-]*|province|district|region|state|county|governorate|area))*)+");
    /** What lies between a demonym and the place it locates: "Malian[ town of ]Boni". */
    private static final Pattern DEMONYM_PLACE = Pattern.compile("\\s+(?:town|city|village|province|region|district"
            + "|state|county|governorate)\\s+of\\s+(?:the\\s+)?");
    /** What lies between a place and the country it is said to be in: "Barga[ in northern ]Burkina Faso". */
    private static final Pattern IN_COUNTRY = Pattern.compile("(?i),?\\s+in\\s+(?:the\\s+)?(?:(?:north|south|east|west"
            + "|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?");
    private static final Pattern WATERS = Pattern.compile("(?i)\\b(sea|ocean|gulf|strait|straits|channel|bay)\\b");
    private static final Pattern VILLAGE_NAME = Pattern.compile("(.+) (?:town|village)");
    private static final Pattern TOWN_NAME = Pattern.compile("(.+) (?:city|town|village|area)");
    /** What introduces another name of a person right after the name ("(aka ", ", also known as "). */
    private static final Pattern OTHER_NAME = Pattern.compile(
            "^\\s*[(,]\\s*(?:aka|a\\.k\\.a\\.?|also known as)\\s+");
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z0-9-]{1,9})\\s*\\)");

    private record Cluster(String key, List<Mention> mentions) {
    }

    /** The entities named by these mentions of a document with this text. */
    public Resolution resolve(String text, List<Mention> mentions) {
        Map<Mention, String> assigned = new LinkedHashMap<>();
        Map<String, Entity.Builder> entities = new TreeMap<>();

        List<Mention> contextTerms = mentions.stream()
                .filter(m -> m.source().equals(MentionExtractor.CONTEXT_SOURCE)).toList();
        mentions = mentions.stream().filter(m -> !m.source().equals(MentionExtractor.CONTEXT_SOURCE)).toList();
        mentions = mentions.stream().filter(m -> !capitalByDemonym(m) || capital(m).isPresent()).toList();
        for (Mention m : mentions) {
            if (capitalByDemonym(m)) {
                Place capital = capital(m).orElseThrow();
                String iri = linkedPlaceIri(normalise(capital.name()), capital);
                entities.computeIfAbsent(iri, i -> new Entity.Builder(i, EntityType.CITY, capital.name(),
                        "gazetteer", m.country(), Optional.of(capital))).add(m);
                assigned.put(m, iri);
            } else if (m.entityIri().isPresent()) {
                String rule = m.source().equals("gazetteer") ? "gazetteer" : "authority-rule";
                // A knowledge-base country stands for the gazetteer's country: it gets its GeoNames link.
                entities.computeIfAbsent(m.entityIri().get(), iri -> new Entity.Builder(iri, m.type(), m.label(),
                        rule, m.country(), m.type() == EntityType.COUNTRY
                                ? places.flatMap(p -> p.country(iri)) : Optional.empty())).add(m);
                assigned.put(m, m.entityIri().get());
            }
        }

        Map<String, String> aliasToIri = acronyms(text, mentions, assigned);
        Map<String, String> aliasToKey = acronymKeys(text, mentions, assigned);
        otherNameKeys(text, mentions, assigned).forEach(aliasToKey::putIfAbsent);
        Map<String, String> surnames = surnames(mentions, assigned);

        Map<Integer, Set<String>> countries = countriesBySentence(mentions);
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<String, String> villageNames = villageNames(mentions, assigned);
        for (Mention m : mentions) {
            if (assigned.containsKey(m)) {
                continue;
            }
            String alias = aliasToIri.get(m.text());
            if (alias != null) {
                Entity.Builder target = entities.get(alias);
                if (target != null) {
                    target.add(m);
                    target.rule("acronym");
                    assigned.put(m, alias);
                    continue;
                }
            }
            String key = aliasToKey.getOrDefault(m.text(), normalise(m.text()));
            key = villageNames.getOrDefault(key, key);
            boolean nameLike = m.type() == EntityType.PERSON
                    || m.type() == EntityType.ORGANIZATION && m.source().equals("ner");
            if (nameLike && !key.contains(" ") && surnames.containsKey(key)) {
                key = surnames.get(key);
            }
            clusters.computeIfAbsent(key, k -> new Cluster(k, new ArrayList<>())).mentions().add(m);
        }

        Set<String> towns = townNames(mentions);
        for (Cluster cluster : clusters.values()) {
            EntityType tagged = fullNameNamed(cluster) ? EntityType.PERSON : majorityType(cluster.mentions());
            EntityType type = (tagged == EntityType.PERSON || tagged == EntityType.ORGANIZATION)
                    && towns.contains(cluster.key()) ? EntityType.PLACE : tagged;
            Mention longest = cluster.mentions().stream().filter(m -> m.type() == tagged)
                    .max(java.util.Comparator.comparing((Mention m) -> !shouted(m.text()))
                            .thenComparingInt(Mention::length)
                            .thenComparing(Comparator.comparingInt(Mention::begin).reversed()))
                    .orElseThrow();
            String longestLabel = cleanLabel(longest.text());
            String label = normalise(longestLabel).equals(cluster.key()) ? longestLabel
                    : cluster.mentions().stream().map(Mention::text).map(EntityResolver::cleanLabel)
                            .filter(l -> normalise(l).equals(cluster.key())).findFirst().orElse(longestLabel);
            String rule = cluster.mentions().stream().anyMatch(m -> aliasToKey.containsKey(m.text()))
                    ? "acronym"
                    : cluster.mentions().stream().anyMatch(m -> !normalise(m.text()).equals(cluster.key()))
                            ? "surname" : "label";
            Optional<Place> place = (type == EntityType.PLACE || type == EntityType.CITY) && places.isPresent()
                    ? link(label, text, cluster.mentions(), mentions, countries) : Optional.empty();
            EntityType linkedType = place.map(p -> p.kind() == Place.Kind.CITY ? EntityType.CITY
                    : p.kind() == Place.Kind.COUNTRY ? EntityType.COUNTRY : EntityType.PLACE).orElse(type);
            Optional<String> country = place.isPresent()
                    ? place.flatMap(p -> places.get().countryIri(p.countryCode()))
                    : chainCountry(type, text, cluster.mentions(), mentions)
                            .or(() -> siteTownCountry(type, label));
            String iri = place.isEmpty() ? CKG.ID + type.pathSegment() + "/" + Slugs.slug(cluster.key())
                    : linkedType == EntityType.COUNTRY && country.isPresent() ? country.get()
                    : linkedPlaceIri(cluster.key(), place.get());
            String linkRule = place.isPresent() ? "gazetteer" : rule;
            Entity.Builder builder = entities.computeIfAbsent(iri, i -> new Entity.Builder(i, linkedType, label,
                    linkRule, linkedType == EntityType.COUNTRY ? Optional.empty() : country, place));
            for (Mention m : cluster.mentions()) {
                builder.add(m);
                assigned.put(m, iri);
            }
        }

        SiteTownMentions.add(entities, places, EntityResolver::linkedPlaceIri);
        List<Entity> built = new ArrayList<>();
        entities.values().forEach(b -> built.add(b.build()));
        List<Entity> located = withDocumentCountry(built, text);
        return new Resolution(places.isEmpty() ? located
                : ContextAuthorities.link(contextTerms, located, assigned, places.get()::countryLabel), assigned);
    }

    /** Whether a mention is a country's capital named by its demonym ("the Afghan capital"). */
    private static boolean capitalByDemonym(Mention m) {
        return m.source().equals(MentionExtractor.DEMONYM_SOURCE) && m.type() == EntityType.CITY;
    }

    /** The capital a mention by demonym names, when the gazetteer knows it. */
    private Optional<Place> capital(Mention m) {
        return places.flatMap(p -> m.country().flatMap(p::capital));
    }

    /**
     * The IRI of a place the gazetteer linked, other than a country: its name's key and its GeoNames id, or, for a
     * country outside the knowledge base, its code (the IRI it had before countries had GeoNames ids, so that stores
     * built before and after name it the same).
     */
    private static String linkedPlaceIri(String key, Place place) {
        return CKG.ID + "place/" + Slugs.slug(key) + "-" + place.geonameId().stream()
                .filter(id -> place.kind() != Place.Kind.COUNTRY)
                .mapToObj(Long::toString).findFirst().orElse(
                        (place.countryCode() + "-" + place.admin1Code()).toLowerCase(Locale.ROOT));
    }

    /**
     * Places the gazetteer does not know (a village, a district, a site) are put in the one country the other places
     * and countries of their paragraphs lie in ("the village of El Wak in Mandera County": Kenya, in a digest of the
     * day mostly about Afghanistan), else in the country the document is about ({@link DocumentCountry}). A place
     * with no such country keeps none rather than a guess, and so do seas, gulfs and straits, which are no
     * country's. A demonym names no country here ("near the Somali border").
     */
    private static List<Entity> withDocumentCountry(List<Entity> entities, String text) {
        Optional<String> dominant = DocumentCountry.of(entities);
        Map<Integer, Set<String>> paragraphCountries = new HashMap<>();
        for (Entity e : entities) {
            Optional<String> country = e.type() == EntityType.COUNTRY ? Optional.of(e.iri())
                    : e.type().isPlace() ? e.country() : Optional.empty();
            country.ifPresent(c -> e.mentions().stream()
                    .filter(m -> !m.source().equals(MentionExtractor.DEMONYM_SOURCE))
                    .forEach(m -> paragraphCountries.computeIfAbsent(paragraph(text, m.begin()),
                            k -> new TreeSet<>()).add(c)));
        }
        List<Entity> result = new ArrayList<>();
        for (Entity e : entities) {
            boolean unlocated = (e.type() == EntityType.PLACE || e.type() == EntityType.SITE) && e.place().isEmpty()
                    && e.country().isEmpty() && !WATERS.matcher(e.label()).find();
            if (!unlocated) {
                result.add(e);
                continue;
            }
            Set<String> around = new TreeSet<>();
            e.mentions().forEach(m -> around.addAll(paragraphCountries.getOrDefault(paragraph(text, m.begin()),
                    Set.of())));
            Optional<String> country = around.size() == 1 ? Optional.of(around.iterator().next()) : dominant;
            result.add(country.isEmpty() ? e : new Entity(e.iri(), e.type(), e.label(), e.mentions(), e.resolvedBy(),
                    country, e.place()));
        }
        return result;
    }

    /** The paragraph an offset lies in: its line's starting offset. */
    private static int paragraph(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
    }

    /**
     * The country of a place the gazetteer does not know, when the comma chains after its mentions name exactly one
     * ("Upper Kohistan District, Pakistan"): the text's own word wins over the country the document is mostly about.
     */
    private Optional<String> chainCountry(EntityType type, String text, List<Mention> cluster,
            List<Mention> mentions) {
        if (type != EntityType.PLACE && type != EntityType.SITE || places.isEmpty()) {
            return Optional.empty();
        }
        Set<String> codes = chainCountries(text, cluster, mentions);
        return codes.size() == 1 ? places.get().countryIri(codes.iterator().next()) : Optional.empty();
    }

    /** The country of the town a site's or district's name opens with ("Kabul University" lies in Afghanistan). */
    private Optional<String> siteTownCountry(EntityType type, String label) {
        if (type != EntityType.PLACE && type != EntityType.SITE || places.isEmpty()) {
            return Optional.empty();
        }
        return places.get().townOpening(label).flatMap(p -> places.get().countryIri(p.countryCode()));
    }

    /** The ISO codes of the countries each sentence names, by name or through a state authority. */
    private Map<Integer, Set<String>> countriesBySentence(List<Mention> mentions) {
        Map<Integer, Set<String>> result = new HashMap<>();
        if (places.isEmpty()) {
            return result;
        }
        for (Mention m : mentions) {
            Optional<String> iri = m.type() == EntityType.COUNTRY ? m.entityIri() : m.country();
            iri.flatMap(places.get()::iso).ifPresent(code -> result.computeIfAbsent(m.sentence(),
                    k -> new TreeSet<>()).add(code));
        }
        return result;
    }

    /**
     * The ISO codes of the countries named in the comma chains that follow a place's mentions ("Gelan, Ghazni,
     * Afghanistan"; "Fatehabad, Nangarhar province, Afghanistan"), after "in" ("Barga in northern Burkina Faso") or
     * by a demonym before them ("the Malian town of Boni"): where the text itself says the place lies.
     */
    private Set<String> chainCountries(String text, List<Mention> cluster, List<Mention> mentions) {
        Set<String> codes = new TreeSet<>();
        if (places.isEmpty()) {
            return codes;
        }
        for (Mention m : cluster) {
            int chainEnd = chainEnd(text, m);
            if (chainEnd < 0) {
                continue;
            }
            for (Mention other : mentions) {
                if (other.type() == EntityType.COUNTRY && other.begin() >= m.end() && other.end() <= chainEnd) {
                    other.entityIri().flatMap(places.get()::iso).ifPresent(codes::add);
                }
            }
        }
        for (Mention m : cluster) {
            for (Mention other : mentions) {
                if (other.type() == EntityType.COUNTRY && other.begin() >= m.end()
                        && IN_COUNTRY.matcher(text).region(m.end(), other.begin()).matches()) {
                    other.entityIri().flatMap(places.get()::iso).ifPresent(codes::add);
                }
                if (other.source().equals(MentionExtractor.DEMONYM_SOURCE) && other.end() <= m.begin()
                        && DEMONYM_PLACE.matcher(text).region(other.end(), m.begin()).matches()) {
                    other.entityIri().flatMap(places.get()::iso).ifPresent(codes::add);
                }
            }
        }
        return codes;
    }

    /**
     * The place a cluster's label names: the town of that name in a division its comma chain names, else what the
     * place linker makes of its sentence's, document's and chain's countries.
     */
    private Optional<Place> link(String label, String text, List<Mention> cluster, List<Mention> mentions,
            Map<Integer, Set<String>> countries) {
        return places.get().townInDivision(label, chainNames(text, cluster, mentions))
                .or(() -> places.get().link(label, countriesOf(cluster, countries), allCountries(countries),
                        chainCountries(text, cluster, mentions), chained(text, cluster)));
    }

    /** The names of the places in the comma chains that follow a place's mentions ("Holland[, Ohio]"). */
    private static Set<String> chainNames(String text, List<Mention> cluster, List<Mention> mentions) {
        Set<String> names = new TreeSet<>();
        for (Mention m : cluster) {
            int chainEnd = chainEnd(text, m);
            for (Mention other : mentions) {
                if (chainEnd >= 0 && other.type().isPlace() && other.begin() >= m.end() && other.end() <= chainEnd) {
                    names.add(other.text());
                }
            }
        }
        return names;
    }

    /** Whether a comma chain follows one of a place's mentions ("Lockerbie, Scotland"). */
    private static boolean chained(String text, List<Mention> cluster) {
        return cluster.stream().anyMatch(m -> chainEnd(text, m) >= 0);
    }

    /** The end of the comma chain that follows a mention ("Gelan[, Ghazni, Afghanistan]"), or -1 if none does. */
    private static int chainEnd(String text, Mention m) {
        Matcher chain = COMMA_CHAIN.matcher(text).region(Math.min(m.end(), text.length()), text.length());
        return chain.lookingAt() ? chain.end() : -1;
    }

    private static Set<String> countriesOf(List<Mention> cluster, Map<Integer, Set<String>> countries) {
        Set<String> codes = new TreeSet<>();
        cluster.forEach(m -> codes.addAll(countries.getOrDefault(m.sentence(), Set.of())));
        return codes;
    }

    private static Set<String> allCountries(Map<Integer, Set<String>> countries) {
        Set<String> codes = new TreeSet<>();
        countries.values().forEach(codes::addAll);
        return codes;
    }

    /** Acronyms defined in the text after a mention, mapped to the entity of that mention. */
    private static Map<String, String> acronyms(String text, List<Mention> mentions, Map<Mention, String> assigned) {
        Map<String, String> result = new HashMap<>();
        for (Mention m : mentions) {
            String iri = assigned.get(m);
            if (iri == null) {
                continue;
            }
            Matcher matcher = ACRONYM.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            if (matcher.find() && initialsMatch(m.text(), matcher.group(1))) {
                result.putIfAbsent(matcher.group(1), iri);
            }
        }
        return result;
    }

    /** Acronyms defined in the text after a name no earlier rule identified, mapped to that name's key. */
    private static Map<String, String> acronymKeys(String text, List<Mention> mentions,
            Map<Mention, String> assigned) {
        Map<String, String> result = new HashMap<>();
        for (Mention m : mentions) {
            if (assigned.containsKey(m) || m.type() == EntityType.PERSON) {
                continue;
            }
            Matcher matcher = ACRONYM.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            if (matcher.find() && initialsMatch(m.text(), matcher.group(1))) {
                result.putIfAbsent(matcher.group(1), normalise(m.text()));
            }
        }
        return result;
    }

    /**
     * The other names a person is given right after their name ("Sirajuddin Haqqani (aka Siraj Haqqani)", "Kafeel
     * Ahmed, also known as Khalid Ahmed"): each names the same person, so its text maps to the name's key.
     */
    private static Map<String, String> otherNameKeys(String text, List<Mention> mentions,
            Map<Mention, String> assigned) {
        Map<Integer, Mention> byBegin = new HashMap<>();
        mentions.forEach(m -> byBegin.putIfAbsent(m.begin(), m));
        Map<String, String> result = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || assigned.containsKey(m)) {
                continue;
            }
            Matcher matcher = OTHER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24)));
            Mention other = matcher.find() ? byBegin.get(m.end() + matcher.end()) : null;
            if (other != null && other.type() == EntityType.PERSON && !assigned.containsKey(other)
                    && !normalise(other.text()).equals(normalise(m.text()))) {
                result.putIfAbsent(other.text(), normalise(m.text()));
            }
        }
        return result;
    }

    private static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String letters = acronym.replaceAll("[^A-Z]", "");
        return letters.length() >= 2 && initials.toString().startsWith(letters.substring(0, 1))
                && (initials.toString().contains(letters) || letters.contains(initials.toString()));
    }

    /**
     * Surnames of the full person names in the document, each the name of the one person who has it, or of the one
     * the document names at least twice as often as every other person of that surname ("Sirajuddin Haqqani", named
     * three times, over his father "Jalaladin Haqqani", named once).
     */
    private static Map<String, String> surnames(List<Mention> mentions, Map<Mention, String> assigned) {
        Map<String, Map<String, Integer>> namesBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || assigned.containsKey(m)) {
                continue;
            }
            String key = normalise(m.text());
            int space = key.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            namesBySurname.computeIfAbsent(key.substring(space + 1), k -> new TreeMap<>()).merge(key, 1,
                    Integer::sum);
        }
        Map<String, String> bySurname = new HashMap<>();
        namesBySurname.forEach((surname, names) -> dominant(names).ifPresent(name -> bySurname.put(surname, name)));
        return bySurname;
    }

    /** The one name, or the name counted at least twice as often as each other one. */
    private static Optional<String> dominant(Map<String, Integer> counts) {
        String top = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow();
        boolean dominates = counts.entrySet().stream().allMatch(e -> e.getKey().equals(top)
                || counts.get(top) >= 2 * e.getValue());
        return dominates ? Optional.of(top) : Optional.empty();
    }

    /**
     * The keys of the names the document calls a town elsewhere ("a hospital in Dasu city", "the Dasu area"): a
     * person or organisation the tagger saw in the same name is that town ("Dasu bus attack").
     */
    private static Set<String> townNames(List<Mention> mentions) {
        Set<String> names = new TreeSet<>();
        for (Mention m : mentions) {
            Matcher town = TOWN_NAME.matcher(normalise(m.text()));
            if (m.type().isPlace() && town.matches()) {
                names.add(town.group(1));
            }
        }
        return names;
    }

    /**
     * The keys of the names a document gives with "village" or "town" ("Koshebe village", "Mpeketoni town") that it
     * also gives bare ("the village of Koshebe"), each mapped to the bare name: one place. Not "city": "Kuwait City"
     * is not Kuwait.
     */
    private static Map<String, String> villageNames(List<Mention> mentions, Map<Mention, String> assigned) {
        Set<String> bare = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.type().isPlace() && m.type() != EntityType.COUNTRY && !assigned.containsKey(m)) {
                bare.add(normalise(m.text()));
            }
        }
        Map<String, String> names = new TreeMap<>();
        for (Mention m : mentions) {
            Matcher village = VILLAGE_NAME.matcher(normalise(m.text()));
            if (m.type().isPlace() && village.matches() && bare.contains(village.group(1))) {
                names.put(village.group(0), village.group(1));
            }
        }
        return names;
    }

    /**
     * Whether a cluster gathers a person's full name and its surname, which then names that person however often the
     * tagger called the surname an organisation ("Christopher Lee Cornell ... Cornell plotted").
     */
    private static boolean fullNameNamed(Cluster cluster) {
        return cluster.key().contains(" ") && cluster.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON
                && normalise(m.text()).equals(cluster.key()))
                && cluster.mentions().stream().anyMatch(m -> !normalise(m.text()).contains(" "));
    }

    /**
     * The type most mentions carry, the first mention's on a tie; but a place tied with a person's or organisation's
     * name wins, since title-case headlines mislead the tagger ("Attack in Nahrawan" tagged a person).
     */
    private static EntityType majorityType(List<Mention> mentions) {
        Map<EntityType, Integer> counts = new TreeMap<>();
        for (Mention m : mentions) {
            counts.merge(m.type(), 1, Integer::sum);
        }
        EntityType best = mentions.get(0).type();
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        boolean nameTag = best == EntityType.PERSON || best == EntityType.ORGANIZATION;
        return nameTag && counts.getOrDefault(EntityType.PLACE, 0).equals(counts.get(best)) ? EntityType.PLACE : best;
    }

    /**
     * The key that makes two mentions the same name: lower case, no leading article, no possessive, a leading "St."
     * written out ("St. Petersburg" is "Saint Petersburg").
     */
    static String normalise(String text) {
        String key = text.replace('’', '\'').toLowerCase(Locale.ROOT).strip();
        key = key.replaceAll("'s$", "").replaceAll("^the\\s+", "");
        key = key.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").replaceAll("\\s+", " ").strip();
        return key.replaceAll("^st ", "saint ");
    }

    /** Whether a name is written in capitals only ("KANO" in a dateline): a label only when no other form is. */
    private static boolean shouted(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && text.matches(".*\\p{L}{2}.*");
    }

    private static String cleanLabel(String text) {
        return text.replace('’', '\'').replaceAll("'s$", "").replaceAll("\\s+", " ").strip()
                .replaceAll("^(?i:the)\\s+", "");
    }
}
