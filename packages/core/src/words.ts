/** Words for people: counts with their noun. */

/** `1 finding`, `3 findings`, `2 vulnerabilities` with `many` given (thousands separated: `1,200 packages`). */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${thousands(count)} ${count === 1 ? word : many}`;
}

/**
 * `1,200`: a count with its thousands separated, as `toLocaleString('en-US')` writes it, without
 * loading ICU's locale data (20–45 ms of CPU on the first call, in every run that writes a report).
 */
export function thousands(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US');
  const digits = String(Math.abs(count));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
