/**
 * What `maint-actions init` reads from a repository: where manage.py is, the settings module, the
 * Python version, what to install, the committed schema, a Dockerfile, the health URL and its
 * version field, the default branch, the GitLab project and the workflows already there. Reads
 * files and git only; nothing here writes.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';

/** Everything init fills in, each with where it came from (shown to the user). */
export interface RepoFacts {
  /** Directory of manage.py relative to the repository root (`.` at the root). */
  readonly workingDirectory: string;
  readonly settingsModule: Found<string> | undefined;
  readonly pythonVersion: Found<string>;
  /** Requirement files or pyproject.toml, relative to the repository root. */
  readonly install: readonly string[];
  /** Requirement files relative to the working directory (for the dependency audit). */
  readonly auditRequirements: readonly string[];
  /** The committed OpenAPI schema, relative to the working directory. */
  readonly schema: string | undefined;
  /** The Dockerfile, relative to the repository root. */
  readonly dockerfile: string | undefined;
  readonly healthPath: Found<string> | undefined;
  readonly versionPointer: Found<string> | undefined;
  readonly defaultBranch: Found<string>;
  /** `group/project` of the `origin` remote, when it has one. */
  readonly projectPath: string | undefined;
  /** Files under .github/workflows (relative to the root), whoever wrote them. */
  readonly githubWorkflows: readonly string[];
  readonly hasGitlabCi: boolean;
  /** Whether import-linter has contracts here (.importlinter, setup.cfg or pyproject.toml). */
  readonly importLinter: boolean;
}

/** A value and where it was found (`manage.py`, `.python-version`, `--python-version`, `default`). */
export interface Found<T> {
  readonly value: T;
  readonly source: string;
}

/** What the user gave on the command line, which wins over what is found. */
export interface DetectOverrides {
  readonly workingDirectory?: string;
  readonly pythonVersion?: string;
  readonly healthPath?: string;
  readonly versionPointer?: string;
}

/** Folders never searched for manage.py: virtualenvs, dependencies, caches, build output. */
const SKIP_DIRS = new Set(['node_modules', 'venv', 'env', 'site-packages', 'dist', 'build', '__pycache__']);

/** Python minor versions init chooses among (actions/setup-python has them all). */
const PYTHON_MINORS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
/** The reusable workflows' own default, when the repository says nothing. */
const DEFAULT_PYTHON = '3.12';

/** Committed schema names init looks for in the working directory, most common first. */
const SCHEMA_NAMES = [
  'schema.yml',
  'schema.yaml',
  'openapi.yml',
  'openapi.yaml',
  'openapi.json',
  'schema.json',
];

/** Route words that name a health endpoint. */
const HEALTH_ROUTE = /(^|\/)(healthz?|health-check|healthcheck|ready|readyz|livez|ping|status)(\/|$)/;
/** Keys of a health response that carry the running version, in the order they are preferred. */
const VERSION_KEYS = ['version', 'commit', 'sha', 'git_sha', 'revision', 'release'];

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

function git(root: string, ...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The top of the git work tree that holds `cwd` (init writes there), else `cwd` itself. */
export function repositoryRoot(cwd: string): string {
  return git(cwd, 'rev-parse', '--show-toplevel') ?? cwd;
}

/** Directories holding a manage.py, relative to `root`, at most three levels down. */
async function findManagePy(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === 'manage.py'))
      found.push(path.relative(root, dir) || '.');
    if (depth === 3) return;
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
      await walk(path.join(dir, entry.name), depth + 1);
    }
  };
  await walk(root, 0);
  return found.sort();
}

async function workingDirectoryOf(root: string, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    const normal = path.normalize(given).replace(/\/+$/, '') || '.';
    if (path.isAbsolute(normal) || normal.startsWith('..'))
      throw new ConfigError(`--working-directory must be inside the repository, not "${given}".`);
    if (!(await isFile(path.join(root, normal, 'manage.py'))))
      throw new ConfigError(
        `--working-directory ${given} has no manage.py: give the folder where manage.py is.`,
      );
    return normal;
  }
  const found = await findManagePy(root);
  if (found.length === 0)
    throw new ConfigError(
      'No manage.py in this repository (three levels down): run init in a Django project, or give --working-directory.',
    );
  if (found.length > 1)
    throw new ConfigError(
      `Several manage.py found (${found.join(', ')}): choose one with --working-directory.`,
    );
  return found[0]!;
}

