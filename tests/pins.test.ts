/**
 * docs/pins.md is the one list of third-party action pins: every `uses: owner/repo@…` in the
 * workflows, starters, components, docs and READMEs is a full commit SHA with its tag in a
 * comment, listed in the table with the same SHA and tag, on a runtime no older than node24. The
 * pinned images (ZAP, the Node base) are the table's too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';

/** A row of the actions table. */
interface PinRow {
  readonly action: string;
  readonly tag: string;
  readonly sha: string;
  readonly runtime: string;
}

/** A `uses:` of a third-party action found in a file. */
interface PinUse {
  readonly file: string;
  readonly line: number;
  readonly action: string;
  readonly ref: string;
  readonly comment: string;
}

/** The actions table of docs/pins.md: rows under the header that starts with `| Action |`. */
function parsePinsTable(markdown: string): PinRow[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Action |'));
  if (start === -1) throw new Error('docs/pins.md has no table with an "| Action |" header');
  const rows: PinRow[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [action = '', tag = '', sha = '', runtime = ''] = line
      .split('|')
      .slice(1)
      .map((c) => c.trim());
    rows.push({ action, tag, sha, runtime });
  }
  return rows;
}

/** Runtimes GitHub still runs without a deprecation: node24 and later. */
function runtimeProblem(row: PinRow): string | undefined {
  const major = /^node(\d+)$/.exec(row.runtime)?.[1];
  if (major === undefined) return `${row.action}: runtime "${row.runtime}" is not nodeNN`;
  return Number(major) < 24 ? `${row.action}: runtime ${row.runtime} is older than node24` : undefined;
}

/** This repository's own actions, local paths and placeholders are not third-party pins. */
const OWN = /^(?:org|<owner>|<group>)\/maint-actions(?:\/|@)/;
const USES = /^\s*(?:-\s+)?uses:\s*([^\s@#]+)@(\S+)[ \t]*(?:#\s*(.*))?$/;

/** Every third-party `uses:` in `text`. */
function findUses(file: string, text: string): PinUse[] {
  const found: PinUse[] = [];
  text.split('\n').forEach((line, index) => {
    const match = USES.exec(line);
    if (!match) return;
    const [, target = '', ref = '', comment = ''] = match;
    if (target.startsWith('./') || target.startsWith('docker://') || OWN.test(`${target}@`)) return;
    // `owner/repo/sub/path` is pinned as the repository `owner/repo`.
    const action = target.split('/').slice(0, 2).join('/');
    found.push({ file, line: index + 1, action, ref, comment: comment.trim() });
  });
  return found;
}

/** What is wrong with the uses against the table, one line each. */
function pinProblems(rows: PinRow[], uses: PinUse[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const runtime = runtimeProblem(row);
    if (runtime) problems.push(`docs/pins.md: ${runtime}`);
    if (!/^[0-9a-f]{40}$/.test(row.sha))
      problems.push(`docs/pins.md: ${row.action}: "${row.sha}" is not a full SHA`);
  }
  const byAction = new Map(rows.map((row) => [row.action, row]));
  for (const use of uses) {
    const where = `${use.file}:${use.line}`;
    if (!/^[0-9a-f]{40}$/.test(use.ref)) {
      problems.push(`${where}: ${use.action}@${use.ref} is not pinned by a full commit SHA`);
      continue;
    }
    const row = byAction.get(use.action);
    if (!row) {
      problems.push(`${where}: ${use.action} is not in docs/pins.md`);
      continue;
    }
    if (row.sha !== use.ref)
      problems.push(`${where}: ${use.action}@${use.ref} is not the SHA in docs/pins.md (${row.sha})`);
    const tag = /^(v\d+(?:\.\d+)*)/.exec(use.comment)?.[1];
    if (tag !== row.tag)
      problems.push(`${where}: ${use.action} says "# ${use.comment}", docs/pins.md says ${row.tag}`);
  }
  return problems;
}

const SKIP = new Set(['node_modules', 'dist', '.git', '.venv', '.maint-actions', '.gitlab-ci-local']);

/** The files whose pins count: workflows, starters, components, docs and every README. */
function pinnedFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name)) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|md)$/.test(name)) files.push(full);
    }
  };
  for (const dir of ['.github', 'workflows-templates', 'templates', 'docs']) walk(path.join(repoRoot, dir));
  for (const name of readdirSync(repoRoot)) {
    const readme = path.join(repoRoot, name, 'README.md');
    if (!SKIP.has(name) && statSync(path.join(repoRoot, name)).isDirectory()) {
      try {
        statSync(readme);
        files.push(readme);
      } catch {
        // no README in that folder
      }
    }
  }
  files.push(path.join(repoRoot, 'README.md'));
  return files;
}

