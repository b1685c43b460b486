// Maps drawn with Leaflet over Natural Earth's country shapes, shipped with the program: no tile server.
import { el, localName } from './dom.js';
import { clusterPoints, heaviestKey } from './cluster.js';

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

/** The kinds of incident the map tells apart by colour, each with its event types (local names); others are grey. */
const KINDS = [
  { name: 'attacks', colour: '#c0392b', types: ['attack', 'bombing', 'armed-assault', 'hostage-taking', 'assassination',
    'arson', 'hijacking', 'unarmed-assault'] },
  { name: 'plots', colour: '#d68910', types: ['plot'] },
  { name: 'arrests, deportations, trials', colour: '#2471a3', types: ['arrest', 'deportation', 'trial'] },
  { name: 'military operations', colour: '#7d3c98', types: ['military-operation'] },
  { name: 'other incidents', colour: '#555555', types: [] },
];
const OTHER = KINDS[KINDS.length - 1];

function typeName(type) {
  return (type || '').replace(/^.*\//, '');
}

function kindOf(type) {
  return KINDS.find((kind) => kind.types.includes(typeName(type))) || OTHER;
}

/** The colour of an event type (by its IRI or local name). */
export function colourOf(type) {
  return kindOf(type).colour;
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever contrasts more with this colour (#rrggbb), for text written on it. */
function textColourOn(hex) {
  const dark = '#1d1f23';
  const background = luminance(hex);
  return 1.05 / (background + 0.05) >= (background + 0.05) / (luminance(dark) + 0.05) ? '#ffffff' : dark;
}

/** The radius in pixels of a marker for this many incidents and killed: the same scale for points and clusters. */
export function radiusOf(incidents, killed = 0) {
  return Math.min(30, 5 + 2 * Math.sqrt(incidents) + Math.sqrt(killed));
}

/**
 * The point of a row of map-points.rq (a place, its incidents, their type, dates and most killed) for drawPoints,
 * opening href; its label names the type (or the number of incidents), the date or dates and the place.
 */
export function placePoint(row, href) {
  const incidents = Number(row.incidents) || 1;
  const dates = !row.firstDate ? 'undated'
    : row.firstDate === row.lastDate ? row.firstDate : `${row.firstDate} to ${row.lastDate}`;
  const what = incidents === 1 ? typeName(row.eventType).replace(/-/g, ' ') : `${incidents} incidents`;
  return {
    latitude: row.latitude, longitude: row.longitude, type: row.eventType, count: incidents,
    killed: Number(row.killed) || 0, label: `${what}, ${dates}, ${row.label || localName(row.place)}`, href,
  };
}

/** The map's legend: the colour of each kind of incident and what a cluster shows. */
export function mapLegend() {
  const swatch = (colour, text) => {
    const mark = el('span', { class: 'swatch', 'aria-hidden': 'true' }, text);
    mark.style.backgroundColor = colour;
    mark.style.color = textColourOn(colour);
    return mark;
  };
  return el('p', { class: 'legend map-legend' }, 'Colours: ',
    KINDS.map((kind) => el('span', { class: 'legend-item', title: kind.types.join(', ') || null },
      swatch(kind.colour), kind.name)),
    el('span', { class: 'legend-item' }, swatch(KINDS[0].colour, '3'),
      'places close together: their number of incidents, in the colour of most of them; a click or Enter zooms in'));
}

/** Points closer than this on screen, in pixels, are drawn as one cluster. */
const CLUSTER_PIXELS = 40;

function isPress(event) {
  return event.key === 'Enter' || event.key === ' ';
}

function pointMarker(point) {
  const marker = L.circleMarker(point.latLng, {
    radius: point.radius, color: '#222', weight: 1, fillColor: colourOf(point.type), fillOpacity: 0.75,
    className: 'incident-point',
  });
  marker.bindTooltip(el('span', {}, point.label));
  const open = () => { location.href = point.href; };
  if (point.href) {
    marker.on('click', open);
  }
  marker.on('keydown', (event) => {
    if (point.href && isPress(event.originalEvent)) {
      event.originalEvent.preventDefault();
      open();
    }
  });
  marker.on('add', () => {
    const path = marker.getElement();
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', point.href ? 'link' : 'img');
    path.setAttribute('aria-label', point.label);
    path.setAttribute('data-incidents', String(point.count));
    path.addEventListener('focus', () => marker.openTooltip());
    path.addEventListener('blur', () => marker.closeTooltip());
  });
  return marker;
}

/** Zooms in on these points: to show them all, and at least one level closer, so that their cluster splits. */
function zoomTo(map, bounds) {
  const zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds.pad(0.3))));
  map.setView(bounds.getCenter(), zoom);
}

