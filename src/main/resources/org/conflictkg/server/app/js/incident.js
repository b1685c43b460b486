// An incident's page: type and codebook codes, date and precision, place on a map, roles with confidence,
// casualties, modality; the claims, accusations and denials about it side by side; the evidence sentences with the
// trigger and the arguments highlighted, each linked to its document.
import { el, fillSection, localName, pageLink, pager, param, table } from './dom.js';
import { integer, iri, select } from './sparql.js';
import { part, start } from './page.js';
import { drawPoints, worldMap } from './worldmap.js';
import { highlighted } from './highlight.js';

const EVIDENCE = 10;
const SIDES = [
  ['claim-of-responsibility', 'Claims of responsibility'],
  ['accusation', 'Accusations'],
  ['denial', 'Denials'],
];

function values(rows, property) {
  return rows.filter((row) => row.property === property);
}

function first(rows, property) {
  const row = values(rows, property)[0];
  return row ? row.value : undefined;
}

function casualties(rows, what) {
  const figure = first(rows, what);
  if (figure === undefined) {
    return undefined;
  }
  const qualifier = first(rows, what + ' qualifier');
  return (qualifier ? qualifier + ' ' : '') + figure;
}

async function facts(event) {
  const rows = await select('incident-facts', { event });
  const type = values(rows, 'type')[0];
  const label = first(rows, 'label') || (type && type.label) || localName(param('id'));
  document.title = label + ' · conflict-kg';
  fillSection('title', label);
  const date = first(rows, 'date');
  const precision = first(rows, 'date precision');
  const written = first(rows, 'date as written');
  const modality = values(rows, 'modality')[0];
  const places = values(rows, 'place');
  const items = [
    ['Type', type ? el('span', { class: 'type' }, type.label || localName(type.value)) : 'unknown'],
    ['Date', date ? [el('time', { datetime: date }, date), precision ? ` (precision: ${precision})` : '',
      written ? ` — written “${written}”` : ''] : 'undated'],
    ['Place', places.length ? places.map((place, i) => [i ? ', ' : '', pageLink('actor', place.value, place.label || localName(place.value))]) : 'unknown'],
    ['Modality', modality ? modality.label || localName(modality.value) : undefined],
    ['Killed', casualties(rows, 'killed')],
    ['Wounded', casualties(rows, 'wounded')],
    ['Perpetrators killed', first(rows, 'perpetrators killed')],
    ['Target type', values(rows, 'target type').map((row) => row.label || localName(row.value)).join(', ') || undefined],
    ['Confidence', first(rows, 'confidence')],
    ['Reported by', values(rows, 'document').map((row, i) => [i ? ', ' : '', pageLink('document', row.value)])],
    ['Main incident of', values(rows, 'main event of').map((row, i) => [i ? ', ' : '', pageLink('document', row.value)])],
  ].filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  const codes = values(rows, 'code').map((row) => {
    const [scheme, notation, match] = (row.extra || '||').split('|');
    return { scheme, notation, match, label: row.label };
  });
  fillSection('facts',
    el('dl', { class: 'facts' }, items.map(([name, value]) => [el('dt', {}, name), el('dd', { 'data-fact': name.toLowerCase() }, value)])),
    codes.length ? table('Codebook codes', [['codebook', (code) => code.scheme], ['code', (code) => code.notation],
      ['meaning', (code) => code.label], ['match', (code) => code.match]], codes) : null);
  const view = await worldMap('map');
  drawPoints(view, places.filter((place) => place.extra).map((place) => {
    const [latitude, longitude] = place.extra.split(' ');
    const what = type ? type.label || localName(type.value) : 'incident';
    return { latitude, longitude, radius: 9, type: type && type.value,
      label: `${what}, ${date || 'undated'}, ${place.label || localName(place.value)}` };
  }));
}

async function roles(event) {
  const rows = await select('incident-roles', { event });
  fillSection('roles', el('h2', { id: 'roles-title' }, 'Roles'),
    rows.length ? table(null, [['role', (row) => row.role],
      ['who', (row) => pageLink('actor', row.entity, row.label || localName(row.entity))],
      ['confidence', (row) => row.confidence], ['found by', (row) => row.foundBy]], rows)
      : el('p', { class: 'empty' }, 'No roles.'));
}

