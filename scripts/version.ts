/**
 * The one version of maint-actions: the root package.json's `version`, which every workspace
 * package, the npm package (`npm/package.json`) and the GitLab components' default
 * `maint-actions-version` follow.
 *
 * - `pnpm release:version X.Y.Z` sets it everywhere, moves the `## Unreleased` section of
 *   CHANGELOG.md under `## X.Y.Z - <date>`, then runs `pnpm generate` and `pnpm build`;
 * - `pnpm release:check X.Y.Z` fails unless the tree is at X.Y.Z with its CHANGELOG section
 *   (the release workflow runs it before tagging);
 * - `pnpm --silent release:notes X.Y.Z` prints that section (the body of the release).
 *
 * Every file is checked and computed before the first is written: a refusal changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** A refusal of the version script: one line that says what to change. */
export class VersionError extends Error {
  override readonly name = 'VersionError';
}

/** A release version: `X.Y.Z`, numbers without leading zeros (pre-releases are not cut here). */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `[major, minor, patch]` of `X.Y.Z`. */
export function parseVersion(text: string): [number, number, number] {
  const match = VERSION.exec(text);
  if (!match) throw new VersionError(`"${text}" is not a version: give X.Y.Z, such as 1.4.2`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Negative when `a` is below `b`, zero when equal, positive above. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The heading `pnpm release:version` writes for a released section. */
const releasedHeading = (version: string, date: string): string => `## ${version} - ${date}`;
const UNRELEASED = /^## Unreleased[ \t]*$/m;

/** The next second-level heading at or after `from`, or the end of the text. */
function sectionEnd(text: string, from: number): number {
  const next = text.slice(from).search(/^## /m);
  return next === -1 ? text.length : from + next;
}

/** The body (without heading) of `## <version>` in the changelog, or undefined. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(?: - .*)?[ \\t]*$`, 'm').exec(changelog);
  if (!heading) return undefined;
  const start = heading.index + heading[0].length;
  return changelog.slice(start, sectionEnd(changelog, start)).trim();
}

/**
 * The changelog with the body of `## Unreleased` moved under `## <version> - <date>`, and an
 * empty `## Unreleased` above it for what comes next.
 */
export function moveUnreleased(changelog: string, version: string, date: string): string {
  if (changelogSection(changelog, version) !== undefined)
    throw new VersionError(`CHANGELOG.md already has a section for ${version}: pick the next version`);
  const heading = UNRELEASED.exec(changelog);
  if (!heading)
    throw new VersionError('CHANGELOG.md has no "## Unreleased" section: add one with the changes');
  const start = heading.index + heading[0].length;
  const end = sectionEnd(changelog, start);
  const body = changelog.slice(start, end).trim();
  if (!body)
    throw new VersionError('CHANGELOG.md has nothing under "## Unreleased": write what this release changes');
  const rest = changelog.slice(end);
  return `${changelog.slice(0, start)}\n\n${releasedHeading(version, date)}\n\n${body}\n${rest ? `\n${rest}` : ''}`;
}

/** The `version` of a package.json text set to `version`, the rest of the text kept as it was. */
export function setPackageVersion(text: string, version: string, file: string): string {
  const updated = text.replace(/^(\s*"version":\s*")[^"]*(")/m, `$1${version}$2`);
  if ((JSON.parse(updated) as { version?: unknown }).version !== version)
    throw new VersionError(`${file} has no top-level "version" field: add "version": "${version}"`);
  return updated;
}

/** The default of a component's `maint-actions-version` input, or undefined without one. */
const COMPONENT_DEFAULT = /(\n {4}maint-actions-version:\n(?: {6}(?!default:).*\n)*? {6}default: ).*\n/;

/** The default of a component's `image` input while it is the project's runtime image by tag. */
const IMAGE_DEFAULT =
  /(\n {4}image:\n(?: {6}(?!default:).*\n)*? {6}default: ghcr\.io\/org\/maint-actions:)[^\s@]+\n/;

/**
 * A GitLab component with its `maint-actions-version` default, and its `image` default when that
 * is the project's runtime image by tag, set to `version` (unchanged without them).
 */
export function setComponentDefault(template: string, version: string): string {
  return template.replace(COMPONENT_DEFAULT, `$1${version}\n`).replace(IMAGE_DEFAULT, `$1${version}\n`);
}

/** The files that carry the version, relative to `root`: package.json files, then templates. */
export function versionedFiles(root: string): { packages: string[]; templates: string[] } {
  const workspace = parse(readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')) as {
    packages?: string[];
  };
  const packages = ['package.json', 'npm/package.json'];
  for (const pattern of workspace.packages ?? []) {
    const dir = pattern.replace(/\/\*$/, '');
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const file = `${dir}/${entry.name}/package.json`;
      if (entry.isDirectory() && existsSync(path.join(root, file))) packages.push(file);
    }
  }
  const templates = readdirSync(path.join(root, 'templates'))
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => `templates/${name}`);
  return { packages, templates };
}

const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

/** The version of the repository: the root package.json's. */
export function repoVersion(root: string): string {
  return (JSON.parse(read(root, 'package.json')) as { version: string }).version;
}

/**
 * Sets `version` in every file that carries it and moves the changelog's Unreleased section
 * under it, dated `date` (YYYY-MM-DD). Returns the files changed, relative to `root`. Refuses a
 * malformed version, one below the current, one already in the changelog, and an empty
 * Unreleased section, before writing anything.
 */
export async function setVersion(root: string, version: string, date: string): Promise<string[]> {
  parseVersion(version);
  const current = repoVersion(root);
  if (compareVersions(version, current) < 0)
    throw new VersionError(`${version} is below the current version ${current}: give a higher one`);
  const { packages, templates } = versionedFiles(root);
  const updates = new Map<string, string>();
  updates.set('CHANGELOG.md', moveUnreleased(read(root, 'CHANGELOG.md'), version, date));
  for (const file of packages) updates.set(file, setPackageVersion(read(root, file), version, file));
  for (const file of templates) updates.set(file, setComponentDefault(read(root, file), version));
  const changed: string[] = [];
  for (const [file, content] of updates) {
    if (content === read(root, file)) continue;
    await writeFile(path.join(root, file), content);
    changed.push(file);
  }
  return changed;
}

/** `files` for a one-line message: the first three, then how many more. */
function listed(files: string[]): string {
  const more = files.length - 3;
  return more > 0 ? `${files.slice(0, 3).join(', ')} and ${more} more` : files.join(', ');
}

/**
 * What is not at `version` in the tree: package.json files, component defaults, the changelog
 * section. Empty when the tree is ready to be released as `version`.
 */
export function versionProblems(root: string, version: string): string[] {
  parseVersion(version);
  const { packages, templates } = versionedFiles(root);
  const problems: string[] = [];
  const stalePackages = packages.filter(
    (file) => (JSON.parse(read(root, file)) as { version?: string }).version !== version,
  );
  if (stalePackages.length > 0) problems.push(`the version of ${listed(stalePackages)}`);
  const staleTemplates = templates.filter((file) => {
    const text = read(root, file);
    return setComponentDefault(text, version) !== text;
  });
  if (staleTemplates.length > 0)
    problems.push(`the maint-actions-version default of ${listed(staleTemplates)}`);
  if (!changelogSection(read(root, 'CHANGELOG.md'), version)) problems.push('the CHANGELOG.md section');
  return problems;
}

/** Runs a pnpm script in `root`, output to the terminal; throws when it fails. */
function pnpm(root: string, script: string): void {
  const result = spawnSync('pnpm', [script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`pnpm ${script} failed; fix it and run it again`);
}

const USAGE = 'usage: tsx scripts/version.ts <X.Y.Z> | check <X.Y.Z> | notes <X.Y.Z>';

/**
 * The command, on `argv` after the script name. `check` and `notes` take a tag (`v1.4.2`) as
 * well as a version, so CI can pass the tag it runs for.
 */
export async function main(argv: string[], root: string, today = new Date()): Promise<void> {
  const [first, second] = argv;
  if (first === 'notes' || first === 'check') {
    if (!second) throw new VersionError(USAGE);
    const version = second.replace(/^v/, '');
    parseVersion(version);
    if (first === 'notes') {
      const notes = changelogSection(read(root, 'CHANGELOG.md'), version);
      if (!notes) throw new VersionError(`CHANGELOG.md has no section for ${version}`);
      process.stdout.write(`${notes}\n`);
      return;
    }
    const problems = versionProblems(root, version);
    if (problems.length > 0)
      throw new VersionError(
        `the tree is not at ${version}: ${problems.join('; ')}. Run pnpm release:version ${version} and commit`,
      );
    console.log(`Every file is at ${version}, and CHANGELOG.md has its section.`);
    return;
  }
  if (!first || second !== undefined) throw new VersionError(USAGE);
  const changed = await setVersion(root, first, today.toISOString().slice(0, 10));
  console.log(`Set ${first} in ${changed.join(', ')}`);
  pnpm(root, 'generate');
  pnpm(root, 'build');
  console.log(
    `Review and commit (git commit -am "chore(release): ${first}"), merge, then run the release workflow with ${first}.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  main(process.argv.slice(2), root).catch((error: unknown) => {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
