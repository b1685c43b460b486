/**
 * A world gazetteer with GeoNames identifiers: countries, first-level administrative divisions, and cities of at
 * least 15,000 people (and every capital and divisional seat), with coordinates, country and division.
 *
 * <p>{@link org.conflictkg.geo.Gazetteer#shared()} loads the packaged file
 * ({@code org/conflictkg/geo/places.tsv.gz}, made by {@code scripts/build-gazetteer.sh} from GeoNames data packaged
 * on npm; credits and columns in the NOTICE beside it) once into an in-memory index;
 * {@link org.conflictkg.geo.Gazetteer#resolve(String, java.util.Set)} picks the place a name denotes given the
 * countries its context names, or none when it cannot tell; {@link org.conflictkg.geo.Place} gives the GeoNames IRI
 * and a GeoSPARQL WKT point.
 *
 * <p>Nothing here is invented: countries have the GeoNames ids of GeoNames' country table, kept where the copies
 * checked agree ({@code country-geonames.tsv}); divisions have no GeoNames id because no packaged source gives one,
 * divisions have no coordinates, and a country is placed at its capital, flagged as such.
 */
package org.conflictkg.geo;