function clusterMarker(map, members, zoomedByKey) {
  const incidents = members.reduce((sum, point) => sum + point.count, 0);
  const killed = members.reduce((sum, point) => sum + point.killed, 0);
  const kindName = heaviestKey(members.map((point) => ({ key: kindOf(point.type).name, weight: point.count })));
  const kind = KINDS.find((candidate) => candidate.name === kindName);
  const size = Math.round(2 * Math.max(12, radiusOf(incidents, killed)));
  const bounds = L.latLngBounds(members.map((point) => point.latLng));
  const name = `${incidents} incidents at ${members.length} places, mainly ${kind.name}: a click or Enter zooms in`;
  const marker = L.marker(bounds.getCenter(), {
    keyboard: true,
    title: name,
    icon: L.divIcon({
      className: 'incident-cluster', iconSize: [size, size],
      html: el('span', { 'data-incidents': incidents, 'data-places': members.length }, String(incidents)),
    }),
  });
  marker.on('add', () => {
    const icon = marker.getElement();
    icon.setAttribute('aria-label', name);
    icon.style.backgroundColor = kind.colour;
    icon.style.color = textColourOn(kind.colour);
  });
  marker.on('click', () => zoomTo(map, bounds));
  marker.on('keydown', (event) => {
    if (isPress(event.originalEvent)) {
      event.originalEvent.preventDefault();
      zoomedByKey();
      zoomTo(map, bounds);
    }
  });
  return marker;
}

/**
 * Draws points: each {latitude, longitude, type (colours it), label (text: its accessible name and tooltip), href,
 * count (incidents, 1 if not given), killed, radius (else by count and killed)}. A click, or Enter or Space on a
 * point reached with Tab, opens href; the map zooms to show them all. Points closer than 40 pixels on screen are drawn
 * as one cluster (in the colour of most of its incidents, sized like a point of all of them, their number on it; a
 * click or Enter zooms in on its points, and after Enter the focus stays on them), recomputed at every zoom; at the
 * closest zoom every point is drawn. The container's data-zoom holds the zoom drawn. Returns the layer.
 */
export function drawPoints(map, points) {
  const layer = L.featureGroup().addTo(map);
  const located = points
    .map((point) => {
      const count = Number(point.count) || 1;
      const killed = Number(point.killed) || 0;
      return { ...point, count, killed, radius: point.radius || radiusOf(count, killed),
        latLng: L.latLng(Number(point.latitude), Number(point.longitude)) };
    })
    .filter((point) => Number.isFinite(point.latLng.lat) && Number.isFinite(point.latLng.lng))
    .sort((a, b) => b.count - a.count);
  // After Enter on a cluster, the marker that then holds its first point takes the focus, so the keyboard stays there.
  let focusAfterZoom;
  // Pixel positions at a zoom do not depend on the view, so the clusters change with the zoom only (zoomend).
  const draw = () => {
    const zoom = map.getZoom();
    const groups = zoom >= map.getMaxZoom() ? located.map((_, index) => [index])
      : clusterPoints(located.map((point) => map.project(point.latLng, zoom)), CLUSTER_PIXELS);
    layer.clearLayers();
    for (const group of groups) {
      const marker = group.length === 1 ? pointMarker(located[group[0]])
        : clusterMarker(map, group.map((index) => located[index]), () => { focusAfterZoom = group[0]; });
      layer.addLayer(marker);
      if (focusAfterZoom !== undefined && group.includes(focusAfterZoom)) {
        focusAfterZoom = undefined;
        marker.getElement().focus({ preventScroll: true });
      }
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
