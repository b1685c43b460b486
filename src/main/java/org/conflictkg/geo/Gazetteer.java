package org.conflictkg.geo;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A world gazetteer of countries, first-level administrative divisions and cities (GeoNames data; see the NOTICE
 * beside {@value #RESOURCE}), held in memory and indexed by every name of every place, folded by
 * {@link PlaceNames#key}. Immutable once loaded, so one instance serves all threads: {@link #shared()} loads the
 * packaged file once.
 *
 * <p>{@link #resolve} picks one place for a name, or none. A name that is a country's name or alias denotes that
 * country, whatever the context ("Lebanon" is the country, not Lebanon, Tennessee, even in a text that names the
 * United States). Otherwise, among the divisions and cities of that name, those in a country that the context names
 * win; among the cities, those whose own name it is win over those that have it as an alternate name ("Islamabad"
 * is Islamabad, not Chattogram, one of whose alternate names it is; but "Cologne", no city's own name, is Köln); then
 * the larger population, a city winning over a division of its own country. A few English exonyms count as a city's own name ({@value #EXONYMS}: "Odessa"). A name
 * that no place has, or a choice that population does not settle (two places of equal population; a division, whose
 * population is unknown, and a place in another country), gives nothing: the gazetteer never guesses.
 */
public final class Gazetteer {

    /** The classpath resource of the packaged gazetteer. */
    public static final String RESOURCE = "/org/conflictkg/geo/places.tsv.gz";

    /** The classpath resource of the curated English exonyms that count as a city's own name. */
    public static final String EXONYMS = "/org/conflictkg/geo/exonyms.tsv";

    private static final List<String> COLUMNS = List.of("kind", "geonameid", "name", "asciiname", "alternatenames",
            "latitude", "longitude", "point", "feature_code", "country_code", "country_name", "admin1_code",
            "admin1_name", "population");

    /** The order of {@link #lookup}: countries, then divisions, then cities; larger population first. */
    private static final Comparator<Place> ORDER = Comparator.comparing(Place::kind)
            .thenComparing(Comparator.comparingLong(Place::population).reversed())
            .thenComparingLong(p -> p.geonameId().orElse(Long.MAX_VALUE))
            .thenComparing(Place::countryCode)
            .thenComparing(Place::admin1Code);

    private static final Place[] NONE = new Place[0];

    /** How many times larger a city known by an alternate name must be to beat a city whose own name it is. */
    private static final long FAR_LARGER = 20;

    /**
     * The population from which a city's own name blocks other cities' alternate names; a smaller town's does not
     * ("Palmyra" is Tadmur in Syria rather than Palmyra, Pennsylvania, population 7,300), and population decides.
     */
    private static final long TOWN = 15_000;

    private final List<Place> places;
    private final Map<String, Place[]> byName;
    /** The places that have a name as their own (not an alternate) name, by key: a subset of byName's. */
    private final Map<String, Place[]> byOwnName;
    private final Map<String, Place> countries;
    private final Map<String, Place> divisions;
    private final Map<String, Place> capitals;
    private final Map<String, Place[]> divisionsByStem;

    private Gazetteer(List<Place> places, Map<String, Long> exonyms) {
        this.places = Collections.unmodifiableList(places);
        Map<String, List<Place>> index = new HashMap<>(places.size() * 4);
        Map<String, List<Place>> own = new HashMap<>(places.size() * 2);
        Map<String, List<Place>> stems = new HashMap<>();
        Map<Long, List<String>> exonymsById = new HashMap<>();
        exonyms.forEach((name, id) -> exonymsById.computeIfAbsent(id, k -> new ArrayList<>())
                .add(PlaceNames.key(name)));
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> divisions = new HashMap<>();
        Map<String, Place> capitals = new HashMap<>();
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (Place place : places) {
            // The place's name keys, each with whether it is an own name. A city's own names are its name and ASCII
            // name, and a curated exonym; a country's are all its names (its aliases are English names: "Persia",
            // "USA"); a division's, its name and its stem ("Kermanshah Province" is also "Kermanshah").
            keys.clear();
            List<String> names = place.names();
            int ownNames = place.kind() == Place.Kind.CITY ? (place.asciiName().equals(place.name()) ? 1 : 2)
                    : names.size();
            List<String> exonymKeys = place.geonameId().isPresent() && !exonymsById.isEmpty()
                    ? exonymsById.getOrDefault(place.geonameId().getAsLong(), List.of()) : List.of();
            for (int i = 0; i < names.size(); i++) {
                String key = PlaceNames.key(names.get(i));
                if (!key.isEmpty()) {
                    keys.merge(key, i < ownNames || exonymKeys.contains(key), Boolean::logicalOr);
                }
            }
            if (place.kind() == Place.Kind.ADMIN1) {
                for (String key : List.copyOf(keys.keySet())) {
                    String stem = PlaceNames.divisionStem(key);
                    keys.putIfAbsent(stem != null ? stem : key, true);
                    add(stems, stem != null ? stem : key, place);
                }
            }
            for (Map.Entry<String, Boolean> e : keys.entrySet()) {
                add(index, e.getKey(), place);
                if (e.getValue()) {
                    add(own, e.getKey(), place);
                }
            }
            switch (place.kind()) {
                case COUNTRY -> countries.putIfAbsent(place.countryCode(), place);
                case ADMIN1 -> divisions.putIfAbsent(place.countryCode() + "." + place.admin1Code(), place);
                case CITY -> {
                    if (place.isCapital()) {
                        capitals.merge(place.countryCode(), place,
                                (a, b) -> b.population() > a.population() ? b : a);
                    }
                }
            }
        }
        this.byName = sorted(index);
        this.byOwnName = sorted(own);
        this.divisionsByStem = sorted(stems);
        this.countries = countries;
        this.divisions = divisions;
        this.capitals = capitals;
    }

    /** Adds a place under a key; each place's keys are distinct, so no place is added twice under one key. */
    private static void add(Map<String, List<Place>> index, String key, Place place) {
        index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
    }

    private static Map<String, Place[]> sorted(Map<String, List<Place>> index) {
        Map<String, Place[]> out = new HashMap<>(index.size() * 4 / 3 + 1);
        for (Map.Entry<String, List<Place>> e : index.entrySet()) {
            Place[] found = e.getValue().toArray(NONE);
            Arrays.sort(found, ORDER);
            out.put(e.getKey(), found);
        }
        return out;
    }

    /** The packaged gazetteer, loaded on first use and kept. */
    public static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final Gazetteer INSTANCE = loadResource();

        private static Gazetteer loadResource() {
            try {
                return load();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the gazetteer " + RESOURCE, e);
            }
        }
    }

    /** Loads the packaged gazetteer ({@value #RESOURCE}); prefer {@link #shared()}, which loads it once. */
    public static Gazetteer load() throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("no resource " + RESOURCE
                    + " on the classpath (scripts/build-gazetteer.sh makes it)");
        }
        try (in) {
            return load(in, true);
        }
    }

    /** The curated exonyms of {@value #EXONYMS}: name to GeoNames id. */
    private static Map<String, Long> exonyms() throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(EXONYMS);
        if (in == null) {
            return Map.of();
        }
        Map<String, Long> exonyms = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = split(line, '\t');
                if (f.length < 2) {
                    throw new IOException(EXONYMS + ": no id in '" + line + "'");
                }
                exonyms.put(f[0].trim(), Long.parseLong(f[1].trim()));
            }
        }
        return exonyms;
    }

    /** Loads a gazetteer file: gzip-compressed if its name ends in {@code .gz}, plain TSV otherwise. */
    public static Gazetteer load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.getFileName().toString().endsWith(".gz"));
        }
    }

    /** Loads a gazetteer from a stream of the TSV (gzip-compressed or not), which it does not close. */
    public static Gazetteer load(InputStream in, boolean gzip) throws IOException {
        InputStream raw = new BufferedInputStream(in, 1 << 16);
        InputStream data = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
        return new Gazetteer(parse(reader), exonyms());
    }

    private static List<Place> parse(BufferedReader reader) throws IOException {
        List<Place> places = new ArrayList<>(32_000);
        Map<String, String> shared = new HashMap<>();
        int[] column = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.charAt(0) == '#') {
                if (line.startsWith("#kind\t")) {
                    column = columns(split(line.substring(1), '\t'));
                }
                continue;
            }
            if (column == null) {
                throw new IOException("gazetteer line " + number + ": data before the column header");
            }
            String[] f = split(line, '\t');
            try {
                places.add(place(f, column, shared));
            } catch (RuntimeException e) {
                throw new IOException("gazetteer line " + number + ": " + e.getMessage(), e);
            }
        }
        if (column == null) {
            throw new IOException("gazetteer: no column header");
        }
        return places;
    }

    private static int[] columns(String[] header) throws IOException {
        List<String> names = Arrays.asList(header);
        int[] column = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            column[i] = names.indexOf(COLUMNS.get(i));
            if (column[i] < 0) {
                throw new IOException("gazetteer: no column '" + COLUMNS.get(i) + "'");
            }
        }
        return column;
    }

    private static Place place(String[] f, int[] c, Map<String, String> shared) {
        Place.Kind kind = Place.Kind.valueOf(f[c[0]]);
        String id = f[c[1]];
        String alternates = f[c[4]];
        String lat = f[c[5]];
        String lon = f[c[6]];
        String population = f[c[13]];
        Place.PointSource source = switch (f[c[7]]) {
            case "place" -> Place.PointSource.PLACE;
            case "capital" -> Place.PointSource.CAPITAL;
            case "" -> Place.PointSource.NONE;
            default -> throw new IllegalArgumentException("unknown point source '" + f[c[7]] + "'");
        };
        String name = f[c[2]];
        String ascii = f[c[3]];
        return new Place(kind,
                id.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id)),
                name,
                ascii.equals(name) ? name : ascii,
                alternates.isEmpty() ? List.of() : List.of(split(alternates, '|')),
                lat.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(lat)),
                lon.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(lon)),
                source,
                shared.computeIfAbsent(f[c[8]], s -> s),
                shared.computeIfAbsent(f[c[9]], s -> s),
                shared.computeIfAbsent(f[c[10]], s -> s),
                shared.computeIfAbsent(f[c[11]], s -> s),
                shared.computeIfAbsent(f[c[12]], s -> s),
                population.isEmpty() ? 0 : Long.parseLong(population));
    }

    private static String[] split(String line, char separator) {
        int n = 1;
        for (int i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, i + 1)) {
            n++;
        }
        String[] fields = new String[n];
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            int end = line.indexOf(separator, start);
            fields[k] = line.substring(start, end);
            start = end + 1;
        }
        fields[n - 1] = line.substring(start);
        return fields;
    }

    /** All places, in the file's order: countries, divisions, cities. */
    public List<Place> places() {
        return places;
    }

    /** The number of places. */
    public int size() {
        return places.size();
    }

    /** The number of distinct name keys in the index. */
    public int nameCount() {
        return byName.size();
    }

    /**
     * The places with this name, alternate names included, whatever its case, accents and punctuation: countries
     * first, then first-level divisions, then cities, each by population, largest first. A division is also found
     * with or without a generic word after its name ("Kerman Province" finds the division Kerman, "Kermanshah" the
     * division Kermanshah Province). Empty for an unknown name.
     */
    public List<Place> lookup(String name) {
        Place[] found = candidates(name);
        return found == null ? List.of() : List.of(found);
    }

    /**
     * The places of a name, sorted by {@link #ORDER}; null when none. A name ending in a generic word for a division
     * ("Kerman Province", "Borno State") that names no division as it stands also finds the divisions of its stem.
     */
    private Place[] candidates(String name) {
        String key = PlaceNames.key(name);
        Place[] found = byName.get(key);
        String stem = PlaceNames.divisionStem(key);
        if (stem == null || (found != null && Arrays.stream(found).anyMatch(p -> p.kind() == Place.Kind.ADMIN1))) {
            return found;
        }
        Place[] divisions = divisionsByStem.get(stem);
        if (divisions == null) {
            return found;
        }
        if (found == null) {
            return divisions;
        }
        Place[] both = Arrays.copyOf(found, found.length + divisions.length);
        System.arraycopy(divisions, 0, both, found.length, divisions.length);
        Arrays.sort(both, ORDER);
        return both;
    }

    /**
     * The place that this name most likely denotes, given the countries that its context (the sentence, the document)
     * names, as ISO 3166-1 alpha-2 codes in any case. A country's name or alias gives that country (when two
     * countries share a name, the one in the context). Otherwise places in the context's countries win over others;
     * among them cities whose own name it is win over cities that have it as an alternate name; then the larger
     * population; a city wins over a division of the same name in its own country (the
     * division's population is unknown). Empty when no place has the name, or when population does not settle the
     * choice (two places of equal population, or none known as for two divisions; a division and a place in another
     * country), so that picking one would be a guess.
     */
    public Optional<Place> resolve(String name, Set<String> contextCountryCodes) {
        Place[] found = candidates(name);
        if (found == null) {
            return Optional.empty();
        }
        Collection<String> context = upper(contextCountryCodes);
        // The array is sorted by kind, then population: the countries of that name, if any, come first.
        int countries = 0;
        while (countries < found.length && found[countries].kind() == Place.Kind.COUNTRY) {
            countries++;
        }
        List<Place> pool = inContext(found, countries > 0 ? countries : found.length, context);
        if (countries == 0) {
            // A city's own name wins over another city's alternate name: "Islamabad" is Islamabad, not Chattogram,
            // one of whose many alternate names it is, unless the other city is far larger or the own-name place
            // is a small town: "Cologne" is Köln, not the Lombard village whose own name it is. Divisions, whose names are all their own, stay: "Raqqa" is
            // the city (Ar Raqqah), not the division of that name.
            String key = PlaceNames.key(name);
            long ownLargest = pool.stream().filter(p -> p.kind() == Place.Kind.CITY && isOwnName(p, key))
                    .mapToLong(Place::population).max().orElse(-1);
            if (ownLargest >= TOWN) {
                pool.removeIf(p -> p.kind() == Place.Kind.CITY && !isOwnName(p, key)
                        && p.population() <= ownLargest * FAR_LARGER);
            }
            pool.sort(Comparator.comparingLong(Place::population).reversed());
        }
        Place best = pool.get(0);
        if (pool.size() > 1 && best.population() == pool.get(1).population()) {
            return Optional.empty();
        }
        // A division's population is unknown: it is weighed against a city only in its own country, where a city of
        // the same name is most often its seat ("Kerman"). Across countries nothing settles it ("Borno": Borno State
        // or Borna in Germany, whose alternate name it is), so nothing is chosen.
        for (Place p : pool) {
            if (p.kind() == Place.Kind.ADMIN1 && p != best && !p.countryCode().equals(best.countryCode())) {
                return Optional.empty();
            }
        }
        return Optional.of(best);
    }

    /** Whether a place has this name key as its own name rather than as an alternate name. */
    private boolean isOwnName(Place place, String key) {
        if (contains(byOwnName.get(key), place)) {
            return true;
        }
        String stem = place.kind() == Place.Kind.ADMIN1 ? PlaceNames.divisionStem(key) : null;
        return stem != null && contains(divisionsByStem.get(stem), place);
    }

    private static boolean contains(Place[] places, Place place) {
        if (places != null) {
            for (Place p : places) {
                if (p == place) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first n places that are in the context's countries; all n when none is. */
    private static List<Place> inContext(Place[] found, int n, Collection<String> context) {
        List<Place> pool = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (context.contains(found[i].countryCode())) {
                pool.add(found[i]);
            }
        }
        if (pool.isEmpty()) {
            pool.addAll(Arrays.asList(found).subList(0, n));
        }
        return pool;
    }

    /** {@link #resolve(String, Set)} without context. */
    public Optional<Place> resolve(String name) {
        return resolve(name, Set.of());
    }

    /** The country with this ISO 3166-1 alpha-2 code, in any case. */
    public Optional<Place> country(String isoCode) {
        return isoCode == null ? Optional.empty()
                : Optional.ofNullable(countries.get(isoCode.trim().toUpperCase(Locale.ROOT)));
    }

    /** The capital of the country with this ISO 3166-1 alpha-2 code (its most populous PPLC city), if known. */
    public Optional<Place> capital(String isoCode) {
        return isoCode == null ? Optional.empty()
                : Optional.ofNullable(capitals.get(isoCode.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * The country with this English name or alias ("Iran", "Persia", "the United States", "USA", "Ivory Coast",
     * "Côte d'Ivoire"), whatever its case and accents; empty when no country, or more than one, has it.
     */
    public Optional<Place> countryByName(String name) {
        Place[] found = byName.get(PlaceNames.key(name));
        if (found == null || found[0].kind() != Place.Kind.COUNTRY) {
            return Optional.empty();
        }
        return found.length > 1 && found[1].kind() == Place.Kind.COUNTRY ? Optional.empty() : Optional.of(found[0]);
    }

    /** The first-level division with this GeoNames code in this country ("IR", "29": Kerman province). */
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        if (countryCode == null || admin1Code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(divisions.get(countryCode.toUpperCase(Locale.ROOT) + "." + admin1Code));
    }

    /** The first-level division a city or division lies in, when the data name it. */
    public Optional<Place> regionOf(Place place) {
        return place.kind() == Place.Kind.COUNTRY ? Optional.empty() : admin1(place.countryCode(), place.admin1Code());
    }

    /** The country of a place (a country is its own). */
    public Optional<Place> countryOf(Place place) {
        return country(place.countryCode());
    }

    private static Collection<String> upper(Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        List<String> out = new ArrayList<>(codes.size());
        for (String code : codes) {
            if (code != null) {
                out.add(code.trim().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }
}
