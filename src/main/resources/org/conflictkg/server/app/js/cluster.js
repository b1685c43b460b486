// Clustering of map points: a greedy grid clustering and the choice of a cluster's colour, pure and deterministic (no
// Leaflet, no page), so that a test can run them on fixed input.

/**
 * Groups points closer than `distance` to each other (x and y in screen pixels on a map). Each point in turn, in the
 * order given, that no group holds yet starts a group and takes every free point closer than `distance` to it; a grid
 * of cells `distance` wide finds those neighbours without comparing every pair. The same input always gives the same
 * groups. Returns the groups as arrays of indices into `points`, each ascending, in the order of their first point.
 * A `distance` that is not a positive number leaves every point alone.
 */
export function clusterPoints(points, distance) {
  if (!(distance > 0)) {
    return points.map((_, index) => [index]);
  }
  const cellOf = (point) => [Math.floor(point.x / distance), Math.floor(point.y / distance)];
  const cells = new Map();
  points.forEach((point, index) => {
    const key = cellOf(point).join(',');
    if (!cells.has(key)) {
      cells.set(key, []);
    }
    cells.get(key).push(index);
  });
  const taken = points.map(() => false);
  const groups = [];
  points.forEach((seed, index) => {
    if (taken[index]) {
      return;
    }
    taken[index] = true;
    const group = [index];
    const [column, row] = cellOf(seed);
    for (let i = column - 1; i <= column + 1; i++) {
      for (let j = row - 1; j <= row + 1; j++) {
        for (const other of cells.get(i + ',' + j) || []) {
          if (!taken[other] && Math.hypot(points[other].x - seed.x, points[other].y - seed.y) < distance) {
            taken[other] = true;
            group.push(other);
          }
        }
      }
    }
    groups.push(group.sort((a, b) => a - b));
  });
  return groups;
}

/**
 * The key with the largest total weight among `entries` ({key, weight}); a tie goes to the key first in alphabetical
 * order, so the answer never depends on the order of the entries. Undefined when there are none.
 */
export function heaviestKey(entries) {
  const totals = new Map();
  for (const { key, weight } of entries) {
    totals.set(key, (totals.get(key) || 0) + weight);
  }
  let best;
  for (const [key, total] of totals) {
    if (best === undefined || total > totals.get(best) || (total === totals.get(best) && key < best)) {
      best = key;
    }
  }
  return best;
}
