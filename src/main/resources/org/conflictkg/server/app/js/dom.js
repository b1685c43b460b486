// Building the page: every text goes in as a text node, never as HTML.

/** An element with attributes (strings; "class" and data-* included) and children (nodes or texts). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, ...children);
  return element;
}

/** Appends nodes and texts (texts as text nodes; undefined and null skipped; arrays flattened). */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** A link inside the application (path and query parameters) or, with no parameters, to a path. */
export function link(path, params, ...children) {
  const query = params ? '?' + new URLSearchParams(params).toString() : '';
  return el('a', { href: path + query }, ...children);
}

/** The link to an entity's, incident's or document's page, from its IRI. */
export function pageLink(kind, id, ...children) {
  const page = { actor: 'actor.html', entity: 'actor.html', incident: 'incident.html', document: 'document.html' }[kind];
  return link(page, { id }, ...(children.length ? children : [localName(id)]));
}

/** The last segment of an IRI, for display when there is no label. */
export function localName(id) {
  return id ? id.replace(/^.*[#/]/, '') : '';
}

/** A table with a header row and one row per item, cells built by the columns' functions. */
export function table(caption, columns, items) {
  return el('table', {},
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, columns.map(([title]) => el('th', { scope: 'col' }, title)))),
    el('tbody', {}, items.map((item) => el('tr', {}, columns.map(([, cell]) => el('td', {}, cell(item)))))));
}

/** Replaces the contents of the element with id with these children. */
export function fillSection(id, ...children) {
  const section = document.getElementById(id);
  section.replaceChildren();
  append(section, ...children);
  return section;
}

/** The page's query parameter, or the fallback. */
export function param(name, fallback = '') {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

/** Previous/next links over a paged list: the URL with another offset. */
export function pager(offsetName, offset, pageSize, shown) {
  const nav = el('nav', { class: 'pager', 'aria-label': 'pages' });
  const at = (value) => {
    const params = new URLSearchParams(location.search);
    params.set(offsetName, String(value));
    return '?' + params.toString();
  };
  if (offset > 0) {
    nav.append(el('a', { href: at(Math.max(0, offset - pageSize)), rel: 'prev' }, '← previous'));
  }
  nav.append(el('span', {}, shown ? ` ${offset + 1}–${offset + shown} ` : ' none '));
  if (shown === pageSize) {
    nav.append(el('a', { href: at(offset + pageSize), rel: 'next' }, 'next →'));
  }
  return nav;
}
