/**
 * The coverage table against oasdiff's list of breaking checks: every check is covered by a
 * breaking rule of ours, or has the reason we report it lower; every rule named is real and
 * exercised by a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OASDIFF_BREAKING } from './oasdiff-coverage';
import { isRuleId, RULES } from './rules';

const here = import.meta.dirname;
const listed = readFileSync(join(here, 'oasdiff-breaking-checks.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

describe("oasdiff's breaking checks", () => {
  it('has an entry for each listed check and none for a check not listed', () => {
    expect(listed.length).toBeGreaterThan(200);
    const missing = listed.filter((id) => !Object.hasOwn(OASDIFF_BREAKING, id));
    const extra = Object.keys(OASDIFF_BREAKING).filter((id) => !listed.includes(id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('covers each check with a breaking rule, or says why the level is lower', () => {
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(OASDIFF_BREAKING)) {
      for (const rule of entry.rules) if (!isRuleId(rule)) problems.push(`${id}: no rule ${rule}`);
      if (entry.kind === 'covered') {
        if (!entry.rules.some((rule) => isRuleId(rule) && RULES[rule].level === 'breaking'))
          problems.push(`${id}: "covered" by no breaking rule (${entry.rules.join(', ')})`);
        if (entry.partly !== undefined && entry.partly.length < 40)
          problems.push(`${id}: the note on what is reported lower is too short`);
      } else if (entry.reason.length < 40) problems.push(`${id}: the reason for a lower level is missing`);
    }
    expect(problems).toEqual([]);
  });

  it('names only rules that some test of this package exercises', () => {
    const tests = readdirSync(here)
      .filter((name) => name.endsWith('.test.ts') && name !== 'oasdiff-coverage.test.ts')
      .map((name) => readFileSync(join(here, name), 'utf8'))
      .join('\n');
    const named = new Set(Object.values(OASDIFF_BREAKING).flatMap((entry) => entry.rules));
    const untested = [...named].filter(
      (rule) => !tests.includes(`'${rule}:`) && !tests.includes(`'${rule}'`),
    );
    expect(untested).toEqual([]);
  });

  it('says why for each breaking rule of ours that matches no breaking check of oasdiff', () => {
    const named = new Set(
      Object.values(OASDIFF_BREAKING)
        .filter((entry) => entry.kind === 'covered')
        .flatMap((entry) => entry.rules),
    );
    const unexplained = Object.entries(RULES)
      .filter(([id, info]) => info.level === 'breaking' && !named.has(id as never) && !('differs' in info))
      .map(([id]) => id);
    expect(unexplained).toEqual([]);
  });

  it('leaves no check uncovered today: 205 covered (3 in part), 8 at a lower level with a reason', () => {
    const kinds = Object.values(OASDIFF_BREAKING).map((entry) => entry.kind);
    expect({
      covered: kinds.filter((k) => k === 'covered').length,
      lower: kinds.filter((k) => k === 'lower').length,
      partly: Object.values(OASDIFF_BREAKING).filter((e) => e.kind === 'covered' && e.partly).length,
    }).toEqual({ covered: 205, lower: 8, partly: 3 });
  });
});