function actors(list) {
  return (list || '').split('|').filter(Boolean).map((entry, i) => {
    const space = entry.indexOf(' ');
    const id = space < 0 ? entry : entry.slice(0, space);
    const name = space < 0 ? '' : entry.slice(space + 1);
    return [i ? ', ' : '', pageLink('actor', id, name || localName(id))];
  });
}

function statementCard(row) {
  return el('article', { class: 'statement', 'data-kind': row.kind },
    el('p', {}, el('strong', {}, 'Said by: '), actors(row.saidBy).length ? actors(row.saidBy) : 'not stated'),
    el('p', {}, el('strong', {}, 'Holds responsible: '), actors(row.holdsResponsible).length ? actors(row.holdsResponsible) : 'not stated'),
    row.date ? el('p', {}, el('strong', {}, 'When: '), row.date) : null,
    row.channels ? el('p', {}, el('strong', {}, 'Channel: '), row.channels) : null,
    row.evidence ? el('blockquote', {}, row.evidence) : null,
    el('p', {}, pageLink('incident', row.statement, 'the statement'),
      row.document ? [' · ', el('a', { href: 'document.html?id=' + encodeURIComponent(row.document) + '#at-' + row.evidenceBegin }, 'in the document')] : ''));
}

async function statements(event) {
  const rows = await select('incident-statements', { event });
  const others = rows.filter((row) => !SIDES.some(([kind]) => kind === row.kind));
  fillSection('statements', el('h2', { id: 'statements-title' }, 'Claims, accusations and denials'),
    el('div', { class: 'sides' }, SIDES.map(([kind, title]) => {
      const side = rows.filter((row) => row.kind === kind);
      return el('section', { class: 'side', 'data-side': kind, 'aria-label': title }, el('h3', {}, title),
        side.length ? side.map(statementCard) : el('p', { class: 'empty' }, 'None found.'));
    })),
    others.length ? [el('h3', {}, 'Other statements about it'), el('div', { class: 'sides' }, others.map((row) =>
      el('section', { class: 'side', 'data-side': row.kind }, el('h4', {}, row.kind), statementCard(row))))] : null);
}

async function evidence(event, offset) {
  const [sentences, spans] = await Promise.all([
    select('incident-evidence', { event, limit: integer(EVIDENCE), offset: integer(offset) }),
    select('incident-spans', { event })]);
  fillSection('evidence', el('h2', { id: 'evidence-title' }, 'Evidence'),
    el('p', { class: 'legend' }, 'Highlighted: ', ['trigger', 'perpetrator', 'target', 'victim', 'claimant', 'authority',
      'suspect', 'speaker', 'hasPlace'].map((kind) => el('mark', { class: 'span kind-' + kind }, kind === 'hasPlace' ? 'place' : kind))),
    sentences.length ? el('ol', { class: 'sentences' }, sentences.map((row) => {
      const begin = Number(row.begin);
      const end = Number(row.end);
      const inside = spans.filter((span) => span.doc === row.doc && Number(span.begin) >= begin && Number(span.end) <= end)
        .map((span) => ({ begin: Number(span.begin), end: Number(span.end), kind: span.kind,
          title: span.kind === 'hasPlace' ? 'place' : span.kind }));
      return el('li', { 'data-doc': row.doc },
        el('p', { class: 'sentence' }, highlighted(row.text, begin, inside)),
        el('a', { href: 'document.html?id=' + encodeURIComponent(row.doc) + '#at-' + begin }, 'in ' + localName(row.doc)));
    })) : el('p', { class: 'empty' }, 'No evidence sentences.'),
    pager('offset', offset, EVIDENCE, sentences.length));
}

start(async () => {
  const event = iri(param('id'));
  await Promise.all([
    part(() => facts(event)), part(() => roles(event)), part(() => statements(event)),
    part(() => evidence(event, Number(param('offset', '0')) || 0))]);
});
