// The map page: incidents as points, one per place (sized by incidents and killed, coloured by type; places close on
// screen drawn as one cluster until zoomed in), filtered as on the overview; a list of the same places below for
// keyboards and screen readers.
import { el, fillSection, localName, table } from './dom.js';
import { select } from './sparql.js';
import { part, start } from './page.js';
import { filterForm, filterPatterns, readFilters, withFilters } from './filters.js';
import { drawPoints, mapLegend, placePoint, worldMap } from './worldmap.js';

function hrefOf(row) {
  return Number(row.incidents) === 1 ? 'incident.html?id=' + encodeURIComponent(row.oneEvent)
    : './?' + new URL(withFilters({ place: row.place }), location.href).searchParams.toString();
}

start(async () => {
  const filters = readFilters();
  await Promise.all([
    part(async () => fillSection('filters', await filterForm(filters))),
    part(async () => {
      const view = await worldMap('map');
      const rows = await select('map-points', { filters: filterPatterns(filters) });
      drawPoints(view, rows.map((row) => placePoint(row, hrefOf(row))));
      fillSection('map-legend', mapLegend());
      fillSection('points', el('h2', { id: 'points-title' }, 'Places on the map'),
        table(null, [['place', (row) => el('a', { href: hrefOf(row) }, row.label || localName(row.place))],
          ['incidents', (row) => row.incidents], ['most killed', (row) => row.killed],
          ['a type', (row) => localName(row.eventType)]], rows));
    })]);
});
