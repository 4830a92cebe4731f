/**
 * docs/parity.md names, for every action of the tool, its artefact on GitHub, on GitLab and in a
 * terminal and the test that runs it there end to end. The actions come from the registry, so a
 * new action without a row, a cell, an artefact or a test fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import { registry } from '../packages/cli/src/registry';

const PLACES = ['GitHub', 'GitLab', 'Terminal'] as const;
type Place = (typeof PLACES)[number];
const NO_TEST = 'no e2e test';

interface Cell {
  readonly artefact: string;
  /** The e2e test file, or undefined for "no e2e test". */
  readonly test: string | undefined;
}

const docPath = path.join(repoRoot, 'docs', 'parity.md');
const doc = readFileSync(docPath, 'utf8');

/** The rows of the parity table: action -> place -> cell (a cell that does not parse is undefined). */
function parseTable(text: string): Map<string, Partial<Record<Place, Cell>>> {
  const rows = new Map<string, Partial<Record<Place, Cell>>>();
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  const header = (lines[0] ?? '').split('|').map((c) => c.trim());
  expect(header.slice(1, 5)).toEqual(['Action', ...PLACES]);
  for (const line of lines.slice(2)) {
    const cells = line.split('|').map((c) => c.trim());
    const action = cells[1] ?? '';
    const row: Partial<Record<Place, Cell>> = {};
    PLACES.forEach((place, i) => {
      const m = /^`([^`]+)` · (?:`([^`]+)`|(no e2e test))$/.exec(cells[i + 2] ?? '');
      if (m) row[place] = { artefact: m[1] as string, test: m[2] };
    });
    rows.set(action, row);
  }
  return rows;
}

const table = parseTable(doc);
const actions = registry.map((a) => a.spec);
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

/** The artefact each place must name: the generated one, or for a CLI-only action a file that runs it. */
function artefactProblem(name: string, cliOnly: boolean, place: Place, artefact: string): string | undefined {
  if (place === 'Terminal') {
    return artefact === `maint-actions ${name}` ? undefined : `should be \`maint-actions ${name}\``;
  }
  const generated = place === 'GitHub' ? `${name}/action.yml` : `templates/${name}.yml`;
  if (!cliOnly) return artefact === generated ? undefined : `should be \`${generated}\``;
  if (!existsSync(path.join(repoRoot, artefact))) return `${artefact} does not exist`;
  return new RegExp(`(maint-actions(@[\\w.]+)?|\\$MAINT_ACTIONS_BIN) ${name}\\b`).test(read(artefact))
    ? undefined
    : `${artefact} does not run \`maint-actions ${name}\``;
}

/** The test file a place's tests live in by convention, used to catch a stale "no e2e test". */
function conventionalTest(name: string, place: Place): string {
  return {
    GitHub: `tests/bundles/${name}.test.ts`,
    GitLab: `tests/gitlab/${name}.test.ts`,
    Terminal: `tests/cli/${name}.test.ts`,
  }[place];
}

