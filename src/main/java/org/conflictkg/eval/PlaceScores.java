package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Place accuracy: the share of gold places with a GeoNames id that the system linked to that id, and the distance
 * between the gold coordinates and the system's point for the places it put on the map.
 */
public final class PlaceScores {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private int withId;
    private int rightId;
    private int withPoint;
    private final List<Double> distancesKm = new ArrayList<>();

    /** Records a gold place with a GeoNames id, and whether the system linked it to that id. */
    public void id(boolean right) {
        withId++;
        rightId += right ? 1 : 0;
    }

    /** Records a gold place with coordinates, and the system's distance error in km if it placed it at all. */
    public void point(OptionalDouble distanceKm) {
        withPoint++;
        distanceKm.ifPresent(distancesKm::add);
    }

    /** The share of gold GeoNames ids matched (1 when there are none). */
    public double accuracy() {
        return withId == 0 ? 1 : (double) rightId / withId;
    }

    /** Gold places with a GeoNames id. */
    public int withId() {
        return withId;
    }

    /** Gold places linked to their GeoNames id. */
    public int rightId() {
        return rightId;
    }

    /** Gold places with coordinates. */
    public int withPoint() {
        return withPoint;
    }

    /** Gold places with coordinates that the system placed. */
    public int placed() {
        return distancesKm.size();
    }

    /** The median distance error in km over the places placed, if any. */
    public OptionalDouble medianKm() {
        if (distancesKm.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = new ArrayList<>(distancesKm);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    /** The largest distance error in km over the places placed, if any. */
    public OptionalDouble maxKm() {
        return distancesKm.stream().mapToDouble(Double::doubleValue).max();
    }

    /** The great-circle distance in km between two points given in degrees (haversine, mean Earth radius). */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(longitude2 - longitude1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