const SETTINGS_IN_TEXT = /DJANGO_SETTINGS_MODULE["']?\s*[,=:]\s*["']?([A-Za-z_][\w.]*)/;

async function settingsModuleOf(root: string, wd: string): Promise<Found<string> | undefined> {
  const places = ['manage.py', 'pyproject.toml', 'pytest.ini', 'setup.cfg', 'tox.ini', '.env'];
  for (const name of places) {
    const text = await readText(path.join(root, wd, name));
    const match = text && SETTINGS_IN_TEXT.exec(text);
    if (match) return { value: match[1]!, source: path.join(wd, name) };
  }
  return undefined;
}

/** `3.10.4` → `3.10`; undefined when it is not a Python 3 version. */
function minorOf(text: string): string | undefined {
  const match = /^\s*(?:python-?)?(3\.\d+)/i.exec(text);
  return match?.[1];
}

function compareMinor(a: string, b: string): number {
  return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}

/** The highest minor of PYTHON_MINORS that a `requires-python` specifier allows. */
export function pythonFromRequires(spec: string): string | undefined {
  const clauses = spec
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const allowed = PYTHON_MINORS.filter((minor) =>
    clauses.every((clause) => {
      const match = /^(~=|==|!=|<=|>=|<|>)\s*(\d+(?:\.\d+)*)(\.\*)?$/.exec(clause);
      if (!match) return true;
      const [, op, version] = match;
      const [major = 0, wanted = 0] = version!.split('.').map(Number);
      const candidate = Number(minor.split('.')[1]);
      const cmp = major !== 3 ? 3 - major : candidate - wanted;
      switch (op) {
        case '>=':
        case '~=':
          return cmp >= 0;
        case '>':
          // `>3.8` allows 3.8.1: only a whole minor above is certain to be allowed.
          return version!.split('.').length > 2 ? cmp >= 0 : cmp > 0;
        case '<':
          return cmp < 0;
        case '<=':
          return cmp <= 0;
        case '==':
          return cmp === 0;
        case '!=':
          return version!.split('.').length > 2 || cmp !== 0;
        default:
          return true;
      }
    }),
  );
  return allowed.sort(compareMinor).at(-1);
}

/** The project's Python, as actions/setup-python's python-version-file reads it. */
async function pythonVersionOf(root: string, wd: string, given: string | undefined): Promise<Found<string>> {
  if (given !== undefined) {
    if (!/^3\.\d+(\.\d+)?$/.test(given))
      throw new ConfigError(`--python-version must be a Python 3 version such as 3.11, not "${given}".`);
    return { value: given, source: '--python-version' };
  }
  // The top-level `python-version:` of .maint-actions.yml comes first, as in the workflows' Python
  // step (a line read as text, a strict version only): the inputs init writes would override it.
  for (const file of ['.maint-actions.yml', '.maint-actions.yaml']) {
    const config = await readText(path.join(root, file));
    const set = config && /^python-version:[ \t]*(['"]?)(3\.\d+(?:\.\d+)?)\1[ \t]*(?:#.*)?$/m.exec(config);
    if (set) return { value: set[2]!, source: `${file} (python-version:)` };
    if (config !== undefined) break;
  }
  for (const dir of new Set([wd, '.'])) {
    const pinned = await readText(path.join(root, dir, '.python-version'));
    const pinnedMinor = pinned && minorOf(pinned.split('\n')[0] ?? '');
    if (pinnedMinor) return { value: pinnedMinor, source: path.join(dir, '.python-version') };
    const pyproject = await readText(path.join(root, dir, 'pyproject.toml'));
    const requires = pyproject && /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(pyproject);
    const fromRequires = requires && pythonFromRequires(requires[1]!);
    if (fromRequires) return { value: fromRequires, source: path.join(dir, 'pyproject.toml') };
    const runtime = await readText(path.join(root, dir, 'runtime.txt'));
    const runtimeMinor = runtime && minorOf(runtime);
    if (runtimeMinor) return { value: runtimeMinor, source: path.join(dir, 'runtime.txt') };
  }
  return { value: DEFAULT_PYTHON, source: 'default: no .python-version, requires-python or runtime.txt' };
}

/** Requirement files of the working directory (and its `requirements/` folder), or pyproject.toml. */
async function installOf(root: string, wd: string): Promise<{ install: string[]; audit: string[] }> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(root, wd), { withFileTypes: true })) {
    if (entry.isFile() && /^requirements.*\.txt$/.test(entry.name)) files.push(entry.name);
  }
  const nested = await readdir(path.join(root, wd, 'requirements'), { withFileTypes: true }).catch(() => []);
  for (const entry of nested) {
    if (entry.isFile() && entry.name.endsWith('.txt')) files.push(`requirements/${entry.name}`);
  }
  files.sort();
  if (files.length > 0) return { install: files.map((f) => path.join(wd, f)), audit: files };
  const pyproject = await readText(path.join(root, wd, 'pyproject.toml'));
  if (pyproject && /^\s*dependencies\s*=/m.test(pyproject))
    return { install: [path.join(wd, 'pyproject.toml')], audit: [] };
  return { install: [], audit: [] };
}

