#!/usr/bin/env node
// Converts Natural Earth's 1:110m country shapes, as the npm package world-atlas@2.0.2 ships them (TopoJSON), into
// the GeoJSON the web application draws its base map from
// (src/main/resources/org/conflictkg/server/app/world-110m.geojson). Run by hand, once per new version, never at
// build time:
//
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node scripts/build-world-map.js package/countries-110m.json > src/main/resources/org/conflictkg/server/app/world-110m.geojson
//
// The tarball's registry integrity (npm view world-atlas@2.0.2 dist.integrity) was
// sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==
// Natural Earth is in the public domain; world-atlas is ISC (see world-110m.txt beside the output).
// No dependencies: TopoJSON arcs are decoded here (delta-encoded, quantized by the topology's transform).
'use strict';
const fs = require('fs');

const topology = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const [scaleX, scaleY] = topology.transform.scale;
const [shiftX, shiftY] = topology.transform.translate;
const round = (value) => Math.round(value * 100) / 100;

const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [round(x * scaleX + shiftX), round(y * scaleY + shiftY)];
  });
});

function ring(indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

function geometry(shape) {
  if (shape.type === 'Polygon') {
    return { type: 'Polygon', coordinates: shape.arcs.map(ring) };
  }
  if (shape.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: shape.arcs.map((polygon) => polygon.map(ring)) };
  }
  return null;
}

const features = topology.objects.countries.geometries
  .map((shape) => ({ type: 'Feature', id: shape.id, properties: { name: shape.properties.name },
    geometry: geometry(shape) }))
  .filter((feature) => feature.geometry !== null);
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