/** What shows that a test file runs its place end to end. */
const RUNS: Record<Place, RegExp> = {
  GitHub: /runBundle|local-action/,
  GitLab: /runComponentJob|gitlab-ci-local/,
  Terminal: /\brunCli\(|cliBundle|dist', 'cli', 'index\.js'/,
};

/** What is wrong with an action's row: no cell, a wrong artefact, a missing or unrelated test, a stale "no e2e test". */
function rowProblems(name: string, cliOnly: boolean, row: Partial<Record<Place, Cell>>): string[] {
  const problems: string[] = [];
  for (const place of PLACES) {
    const cell = row[place];
    if (!cell) {
      problems.push(`${place}: no cell of the form \`artefact\` · \`test file\` (or · ${NO_TEST})`);
      continue;
    }
    const artefact = artefactProblem(name, cliOnly, place, cell.artefact);
    if (artefact) problems.push(`${place}: ${artefact}`);
    if (cell.test === undefined) {
      const conventional = conventionalTest(name, place);
      if (existsSync(path.join(repoRoot, conventional))) {
        problems.push(`${place}: says "${NO_TEST}" but ${conventional} exists`);
      }
      continue;
    }
    if (!existsSync(path.join(repoRoot, cell.test))) {
      problems.push(`${place}: ${cell.test} does not exist`);
      continue;
    }
    const source = read(cell.test);
    if (!RUNS[place].test(source)) problems.push(`${place}: ${cell.test} does not run ${place} end to end`);
    if (!source.includes(name)) problems.push(`${place}: ${cell.test} does not mention ${name}`);
  }
  return problems;
}

/**
 * What is wrong with an action's run under GitHub's local runner: every action with an action.yml
 * has tests/local-action/<action>.test.ts, which runs it through `runLocalAction('<action>', …)`.
 */
function localActionProblem(name: string): string | undefined {
  const file = `tests/local-action/${name}.test.ts`;
  if (!existsSync(path.join(repoRoot, file))) return `${file} does not exist`;
  return read(file).includes(`runLocalAction('${name}'`)
    ? undefined
    : `${file} does not run runLocalAction('${name}', …)`;
}

describe('docs/parity.md', () => {
  it('has one row per action of the registry, in its order', () => {
    expect([...table.keys()]).toEqual(actions.map((a) => a.name));
  });

  it.each(actions.map((a) => [a.name, a.cliOnly === true] as const))(
    '%s: a cell in every place, naming its artefact and an existing e2e test of it',
    (name, cliOnly) => {
      expect(rowProblems(name, cliOnly, table.get(name) ?? {})).toEqual([]);
    },
  );

  it.each(actions.filter((a) => a.cliOnly !== true).map((a) => a.name))(
    '%s: a test under @github/local-action (tests/local-action/<action>.test.ts)',
    (name) => {
      expect(localActionProblem(name)).toBeUndefined();
    },
  );

  it('finds an action without a local-action test and says which file to add', () => {
    expect(localActionProblem('rollback-nope')).toBe(
      'tests/local-action/rollback-nope.test.ts does not exist',
    );
    expect(doc).toContain('tests/local-action/<action>.test.ts');
  });

  it('states the parity figure of the table', () => {
    const cells = [...table.values()].flatMap((row) => PLACES.map((p) => row[p]));
    const tested = cells.filter((c) => c?.test !== undefined).length;
    expect(doc).toContain(`Parity: ${tested} of ${actions.length * PLACES.length} cells have an e2e test.`);
  });

  it('finds a missing cell, a missing test, a wrong artefact and a stale "no e2e test"', () => {
    const broken = parseTable(
      [
        '| Action | GitHub | GitLab | Terminal |',
        '| --- | --- | --- | --- |',
        '| checklist | `checklist/action.yml` · `tests/bundles/nope.test.ts` | | `maint-actions check` · no e2e test |',
      ].join('\n'),
    );
    expect(rowProblems('checklist', false, broken.get('checklist') ?? {})).toEqual([
      'GitHub: tests/bundles/nope.test.ts does not exist',
      'GitLab: no cell of the form `artefact` · `test file` (or · no e2e test)',
      'Terminal: should be `maint-actions checklist`',
    ]);
    const stale = parseTable(
      [
        '| Action | GitHub | GitLab | Terminal |',
        '| --- | --- | --- | --- |',
        '| tag-release | `tag-release/action.yml` · no e2e test | `templates/tag-release.yml` · `tests/gitlab/checklist.test.ts` | `maint-actions tag-release` · `tests/cli/actions.test.ts` |',
      ].join('\n'),
    );
    expect(rowProblems('tag-release', false, stale.get('tag-release') ?? {})).toEqual([
      'GitHub: says "no e2e test" but tests/bundles/tag-release.test.ts exists',
      'GitLab: tests/gitlab/checklist.test.ts does not mention tag-release',
    ]);
  });
});