async function schemaOf(root: string, wd: string): Promise<string | undefined> {
  for (const name of SCHEMA_NAMES) {
    if (await isFile(path.join(root, wd, name))) return name;
  }
  return undefined;
}

async function dockerfileOf(root: string, wd: string): Promise<string | undefined> {
  for (const dir of new Set(['.', wd])) {
    if (await isFile(path.join(root, dir, 'Dockerfile'))) return path.join(dir, 'Dockerfile');
  }
  return undefined;
}

/** The file of a dotted module under the working directory (`config.urls` → config/urls.py). */
async function moduleFile(root: string, wd: string, module: string): Promise<string | undefined> {
  const base = path.join(root, wd, ...module.split('.'));
  for (const file of [`${base}.py`, path.join(base, '__init__.py')]) {
    if (await isFile(file)) return file;
  }
  return undefined;
}

/** One route of a URL conf: its path and the view it names (`healthz`, `views.health`). */
const ROUTE = /\b(?:re_)?path\(\s*r?["']\^?([^"'$]*)\$?["']\s*,\s*([A-Za-z_][\w.]*)(\s*\()?/g;

/** The health route of the URL conf and the version key of its view's response, when found. */
async function healthOf(
  root: string,
  wd: string,
  settings: string | undefined,
): Promise<{ path?: string; pointer?: string; source?: string }> {
  if (!settings) return {};
  const settingsFile = await moduleFile(root, wd, settings);
  const settingsText = settingsFile && (await readText(settingsFile));
  const urlconf = settingsText && /^ROOT_URLCONF\s*=\s*["']([\w.]+)["']/m.exec(settingsText)?.[1];
  if (!urlconf) return {};
  type Health = { path?: string; pointer?: string; source?: string };
  const visit = async (module: string, prefix: string, depth: number): Promise<Health | undefined> => {
    const file = await moduleFile(root, wd, module);
    const text = file && (await readText(file));
    if (!file || !text) return undefined;
    for (const match of text.matchAll(ROUTE)) {
      const [, route = '', target = '', call] = match;
      if (target === 'include' && call && depth < 2) {
        const included = /include\(\s*["']([\w.]+)["']/.exec(text.slice(match.index));
        const found = included && (await visit(included[1]!, prefix + route, depth + 1));
        if (found) return found;
        continue;
      }
      const full = prefix + route;
      if (!HEALTH_ROUTE.test(full.replace(/\/$/, ''))) continue;
      const view = target.split('.').at(-1)!;
      return { path: `/${full}`, pointer: await versionKey(text, view), source: path.relative(root, file) };
    }
    return undefined;
  };
  return (await visit(urlconf, '', 0)) ?? {};
}

/** `/version` when the view's body (in the URL conf's file) answers a `"version"` key, and so on. */
async function versionKey(text: string, view: string): Promise<string | undefined> {
  const start = text.search(new RegExp(`^(?:async\\s+)?def\\s+${view}\\b`, 'm'));
  if (start < 0) return undefined;
  // The body: the lines after the `def` line, up to the next line that is not indented.
  const rest = text.slice(text.indexOf('\n', start) + 1);
  const end = rest.search(/^\S/m);
  const body = end < 0 ? rest : rest.slice(0, end);
  const key = VERSION_KEYS.find((k) => new RegExp(`["']${k}["']\\s*:`).test(body));
  return key && `/${key}`;
}

function defaultBranchOf(root: string): Found<string> {
  const remoteHead = git(root, 'symbolic-ref', '--short', 'refs/remotes/origin/HEAD');
  if (remoteHead) return { value: remoteHead.replace(/^origin\//, ''), source: 'origin/HEAD' };
  const current = git(root, 'symbolic-ref', '--short', 'HEAD');
  if (current) return { value: current, source: 'the current branch' };
  return { value: 'main', source: 'default: not a git repository' };
}

/** `group/sub/project` from the origin remote's URL (ssh or https), without `.git`. */
function projectPathOf(root: string): string | undefined {
  const url = git(root, 'remote', 'get-url', 'origin');
  if (!url) return undefined;
  const match = /^(?:[\w+.-]+:\/\/)?(?:[^@/]+@)?[^:/]+(?::\d+)?[:/](.+?)(?:\.git)?\/?$/.exec(url);
  return match?.[1];
}

async function importLinterOf(root: string, wd: string): Promise<boolean> {
  for (const dir of new Set([wd, '.'])) {
    if (await isFile(path.join(root, dir, '.importlinter'))) return true;
    const setupCfg = await readText(path.join(root, dir, 'setup.cfg'));
    if (setupCfg && /^\[importlinter\]/m.test(setupCfg)) return true;
    const pyproject = await readText(path.join(root, dir, 'pyproject.toml'));
    if (pyproject && /^\[tool\.importlinter\]/m.test(pyproject)) return true;
  }
  return false;
}

/** Reads `root` and returns the facts init fills the starters with. */
export async function detect(root: string, overrides: DetectOverrides = {}): Promise<RepoFacts> {
  const workingDirectory = await workingDirectoryOf(root, overrides.workingDirectory);
  const settingsModule = await settingsModuleOf(root, workingDirectory);
  const health = await healthOf(root, workingDirectory, settingsModule?.value);
  const { install, audit } = await installOf(root, workingDirectory);
  const workflowsDir = path.join(root, '.github', 'workflows');
  const githubWorkflows = (await readdir(workflowsDir).catch(() => [] as string[]))
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => `.github/workflows/${n}`);
  /** The flag's value when it was given, else what the settings say (where they say it). */
  const flagOrFound = (flag: string, given: string | undefined, found: string | undefined) =>
    given !== undefined
      ? { value: given, source: flag }
      : found
        ? { value: found, source: health.source! }
        : undefined;
  const healthPath = flagOrFound('--health-path', overrides.healthPath, health.path);
  const versionPointer = flagOrFound('--version-pointer', overrides.versionPointer, health.pointer);
  if (healthPath && !healthPath.value.startsWith('/'))
    throw new ConfigError(`--health-path must start with /, such as /healthz, not "${healthPath.value}".`);
  if (versionPointer && versionPointer.value !== '' && !versionPointer.value.startsWith('/'))
    throw new ConfigError(
      `--version-pointer must be a JSON pointer such as /version, not "${versionPointer.value}".`,
    );
  return {
    workingDirectory,
    settingsModule,
    pythonVersion: await pythonVersionOf(root, workingDirectory, overrides.pythonVersion),
    install,
    auditRequirements: audit,
    schema: await schemaOf(root, workingDirectory),
    dockerfile: await dockerfileOf(root, workingDirectory),
    healthPath,
    versionPointer,
    defaultBranch: defaultBranchOf(root),
    projectPath: projectPathOf(root),
    githubWorkflows,
    hasGitlabCi: await isFile(path.join(root, '.gitlab-ci.yml')),
    importLinter: await importLinterOf(root, workingDirectory),
  };
}
