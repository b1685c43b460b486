// The overview: what the store holds, the most active groups, and the incidents on a map, a timeline and a list,
// all under the filters of the URL.
import { el, fillSection, link, localName, pageLink, pager, param, table } from './dom.js';
import { integer, select } from './sparql.js';
import { part, start } from './page.js';
import { filterForm, filterPatterns, readFilters, withFilters } from './filters.js';
import { drawPoints, mapLegend, placePoint, worldMap } from './worldmap.js';
import { timelineBars } from './timeline.js';

const PAGE = 20;

async function counts() {
  const rows = await select('counts');
  const group = (name) => rows.filter((row) => row.group === name);
  const documents = group('documents').reduce((sum, row) => sum + Number(row.count), 0);
  fillSection('counts', el('h2', { id: 'counts-title' }, 'What the store holds'),
    el('p', { class: 'figure' }, el('strong', {}, String(documents)), ' documents'),
    table('Events by type', [['type', (row) => link('./', { type: row.key }, row.label || localName(row.key))],
      ['events', (row) => row.count]], group('events')),
    table('Actors by kind', [['kind', (row) => localName(row.key)], ['actors', (row) => row.count]],
      group('actors')));
}

async function groups() {
  const rows = await select('active-groups');
  fillSection('groups', el('h2', { id: 'groups-title' }, 'Most active groups'),
    rows.length ? table('As perpetrator', [['group', (row) => pageLink('actor', row.group, row.label || localName(row.group))],
      ['incidents', (row) => row.incidents], ['killed', (row) => row.killed]], rows)
      : el('p', { class: 'empty' }, 'No perpetrators yet.'));
}

async function incidents(filters, offset) {
  const rows = await select('incidents', { filters: filterPatterns(filters), limit: integer(PAGE), offset: integer(offset) });
  fillSection('incidents', el('h2', { id: 'incidents-title' }, 'Latest incidents'),
    table(null, [
      ['date', (row) => row.date || 'undated'],
      ['incident', (row) => pageLink('incident', row.event, row.type || localName(row.event))],
      ['modality', (row) => row.modality],
      ['places', (row) => row.places],
      ['perpetrators', (row) => row.perpetrators],
      ['killed', (row) => row.killed]], rows),
    pager('offset', offset, PAGE, rows.length));
}

async function timeline(filters) {
  const rows = await select('timeline', { filters: filterPatterns(filters) });
  fillSection('timeline', el('h2', { id: 'timeline-title' }, 'Timeline'),
    timelineBars(rows, (month) => withFilters({ from: month, to: month })));
}

async function map(filters) {
  const view = await worldMap('map');
  const rows = await select('map-points', { filters: filterPatterns(filters) });
  drawPoints(view, rows.map((row) => placePoint(row, Number(row.incidents) === 1
    ? 'incident.html?id=' + encodeURIComponent(row.oneEvent) : withFilters({ place: row.place }))));
  fillSection('map-legend', mapLegend());
}

start(async () => {
  const filters = readFilters();
  const offset = Number(param('offset', '0')) || 0;
  await Promise.all([
    part(async () => fillSection('filters', await filterForm(filters))),
    part(counts), part(groups), part(() => incidents(filters, offset)), part(() => timeline(filters)),
    part(() => map(filters))]);
});
