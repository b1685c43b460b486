package org.conflictkg.geo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A place of the gazetteer: a country, a first-level administrative division or a city, with what its source data
 * give and nothing more. Absent values are empty rather than guessed: divisions have no GeoNames id (no packaged
 * source gives one) and no coordinates, a country has the GeoNames id of GeoNames' country table where the copies
 * checked agree on it, and a country's coordinates are those of its capital ({@link PointSource#CAPITAL}), not a
 * centroid.
 *
 * @param kind            country, first-level division or city
 * @param geonameId       the GeoNames id; cities and countries only
 * @param name            GeoNames' name of a city (may be in the local language: "Köln"); the English name of a
 *                        country or division
 * @param asciiName       the name in ASCII
 * @param alternateNames  other names of the place in Latin script (exonyms such as "Cologne", older names, aliases)
 * @param latitude        WGS 84 decimal degrees, when known
 * @param longitude       WGS 84 decimal degrees, when known
 * @param pointSource     where the coordinates come from
 * @param featureCode     GeoNames' feature code of a city (PPLC capital, PPLA seat of a division, PPL, ...); empty
 *                        otherwise
 * @param countryCode     ISO 3166-1 alpha-2 code of the country (for a country, its own)
 * @param countryName     English name of the country
 * @param admin1Code      GeoNames' code of the first-level division within the country; empty when none
 * @param admin1Name      the division's name; empty when the source has none
 * @param population      GeoNames' population of a city; 0 when unknown (countries, divisions)
 */
public record Place(Kind kind, OptionalLong geonameId, String name, String asciiName, List<String> alternateNames,
                    OptionalDouble latitude, OptionalDouble longitude, PointSource pointSource, String featureCode,
                    String countryCode, String countryName, String admin1Code, String admin1Name, long population) {

    /** What kind of place. */
    public enum Kind { COUNTRY, ADMIN1, CITY }

    /** Where a place's coordinates come from. */
    public enum PointSource {
        /** The place's own GeoNames point. */
        PLACE,
        /** A country placed at the point of its capital city. */
        CAPITAL,
        /** No coordinates. */
        NONE
    }

    /** The namespace of GeoNames' semantic-web IRIs. */
    public static final String GEONAMES_NAMESPACE = "https://sws.geonames.org/";

    /** The datatype IRI of GeoSPARQL WKT literals. */
    public static final String WKT_LITERAL = "http://www.opengis.net/ont/geosparql#wktLiteral";

    public Place {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(geonameId, "geonameId");
        Objects.requireNonNull(name, "name");
        asciiName = asciiName == null ? "" : asciiName;
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new IllegalArgumentException("latitude and longitude must be both present or both absent");
        }
        pointSource = latitude.isEmpty() ? PointSource.NONE : Objects.requireNonNull(pointSource, "pointSource");
        featureCode = featureCode == null ? "" : featureCode;
        Objects.requireNonNull(countryCode, "countryCode");
        countryName = countryName == null ? "" : countryName;
        admin1Code = admin1Code == null ? "" : admin1Code;
        admin1Name = admin1Name == null ? "" : admin1Name;
    }

    /** Whether the place has coordinates. */
    public boolean hasCoordinates() {
        return latitude.isPresent();
    }

    /** The GeoNames IRI, {@code https://sws.geonames.org/<id>/}, when the place has a GeoNames id. */
    public Optional<String> geonamesIri() {
        return geonameId.isPresent() ? Optional.of(GEONAMES_NAMESPACE + geonameId.getAsLong() + "/") : Optional.empty();
    }

    /**
     * The point as GeoSPARQL WKT, {@code POINT(longitude latitude)} (longitude first, CRS84), when the place has
     * coordinates. The lexical form of a {@code geo:wktLiteral}.
     */
    public Optional<String> wkt() {
        if (!hasCoordinates()) {
            return Optional.empty();
        }
        return Optional.of("POINT(" + plain(longitude.getAsDouble()) + " " + plain(latitude.getAsDouble()) + ")");
    }

    /** Whether this is a country's capital (GeoNames' feature code PPLC). */
    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** Every name of the place: its name, its ASCII name and its alternate names. */
    public List<String> names() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(2 + alternateNames.size());
        all.add(name);
        if (!asciiName.isEmpty() && !asciiName.equals(name)) {
            all.add(asciiName);
        }
        all.addAll(alternateNames);
        return all;
    }

    /** A short description for logs: "Kerman (city, IR, geonames 128234)". */
    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", " + countryCode
                + (admin1Code.isEmpty() ? "" : "." + admin1Code)
                + (geonameId.isPresent() ? ", geonames " + geonameId.getAsLong() : "") + ")";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
