// Class breaks for a choropleth. Every method returns the inner thresholds, ascending and
// distinct: a value v falls in class i when thresholds[i-1] <= v < thresholds[i] (class 0 below
// the first threshold, the last class at or above the last one).

/** Jenks works on at most this many values: evenly spaced order statistics of larger inputs. */
export const JENKS_SAMPLE = 1000;

function sortedFinite(values) {
  return values.filter((v) => v != null && Number.isFinite(v)).sort((a, b) => a - b);
}

function distinctAscending(values) {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/** The class of a value for these thresholds. */
export function classIndex(value, thresholds) {
  let index = 0;
  while (index < thresholds.length && value >= thresholds[index]) index++;
  return index;
}

/**
 * Quantiles: k classes holding about the same number of territories. The threshold between
 * classes i-1 and i is the value at rank floor(i·n/k) of the sorted values; ties merge classes.
 */
export function quantileBreaks(values, k) {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return [];
  const thresholds = [];
  for (let i = 1; i < k; i++) thresholds.push(sorted[Math.floor((i * sorted.length) / k)]);
  return distinctAscending(thresholds).filter((t) => t > sorted[0]);
}

function evenlySpaced(sorted, max) {
  if (sorted.length <= max) return sorted;
  const picked = [];
  for (let i = 0; i < max; i++) picked.push(sorted[Math.round((i * (sorted.length - 1)) / (max - 1))]);
  return picked;
}

/**
 * Jenks natural breaks: the partition of the sorted values into k contiguous classes with the
 * least total within-class sum of squared deviations, found exactly by dynamic programming over
 * prefix sums in O(k·n²) for the n ≤ JENKS_SAMPLE values used. Fewer classes when there are
 * fewer than k distinct values.
 */
export function jenksBreaks(values, k) {
  const x = evenlySpaced(sortedFinite(values), JENKS_SAMPLE);
  const classes = Math.min(k, distinctAscending(x).length);
  if (classes < 2) return [];
  const n = x.length;
  const sum = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sum[i + 1] = sum[i] + x[i];
    squares[i + 1] = squares[i] + x[i] * x[i];
  }
  // Sum of squared deviations of x[from..to-1].
  const deviation = (from, to) => {
    const s = sum[to] - sum[from];
    return squares[to] - squares[from] - (s * s) / (to - from);
  };
  // best[j]: least cost of the first j values in (c+1) classes; lastStart[c][j]: where the
  // last of those classes starts.
  let best = Float64Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : deviation(0, j)));
  const lastStart = [];
  for (let c = 1; c < classes; c++) {
    const next = new Float64Array(n + 1).fill(Infinity);
    const start = new Int32Array(n + 1);
    for (let j = c + 1; j <= n; j++) {
      for (let i = c; i < j; i++) {
        const cost = best[i] + deviation(i, j);
        if (cost < next[j]) {
          next[j] = cost;
          start[j] = i;
        }
      }
    }
    lastStart.push(start);
    best = next;
  }
  const thresholds = [];
  for (let c = classes - 1, end = n; c >= 1; c--) {
    end = lastStart[c - 1][end];
    thresholds.push(x[end]);
  }
  return distinctAscending(thresholds.reverse());
}

/** Thresholds for a method: 'quantile', 'jenks', or 'fixed' (the given reference thresholds). */
export function breaks(method, values, k, fixedThresholds) {
  if (method === 'jenks') return jenksBreaks(values, k);
  if (method === 'fixed') return fixedThresholds.slice();
  return quantileBreaks(values, k);
}
