// A timeline of incidents: one bar per month (or year, for dates known to the year only), each a link.
import { el } from './dom.js';

/** Bars for rows {month, incidents}; hrefOf(month) gives each bar's link (or nothing). */
export function timelineBars(rows, hrefOf) {
  if (!rows.length) {
    return el('p', { class: 'empty' }, 'No dated incidents.');
  }
  const most = Math.max(...rows.map((row) => Number(row.incidents)));
  const bars = el('ol', { class: 'timeline', 'aria-label': 'incidents per month' });
  for (const row of rows) {
    const count = Number(row.incidents);
    const bar = el('span', { class: 'bar' });
    bar.style.height = Math.max(4, Math.round((count / most) * 100)) + '%';
    const label = `${row.month}: ${count} incident${count === 1 ? '' : 's'}`;
    const href = hrefOf ? hrefOf(row.month) : null;
    bars.append(el('li', { title: label },
      href ? el('a', { href, 'aria-label': label }, bar) : bar,
      el('span', { class: 'month' }, row.month)));
  }
  return bars;
}

/** Rows {month, incidents} counted from items with a date, by month. */
export function monthsOf(items) {
  const counts = new Map();
  for (const item of items) {
    if (item.date) {
      const month = item.date.slice(0, 7);
      counts.set(month, (counts.get(month) || 0) + 1);
    }
  }
  return [...counts.entries()].sort().map(([month, incidents]) => ({ month, incidents }));
}
