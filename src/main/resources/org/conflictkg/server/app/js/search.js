// Search: names and aliases of entities, labels of incidents and titles of documents, ranked (exact, then prefix,
// then contained); and documents whose text holds the words. Both ask the store's full-text index (text:query); the
// queries turn the words into a Lucene query themselves, so any text typed here is safe to send.
import { el, fillSection, localName, pageLink, pager, param, table } from './dom.js';
import { integer, literal, select } from './sparql.js';
import { part, start } from './page.js';
import { highlighted } from './highlight.js';

const PAGE = 20;

/** The places where the words, or each of them, occur in the text, as spans to highlight (in order, not overlapping). */
function occurrences(text, words) {
  const lower = text.toLowerCase();
  const wanted = [words.toLowerCase(), ...words.toLowerCase().split(/[^\p{L}\p{N}]+/u)].filter((w) => w.length > 1);
  const spans = [];
  for (const word of wanted) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      if (!spans.some((s) => at < s.end && at + word.length > s.begin)) {
        spans.push({ begin: at, end: at + word.length, kind: 'mention', title: 'the words searched' });
      }
    }
  }
  return spans.sort((a, b) => a.begin - b.begin);
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
        el('p', { class: 'note' }, 'Full-text search: documents whose text holds every word (the last also as the start of a word), best matches first.'),
        rows.length ? el('ul', { class: 'hits' }, rows.map((row) => el('li', {},
          pageLink('document', row.doc, row.title || localName(row.doc)), el('p', { class: 'snippet' }, '… ', highlighted(row.snippet, 0, occurrences(row.snippet, words)), ' …'))))
          : el('p', { class: 'empty' }, 'No document text holds these words.'),
        pager('textOffset', textOffset, 10, rows.length));
    })]);
});
