// Text with highlighted spans (brat/displaCy style), built from text nodes and <mark> elements only.
import { el } from './dom.js';

/**
 * The text from offset base on, with spans {begin, end, kind, title, href} (offsets into the whole document, in
 * UTF-16 code units as NIF gives them) marked. Spans on the same range are merged; a span overlapping one already
 * marked is left out. Each mark carries its offsets (data-begin, data-end) and kinds (data-kind, class kind-...).
 */
export function highlighted(text, base, spans, anchorAt) {
  const merged = new Map();
  for (const span of spans) {
    const key = span.begin + ',' + span.end;
    const known = merged.get(key);
    if (known) {
      known.kinds.add(span.kind);
      known.titles.add(span.title);
    } else {
      merged.set(key, { ...span, kinds: new Set([span.kind]), titles: new Set([span.title]) });
    }
  }
  const ordered = [...merged.values()].sort((a, b) => a.begin - b.begin || b.end - a.end);
  const nodes = [];
  let at = base;
  for (const span of ordered) {
    if (span.begin < at || span.end > base + text.length || span.end <= span.begin) {
      continue;
    }
    if (anchorAt !== undefined && anchorAt >= at && anchorAt < span.begin) {
      nodes.push(text.slice(at - base, anchorAt - base), el('span', { id: 'at-' + anchorAt }));
      at = anchorAt;
    }
    nodes.push(text.slice(at - base, span.begin - base));
    const kinds = [...span.kinds];
    const words = text.slice(span.begin - base, span.end - base);
    const title = [...span.titles].filter(Boolean).join('; ');
    nodes.push(el('mark', {
      class: 'span ' + kinds.map((kind) => 'kind-' + kind.replace(/[^A-Za-z0-9-]/g, '')).join(' '),
      'data-begin': span.begin, 'data-end': span.end, 'data-kind': kinds.join(' '), title,
    }, span.href ? el('a', { href: span.href }, words) : words));
    at = span.end;
  }
  if (anchorAt !== undefined && anchorAt >= at && anchorAt < base + text.length) {
    nodes.push(text.slice(at - base, anchorAt - base), el('span', { id: 'at-' + anchorAt }));
    at = anchorAt;
  }
  nodes.push(text.slice(at - base));
  return nodes;
}
