/** Words for people: counts with their noun. */

/** `1 finding`, `3 findings`, `2 vulnerabilities` with `many` given (thousands separated: `1,200 packages`). */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : many}`;
}
