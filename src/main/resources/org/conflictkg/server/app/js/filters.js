// The incident filters shared by the overview and the map: read from the URL (so a view can be bookmarked), turned
// into SPARQL patterns over ?event, and offered in a form whose submission is the new URL.
import { el, param } from './dom.js';
import { iri, literal, select } from './sparql.js';

const NAMES = ['type', 'actor', 'place', 'from', 'to', 'modality'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The filters the URL sets (empty strings for the others); invalid dates are dropped. */
export function readFilters() {
  const filters = {};
  for (const name of NAMES) {
    filters[name] = param(name).trim();
  }
  for (const name of ['from', 'to']) {
    if (!DATE.test(filters[name])) {
      filters[name] = '';
    }
  }
  return filters;
}

/** The last day a date prefix stands for, as text that compares right with xsd:date's lexical form. */
function upperBound(date) {
  return date.length === 4 ? date + '-12-31' : date.length === 7 ? date + '-31' : date;
}

/** SPARQL patterns over ?event for these filters. */
export function filterPatterns(filters) {
  const patterns = [];
  if (filters.type) {
    patterns.push(`{ ?event sem:eventType ${iri(filters.type)} } UNION { ?event sem:eventType/skos:broader ${iri(filters.type)} }`);
  }
  if (filters.actor) {
    patterns.push(`?event ckg:perpetrator|ckg:claimant|ckg:target|ckg:victim|ckg:authority|ckg:suspect|ckg:speaker ${iri(filters.actor)} .`);
  }
  if (filters.place) {
    patterns.push(`{ ?event sem:hasPlace ?filterPlace . FILTER (?filterPlace = ${iri(filters.place)} || EXISTS { ?filterPlace ckg:country ${iri(filters.place)} }) } UNION { ?event ckg:country ${iri(filters.place)} }`);
  }
  if (filters.from) {
    patterns.push(`?event sem:hasLatestEndTimeStamp ?filterEnd . FILTER (STR(?filterEnd) >= ${literal(filters.from)})`);
  }
  if (filters.to) {
    patterns.push(`?event sem:hasEarliestBeginTimeStamp ?filterBegin . FILTER (STR(?filterBegin) <= ${literal(upperBound(filters.to))})`);
  }
  if (filters.modality) {
    patterns.push(`?event ckg:modality ${iri(filters.modality)} .`);
  }
  return patterns.join('\n      ');
}

function choice(name, label, options, selected) {
  const id = 'filter-' + name;
  return el('label', { for: id }, label,
    el('select', { id, name },
      el('option', { value: '' }, 'any'),
      options.map((option) => el('option', { value: option.value, selected: option.value === selected }, option.label))));
}

/** The filter form, its choices read from the store, set to the current filters. */
export async function filterForm(filters) {
  const rows = await select('filter-choices');
  const options = (kind) => rows.filter((row) => row.kind === kind)
    .map((row) => ({ value: row.value, label: row.label || row.value.replace(/^.*[#/]/, '') }));
  return el('form', { class: 'filters', method: 'get', role: 'search', 'aria-label': 'filter incidents' },
    choice('type', 'Event type', options('type'), filters.type),
    choice('actor', 'Actor', options('actor'), filters.actor),
    choice('place', 'Country', options('country'), filters.place),
    el('label', { for: 'filter-from' }, 'From',
      el('input', { id: 'filter-from', name: 'from', value: filters.from, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
    el('label', { for: 'filter-to' }, 'To',
      el('input', { id: 'filter-to', name: 'to', value: filters.to, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
    choice('modality', 'Modality', options('modality'), filters.modality),
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { href: location.pathname }, 'Clear'));
}

/** The URL of this page with these filters changed. */
export function withFilters(changes) {
  const params = new URLSearchParams(location.search);
  params.delete('offset');
  for (const [name, value] of Object.entries(changes)) {
    if (value) {
      params.set(name, value);
    } else {
      params.delete(name);
    }
  }
  return location.pathname + '?' + params.toString();
}
