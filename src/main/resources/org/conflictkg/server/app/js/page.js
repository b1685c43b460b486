// What every page shares: the panel of the queries it ran (each opening in Fuseki's editor) and error reporting.
import { el } from './dom.js';
import { onQuery, editorLink } from './sparql.js';

/** Fills the footer's query panel as queries run. */
function showQueries() {
  const list = document.getElementById('query-list');
  const count = document.getElementById('query-count');
  let n = 0;
  onQuery((record) => {
    n += 1;
    count.textContent = String(n);
    list.append(el('li', {},
      el('p', {}, el('strong', {}, record.name), ` — ${record.rows} rows in ${record.millis} ms · `,
        el('a', { href: editorLink(record.text), target: '_blank', rel: 'noopener' }, 'open in the query editor')),
      el('pre', { class: 'query' }, record.text)));
  });
}

/** Shows an error at the top of the main content, as text. */
export function showError(error) {
  const main = document.getElementById('main');
  main.prepend(el('p', { class: 'error', role: 'alert' }, 'Could not load this part of the page: ' + error.message));
}

/** Runs the page's loading function, showing the queries it runs and any error; marks the page ready for tests. */
export async function start(load) {
  showQueries();
  try {
    await load();
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.ready = 'true';
  }
}

/** Runs one part of a page, reporting its failure without stopping the other parts. */
export async function part(load) {
  try {
    await load();
  } catch (error) {
    showError(error);
  }
}
