// A document's page: its metadata and warnings, the incidents it reports, and its text with the mentions of
// entities and the trigger words of events highlighted by kind, each linked to its page.
import { el, fillSection, localName, pageLink, pager, param, table } from './dom.js';
import { integer, iri, select } from './sparql.js';
import { part, start } from './page.js';
import { highlighted } from './highlight.js';

const PAGE = 25;
const ENTITY_KINDS = ['ArmedGroup', 'StateAuthority', 'MediaOutlet', 'Organization', 'Person', 'Country', 'City', 'Site', 'Place'];

/** The kind a mention is shown as: its most specific entity class, or "event" for a trigger. */
function kindOf(kinds) {
  const list = kinds.split(' ');
  return ENTITY_KINDS.find((kind) => list.includes(kind)) || 'event';
}

async function facts(doc) {
  const rows = await select('document-facts', { doc });
  const title = (rows.find((row) => row.property === 'title') || rows.find((row) => row.property === 'identifier') || {}).value;
  const name = title || localName(param('id'));
  document.title = name + ' · conflict-kg';
  fillSection('title', name);
  fillSection('facts', el('h2', {}, 'Metadata'),
    el('dl', { class: 'facts' }, rows.map((row) => [el('dt', {}, row.property),
      el('dd', { class: row.property === 'warning' ? 'warning' : null }, row.value)])));
}

async function incidents(doc, offset) {
  const rows = await select('document-incidents', { doc, limit: integer(PAGE), offset: integer(offset) });
  fillSection('incidents', el('h2', { id: 'incidents-title' }, 'Incidents it reports'),
    rows.length ? table(null, [
      ['', (row) => row.main === 'true' ? el('strong', {}, 'main') : ''],
      ['date', (row) => row.date || 'undated'],
      ['incident', (row) => pageLink('incident', row.event, row.name || row.type || localName(row.event))]], rows)
      : el('p', { class: 'empty' }, 'None.'),
    pager('offset', offset, PAGE, rows.length));
}

async function text(doc) {
  const [texts, spans] = await Promise.all([select('document-text', { doc }), select('document-spans', { doc })]);
  if (!texts.length) {
    fillSection('text', el('h2', { id: 'text-title' }, 'Text'), el('p', { class: 'empty' }, 'No text stored.'));
    return;
  }
  const anchor = /^#at-(\d+)$/.exec(location.hash);
  const marks = spans.map((row) => {
    const kind = kindOf(row.kinds);
    const isEvent = kind === 'event';
    return {
      begin: Number(row.begin), end: Number(row.end), kind,
      title: (isEvent ? 'event: ' + row.kinds : kind + ': ' + (row.label || localName(row.item))),
      href: (isEvent ? 'incident.html?id=' : 'actor.html?id=') + encodeURIComponent(row.item),
    };
  });
  const kinds = [...new Set(marks.map((mark) => mark.kind))];
  fillSection('text', el('h2', { id: 'text-title' }, 'Text'),
    el('p', { class: 'legend' }, 'Highlighted: ', kinds.map((kind) => el('mark', { class: 'span kind-' + kind }, kind))),
    el('div', { class: 'document-text', id: 'document-text' },
      highlighted(texts[0].text, 0, marks, anchor ? Number(anchor[1]) : undefined)));
  if (anchor) {
    const target = document.getElementById('at-' + anchor[1]);
    if (target) {
      target.scrollIntoView();
    }
  }
}

start(async () => {
  const doc = iri(param('id'));
  await Promise.all([part(() => facts(doc)), part(() => incidents(doc, Number(param('offset', '0')) || 0)),
    part(() => text(doc))]);
});
