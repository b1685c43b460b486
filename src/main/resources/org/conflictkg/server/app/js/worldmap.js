// Maps drawn with Leaflet over Natural Earth's country shapes, shipped with the program: no tile server.
import { el } from './dom.js';
import { clusterPoints } from './cluster.js';

let world;

async function countries() {
  if (!world) {
    const response = await fetch('world-110m.geojson');
    world = await response.json();
  }
  return world;
}

/** A map in the element with this id, the countries drawn, showing the whole world. */
export async function worldMap(id) {
  const map = L.map(id, { attributionControl: false, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, worldCopyJump: true });
  L.geoJSON(await countries(), {
    interactive: false,
    style: { color: '#8d8a80', weight: 0.6, fillColor: '#efece3', fillOpacity: 1 },
  }).addTo(map);
  map.setView([30, 20], 1.5);
  return map;
}

const COLOURS = {
  attack: '#c0392b', bombing: '#c0392b', 'armed-assault': '#c0392b', 'hostage-taking': '#c0392b',
  assassination: '#c0392b', arson: '#c0392b', hijacking: '#c0392b', 'unarmed-assault': '#c0392b',
  plot: '#d68910', arrest: '#2471a3', deportation: '#2471a3', trial: '#2471a3', 'military-operation': '#7d3c98',
};

/** The colour of an event type (by its IRI or local name). */
export function colourOf(type) {
  return COLOURS[(type || '').replace(/^.*\//, '')] || '#555';
}

/** Points closer than this on screen, in pixels, are drawn as one cluster. */
const CLUSTER_PIXELS = 40;

function pointMarker(point) {
  const marker = L.circleMarker(point.latLng, {
    radius: point.radius, color: '#222', weight: 1, fillColor: point.colour, fillOpacity: 0.75,
    className: 'incident-point',
  });
  marker.bindTooltip(el('span', {}, point.label));
  if (point.href) {
    marker.on('click', () => { location.href = point.href; });
  }
  return marker;
}

/** Zooms in on these points: to show them all, and at least one level closer, so that their cluster splits. */
function zoomTo(map, bounds) {
  const zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds.pad(0.3))));
  map.setView(bounds.getCenter(), zoom);
}

function clusterMarker(map, members) {
  const incidents = members.reduce((sum, point) => sum + point.count, 0);
  const size = Math.round(Math.min(60, 22 + 4 * Math.sqrt(incidents)));
  const bounds = L.latLngBounds(members.map((point) => point.latLng));
  const marker = L.marker(bounds.getCenter(), {
    keyboard: true,
    title: `${incidents} incident(s) at ${members.length} places: zoom in`,
    icon: L.divIcon({
      className: 'incident-cluster', iconSize: [size, size],
      html: el('span', { 'data-incidents': incidents, 'data-places': members.length }, String(incidents)),
    }),
  });
  marker.on('click', () => zoomTo(map, bounds));
  marker.on('keydown', (event) => {
    if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
      event.originalEvent.preventDefault();
      zoomTo(map, bounds);
    }
  });
  return marker;
}

/**
 * Draws points: each {latitude, longitude, radius, colour, label (text), href, count (incidents, 1 if not given)}. A
 * click opens href; the map zooms to show them all. Points closer than 40 pixels on screen are drawn as one cluster
 * (sized by its incidents, their number on it; a click or Enter zooms in on its points), recomputed at every zoom;
 * at the closest zoom every point is drawn. The container's data-zoom holds the zoom drawn. Returns the layer.
 */
export function drawPoints(map, points) {
  const layer = L.featureGroup().addTo(map);
  const located = points
    .map((point) => ({ ...point, count: Number(point.count) || 1,
      latLng: L.latLng(Number(point.latitude), Number(point.longitude)) }))
    .filter((point) => Number.isFinite(point.latLng.lat) && Number.isFinite(point.latLng.lng))
    .sort((a, b) => b.count - a.count);
  // Pixel positions at a zoom do not depend on the view, so the clusters change with the zoom only (zoomend).
  const draw = () => {
    const zoom = map.getZoom();
    const groups = zoom >= map.getMaxZoom() ? located.map((_, index) => [index])
      : clusterPoints(located.map((point) => map.project(point.latLng, zoom)), CLUSTER_PIXELS);
    layer.clearLayers();
    for (const group of groups) {
      layer.addLayer(group.length === 1 ? pointMarker(located[group[0]])
        : clusterMarker(map, group.map((index) => located[index])));
    }
    map.getContainer().dataset.zoom = String(zoom);
  };
  if (located.length === 1) {
    map.setView(located[0].latLng, 5, { animate: false });
  } else if (located.length > 1) {
    map.fitBounds(L.latLngBounds(located.map((point) => point.latLng)).pad(0.3), { maxZoom: 6, animate: false });
  }
  draw();
  map.on('zoomend', draw);
  return layer;
}
