// @ts-check
// Summaries of repeated measurements.

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * @param {number[]} runs
 * @returns {{ median: number, min: number, max: number, runs: number[] }}
 */
export function summarize(runs) {
  const rounded = runs.map((value) => Math.round(value * 10) / 10);
  return {
    median: Math.round(median(runs) * 10) / 10,
    min: Math.min(...rounded),
    max: Math.max(...rounded),
    runs: rounded,
  };
}
