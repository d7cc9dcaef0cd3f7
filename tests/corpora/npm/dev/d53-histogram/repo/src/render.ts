import { Bin } from './bins';

function edge(value: number, digits: number): string {
  return value.toFixed(digits);
}

// One line a bin: its range and a bar scaled so that the fullest bin is `width` characters long.
export function render(bins: readonly Bin[], width = 20, digits = 1): string {
  const counts = bins.map((bin) => bin.count);
  const fullest = Math.max(counts);
  const labels = bins.map((bin) => `[${edge(bin.lo, digits)}, ${edge(bin.hi, digits)})`);
  const pad = Math.max(...labels.map((label) => label.length));
  return bins
    .map((bin, i) => {
      const bar = fullest === 0 ? '' : '#'.repeat(Math.round((bin.count / fullest) * width));
      return [labels[i].padEnd(pad), bar, bin.count].filter((part) => part !== '').join(' ');
    })
    .join('\n');
}
