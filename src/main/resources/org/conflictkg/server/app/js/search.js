// Search: names and aliases of entities, labels of incidents and titles of documents, ranked (exact, then prefix,
// then contained); and documents whose text contains the words.
import { el, fillSection, localName, pageLink, pager, param, table } from './dom.js';
import { integer, literal, select } from './sparql.js';
import { part, start } from './page.js';
import { highlighted } from './highlight.js';

const PAGE = 20;

/** The places where the words occur in the text, as spans to highlight. */
function occurrences(text, words) {
  const spans = [];
  const lower = text.toLowerCase();
  const wanted = words.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    spans.push({ begin: at, end: at + wanted.length, kind: 'mention', title: 'the words searched' });
  }
  return spans;
}

start(async () => {
  const words = param('q').trim();
  document.getElementById('q').value = words;
  if (words.length < 2) {
    return;
  }
  const term = literal(words.toLowerCase());
  const offset = Number(param('offset', '0')) || 0;
  const textOffset = Number(param('textOffset', '0')) || 0;
  await Promise.all([
    part(async () => {
      const rows = await select('search-names', { words: term, limit: integer(PAGE), offset: integer(offset) });
      fillSection('names', el('h2', { id: 'names-title' }, 'Entities, incidents and documents by name'),
        rows.length ? table(null, [
          ['name', (row) => pageLink(row.kind, row.item, row.name || row.matched || localName(row.item))],
          ['kind', (row) => row.kind === 'entity' ? row.types || 'entity' : row.kind],
          ['matched', (row) => row.matched]], rows) : el('p', { class: 'empty' }, 'Nothing by that name.'),
        pager('offset', offset, PAGE, rows.length));
    }),
    part(async () => {
      const rows = await select('search-text', { words: term, limit: integer(10), offset: integer(textOffset) });
      fillSection('texts', el('h2', { id: 'texts-title' }, 'Documents by their text'),
        el('p', { class: 'note' }, 'A bounded scan of the document texts for the words as written (no index yet).'),
        rows.length ? el('ul', { class: 'hits' }, rows.map((row) => el('li', {},
          pageLink('document', row.doc, row.title || localName(row.doc)), el('p', { class: 'snippet' }, '… ', highlighted(row.snippet, 0, occurrences(row.snippet, words)), ' …'))))
          : el('p', { class: 'empty' }, 'No document text contains these words.'),
        pager('textOffset', textOffset, 10, rows.length));
    })]);
});
