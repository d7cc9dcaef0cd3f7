import { mean, median } from './stat.js';

export function letterGrade(score) {
  if (score > 90) {
    return 'A';
  }
  if (score >= 80) {
    return 'B';
  }
  if (score >= 70) {
    return 'C';
  }
  return 'F';
}

export function summary(scores) {
  const grades = scores.map(letterGrade);
  const passed = scores.filter((score) => score >= 70);
  const counts = {};
  for (const grade of grades) {
    counts[grade] = (counts[grade] || 0) + 1;
  }
  return { mean: mean(scores), median: median(scores), counts };
}
