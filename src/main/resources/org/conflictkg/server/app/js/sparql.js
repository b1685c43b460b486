// The application's one way to the graph: named query files of sparql/, filled with checked values, sent to the
// public read-only endpoint. Every query a page runs is recorded so the page can show it.

const ENDPOINT = '/kg/sparql';
const ran = [];
const listeners = [];

/** An IRI as a SPARQL term; refuses anything that could break out of the <...>. */
export function iri(value) {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)) {
    throw new Error('not an IRI: ' + value);
  }
  return '<' + value + '>';
}

/** A string as a SPARQL literal, every special character escaped. */
export function literal(value) {
  return '"' + String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r') + '"';
}

/** A non-negative integer as a SPARQL term. */
export function integer(value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new Error('not a count: ' + value);
  }
  return String(number);
}

const texts = new Map();

/** The text of the named query sparql/NAME.rq. */
async function queryText(name) {
  if (!texts.has(name)) {
    const response = await fetch('sparql/' + name + '.rq');
    if (!response.ok) {
      throw new Error('query ' + name + ': ' + response.status);
    }
    texts.set(name, await response.text());
  }
  return texts.get(name);
}

/** The named query with each {{key}} replaced by its (already checked) SPARQL term. */
export async function fill(name, terms) {
  let text = await queryText(name);
  for (const [key, term] of Object.entries(terms)) {
    text = text.split('{{' + key + '}}').join(term);
  }
  return text;
}

/** Runs a named query with these terms; resolves to rows of plain values (undefined when unbound). */
export async function select(name, terms = {}) {
  const text = await fill(name, terms);
  const started = performance.now();
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query: text }),
  });
  if (!response.ok) {
    throw new Error('query ' + name + ' failed: ' + response.status + ' ' + (await response.text()).slice(0, 300));
  }
  const json = await response.json();
  const record = { name, text, millis: Math.round(performance.now() - started), rows: json.results.bindings.length };
  ran.push(record);
  listeners.forEach((listener) => listener(record));
  return json.results.bindings.map((binding) => {
    const row = {};
    for (const variable of json.head.vars) {
      row[variable] = binding[variable] ? binding[variable].value : undefined;
    }
    return row;
  });
}

/** Calls the listener with every query run so far and every later one. */
export function onQuery(listener) {
  ran.forEach((record) => listener(record));
  listeners.push(listener);
}

/** The link that opens a query in Fuseki's editor on the dataset /kg. */
export function editorLink(text) {
  return '/fuseki/#/dataset/kg/query?query=' + encodeURIComponent(text);
}
