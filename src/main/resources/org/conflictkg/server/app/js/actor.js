// An actor's page: names, kind, country and relations; its incidents by role, on a map and a timeline; the actors
// it appears with; its people; and the sentences that mention it.
import { el, fillSection, localName, pageLink, pager, param, table } from './dom.js';
import { integer, iri, select } from './sparql.js';
import { part, start } from './page.js';
import { drawPoints, mapLegend, worldMap } from './worldmap.js';
import { monthsOf, timelineBars } from './timeline.js';
import { highlighted } from './highlight.js';

const PAGE = 20;
const MENTIONS = 10;

function valueCell(row) {
  if (/^https?:/.test(row.value) && row.property !== 'type') {
    return pageLink('actor', row.value, row.label || localName(row.value));
  }
  return row.property === 'type' ? localName(row.value) : row.value;
}

async function facts(actor) {
  const rows = await select('actor-facts', { actor });
  const of = (property) => rows.filter((row) => row.property === property);
  const name = of('name').map((row) => row.value)[0] || localName(param('id'));
  document.title = name + ' · conflict-kg';
  fillSection('title', name);
  const aliases = of('alias').map((row) => row.value);
  const others = rows.filter((row) => !['name', 'alias'].includes(row.property));
  fillSection('facts',
    table(null, [['', (row) => row.property], ['', valueCell]], others),
    aliases.length ? el('p', { class: 'aliases' }, el('strong', {}, 'Also called: '), aliases.join(' · ')) : null);
}

async function incidents(actor, offset) {
  const rows = await select('actor-incidents', { actor, limit: integer(PAGE), offset: integer(offset) });
  fillSection('incidents', el('h2', { id: 'incidents-title' }, 'Incidents by role'),
    rows.length ? table(null, [
      ['date', (row) => row.date || 'undated'],
      ['incident', (row) => pageLink('incident', row.event, row.type || localName(row.event))],
      ['role', (row) => row.roles],
      ['place', (row) => row.place]], rows) : el('p', { class: 'empty' }, 'No incidents.'),
    pager('offset', offset, PAGE, rows.length));
  fillSection('timeline', el('h2', { id: 'timeline-title' }, 'Timeline of these incidents'),
    timelineBars(monthsOf(rows)));
  const view = await worldMap('map');
  drawPoints(view, rows.filter((row) => row.latitude).map((row) => ({
    latitude: row.latitude, longitude: row.longitude, radius: 7, type: (row.type || '').replace(/ /g, '-'),
    label: `${row.type || 'incident'}, ${row.date || 'undated'}, ${row.place || 'unnamed place'} (${row.roles})`,
    href: 'incident.html?id=' + encodeURIComponent(row.event),
  })));
  fillSection('map-legend', mapLegend());
}

async function companions(actor) {
  const rows = await select('actor-companions', { actor });
  fillSection('companions', el('h2', { id: 'companions-title' }, 'Appears with'),
    rows.length ? table(null, [['actor', (row) => pageLink('actor', row.other, row.label || localName(row.other))],
      ['shared incidents', (row) => row.shared]], rows) : el('p', { class: 'empty' }, 'No shared incidents.'));
}

async function people(actor) {
  const rows = await select('actor-people', { actor });
  fillSection('people', el('h2', { id: 'people-title' }, 'People and their roles'),
    rows.length ? table(null, [['person', (row) => pageLink('actor', row.person, row.name || localName(row.person))],
      ['role', (row) => row.title], ['as of', (row) => row.attestedOn],
      ['source', (row) => row.document ? pageLink('document', row.document) : '']], rows)
      : el('p', { class: 'empty' }, 'No people with a role here.'));
}

async function mentions(actor, offset) {
  const rows = await select('actor-mentions', { actor, limit: integer(MENTIONS), offset: integer(offset) });
  fillSection('mentions', el('h2', { id: 'mentions-title' }, 'Mentions'),
    rows.length ? el('ol', { class: 'sentences' }, rows.map((row) => el('li', {},
      el('p', { class: 'sentence' }, highlighted(row.sentence, Number(row.sentenceBegin),
        [{ begin: Number(row.begin), end: Number(row.end), kind: 'mention', title: 'this actor' }])),
      el('a', { href: 'document.html?id=' + encodeURIComponent(row.doc) + '#at-' + row.sentenceBegin },
        'in ' + localName(row.doc))))) : el('p', { class: 'empty' }, 'No mentions.'),
    pager('mentionOffset', offset, MENTIONS, rows.length));
}

start(async () => {
  const actor = iri(param('id'));
  await Promise.all([
    part(() => facts(actor)),
    part(() => incidents(actor, Number(param('offset', '0')) || 0)),
    part(() => companions(actor)),
    part(() => people(actor)),
    part(() => mentions(actor, Number(param('mentionOffset', '0')) || 0))]);
});
