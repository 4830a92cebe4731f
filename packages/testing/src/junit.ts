/**
 * Large pytest-like JUnit reports for tests and benches of the JUnit reader: written in pieces,
 * so a report of a million test cases is never a string in the writer either.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export interface LargeJunitOptions {
  /** Test cases in the report. */
  readonly cases: number;
  /** Every `failEvery`-th case fails (0: none). */
  readonly failEvery?: number;
  /** Test modules the cases are spread over (`tests/test_mod_<n>.py`). */
  readonly modules?: number;
  /** Added to each case's index in its name, so two shards have different tests. */
  readonly offset?: number;
}

/** Writes a pytest xunit2 report of `options.cases` test cases to `file`; returns its size in bytes. */
export function writeLargeJunit(file: string, options: LargeJunitOptions): number {
  const { cases, failEvery = 0, modules = 1000, offset = 0 } = options;
  const fd = openSync(file, 'w');
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const write = (text: string): void => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 1 << 20) flush();
  };
  const flush = (): void => {
    const buffer = Buffer.from(pending.join(''), 'utf8');
    writeSync(fd, buffer);
    size += buffer.length;
    pending = [];
    pendingLength = 0;
  };
  try {
    const failures = failEvery > 0 ? Math.floor(cases / failEvery) : 0;
    write('<?xml version="1.0" encoding="utf-8"?>');
    write(
      `<testsuites><testsuite name="pytest" errors="0" failures="${failures}" skipped="0" tests="${cases}" time="${(cases * 0.004).toFixed(3)}" timestamp="2026-12-07T03:00:00" hostname="ci">`,
    );
    for (let i = 0; i < cases; i++) {
      const n = i + offset;
      const module = `tests.test_mod_${n % modules}`;
      const head = `<testcase classname="${module}.TestCase${n % 7}" name="test_case_${n}" time="0.00${n % 10}"`;
      if (failEvery > 0 && (i + 1) % failEvery === 0) {
        write(
          `${head}><failure message="assert ${n} == ${n + 1}">tests/test_mod_${n % modules}.py:12: in test_case_${n}&#10;    assert value == expected&#10;E   assert ${n} == ${n + 1}</failure></testcase>`,
        );
      } else {
        write(`${head} />`);
      }
    }
    write('</testsuite></testsuites>\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return size;
}
