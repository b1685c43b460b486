#!/usr/bin/env node
// Derives src/main/resources/org/conflictkg/geo/country-geonames.tsv (ISO 3166-1 alpha-2 code -> GeoNames id of the
// country) from several copies of GeoNames' countryInfo.txt (https://download.geonames.org/export/dump/countryInfo.txt,
// CC BY 4.0), and keeps a country's id only when every copy that lists the country gives the same non-empty id.
// Needs node only; it reads local files and never the network.
//
//   scripts/derive-country-geonames.js LABEL=FILE LABEL=FILE LABEL=FILE ... > country-geonames.tsv
//
// LABEL says where a copy came from (e.g. "kajic/gofish@68abd48d:countryInfo.txt (2013-09-23)"); the labels are
// written into the output's header. At least three copies are needed. Disagreements and ids that not every copy
// gives are reported on standard error and left out of the output.
'use strict';
const fs = require('fs');

const copies = process.argv.slice(2).map(arg => {
  const eq = arg.lastIndexOf('=');
  if (eq < 1) { console.error(`derive-country-geonames.js: expected LABEL=FILE, got ${arg}`); process.exit(2); }
  return { label: arg.slice(0, eq), file: arg.slice(eq + 1) };
});
if (copies.length < 3) { console.error('derive-country-geonames.js: give at least three copies'); process.exit(2); }

// countryInfo.txt: '#' comments, then tab-separated rows; the id is in the column named geonameid (GeoNames' own
// header is the last comment line; some copies have an uncommented header "... geonameId"). A copy whose header was
// dropped is read by GeoNames' layout: 19 columns, the id 17th, the ISO alpha-3 code 2nd.
function read(file) {
  const ids = new Map();
  let idColumn = -1;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    const cells = line.replace(/^#/, '').split('\t');
    const header = cells.findIndex(c => c.trim().toLowerCase() === 'geonameid');
    if (header >= 0) { idColumn = header; continue; }
    if (!line || line.startsWith('#')) continue;
    if (idColumn < 0 && cells.length === 19 && /^[A-Z]{3}$/.test(cells[1])) idColumn = 16;
    if (idColumn < 0) throw new Error(`${file}: no geonameid column before the first row`);
    if (!/^[A-Z]{2}$/.test(cells[0])) throw new Error(`${file}: not an ISO code: ${cells[0]}`);
    if (ids.has(cells[0])) throw new Error(`${file}: ${cells[0]} twice`);
    ids.set(cells[0], (cells[idColumn] || '').trim());
  }
  return ids;
}

const tables = copies.map(c => read(c.file));
const codes = [...new Set(tables.flatMap(t => [...t.keys()]))].sort();
const kept = [];
const left = [];
for (const code of codes) {
  const values = tables.map(t => (t.has(code) ? t.get(code) : undefined));
  const ids = new Set(values);
  const id = values[0];
  if (ids.size === 1 && /^[1-9][0-9]*$/.test(id || '')) {
    kept.push([code, id]);
  } else {
    left.push(`${code}: ${values.map((v, i) => `${copies[i].label}=${v === undefined ? 'absent' : v || 'empty'}`).join(', ')}`);
  }
}
const unique = new Set(kept.map(k => k[1]));
if (unique.size !== kept.length) throw new Error('two countries share a GeoNames id');

const out = [
  '# GeoNames ids of countries by ISO 3166-1 alpha-2 code, from GeoNames\' countryInfo.txt',
  '# (https://download.geonames.org/export/dump/countryInfo.txt), CC BY 4.0. Made by scripts/derive-country-geonames.js',
  `# from ${copies.length} copies; a country is listed only when every copy gives it the same id:`,
  ...copies.map(c => `#   ${c.label}`),
  '#iso2\tgeonameid',
  ...kept.map(k => k.join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
for (const l of left) console.error(`derive-country-geonames.js: left out ${l}`);
console.error(`derive-country-geonames.js: ${kept.length} countries kept, ${left.length} left out`);