const pinsDoc = readFileSync(path.join(repoRoot, 'docs', 'pins.md'), 'utf8');
const rows = parsePinsTable(pinsDoc);
const allUses = pinnedFiles().flatMap((file) =>
  findUses(path.relative(repoRoot, file), readFileSync(file, 'utf8')),
);

describe('docs/pins.md and the pins in the repository', () => {
  it('finds each kind of problem', () => {
    const table = [
      '| Action | Tag | SHA | Runtime | Checked | Breaking changes reviewed |',
      '| --- | --- | --- | --- | --- | --- |',
      `| actions/checkout | v7.0.1 | ${'a'.repeat(40)} | node24 | 2026-12-07 | none |`,
      `| actions/old | v1.0.0 | ${'b'.repeat(40)} | node20 | 2026-12-07 | none |`,
    ].join('\n');
    const workflow = [
      `      - uses: actions/checkout@${'a'.repeat(40)} # v7.0.1`,
      '      - uses: actions/checkout@v7',
      `      - uses: actions/checkout@${'c'.repeat(40)} # v7.0.1`,
      `      - uses: actions/checkout@${'a'.repeat(40)} # v6.0.0`,
      `      - uses: actions/setup-python@${'d'.repeat(40)} # v7.0.0`,
      `      - uses: github/codeql-action/upload-sarif@${'e'.repeat(40)} # v4.36.2`,
      '      - uses: org/maint-actions/quality-gates@v1',
      '      - uses: ./tag-release',
    ].join('\n');
    expect(pinProblems(parsePinsTable(table), findUses('w.yml', workflow))).toEqual([
      'docs/pins.md: actions/old: runtime node20 is older than node24',
      'w.yml:2: actions/checkout@v7 is not pinned by a full commit SHA',
      `w.yml:3: actions/checkout@${'c'.repeat(40)} is not the SHA in docs/pins.md (${'a'.repeat(40)})`,
      'w.yml:4: actions/checkout says "# v6.0.0", docs/pins.md says v7.0.1',
      'w.yml:5: actions/setup-python is not in docs/pins.md',
      'w.yml:6: github/codeql-action is not in docs/pins.md',
    ]);
  });

  it('lists every action used, each on node24 or later', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(allUses.length).toBeGreaterThan(50);
    expect(pinProblems(rows, allUses)).toEqual([]);
  });

  it('has no row for an action nothing uses', () => {
    const used = new Set(allUses.map((use) => use.action));
    expect(rows.filter((row) => !used.has(row.action)).map((row) => row.action)).toEqual([]);
  });

  it('pins the images the table lists, by version and digest, in every place', () => {
    const images = pinsDoc
      .split('\n')
      .filter((line) => /^\| (ghcr\.io\/|node )/.test(line))
      .map((line) => line.split('|').map((c) => c.trim()));
    expect(images).toHaveLength(2);
    const [zap, node] = images;
    const zapRef = `${zap?.[1]}:${zap?.[2]}@${zap?.[3]}`;
    expect(zapRef).toMatch(/^ghcr\.io\/zaproxy\/zaproxy:\d+\.\d+\.\d+@sha256:[0-9a-f]{64}$/);
    expect(readFileSync(path.join(repoRoot, 'templates', 'pipeline.yml'), 'utf8')).toContain(
      `default: ${zapRef}`,
    );
    expect(readFileSync(path.join(repoRoot, '.github', 'workflows', 'django-deploy.yml'), 'utf8')).toContain(
      `docker_name: ${zapRef}`,
    );
    const nodeRef = `node:${node?.[2]}@${node?.[3]}`;
    expect(nodeRef).toMatch(/^node:24\.\d+\.\d+-bookworm-slim@sha256:[0-9a-f]{64}$/);
    expect(readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')).toContain(`FROM ${nodeRef}`);
    expect(readFileSync(path.join(repoRoot, '.gitlab-ci.yml'), 'utf8')).toContain(`NODE_IMAGE: ${nodeRef}`);
  });
});
