// Maps drawn with Leaflet over Natural Earth's country shapes, shipped with the program: no tile server.
import { el } from './dom.js';

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

/**
 * Draws points: each {latitude, longitude, radius, colour, label (text), href}. A click opens href; the map zooms to
 * show them all. Returns the layer.
 */
export function drawPoints(map, points) {
  const layer = L.featureGroup();
  for (const point of points) {
    const marker = L.circleMarker([Number(point.latitude), Number(point.longitude)], {
      radius: point.radius, color: '#222', weight: 1, fillColor: point.colour, fillOpacity: 0.75,
      className: 'incident-point',
    });
    marker.bindTooltip(el('span', {}, point.label));
    if (point.href) {
      marker.on('click', () => { location.href = point.href; });
    }
    layer.addLayer(marker);
  }
  layer.addTo(map);
  if (points.length === 1) {
    map.setView(layer.getBounds().getCenter(), 5);
  } else if (points.length > 1) {
    map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 });
  }
  return layer;
}
