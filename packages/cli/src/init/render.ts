/**
 * The files `maint-actions init` writes: the repository's starters (embedded by pnpm generate)
 * with this project's values set in place, so their comments and layout stay as written, and
 * `.maint-actions.yml` (renderConfig, the one place that decides its keys).
 */
import path from 'node:path';
import { isMap, isScalar, parseDocument, stringify, type YAMLMap } from 'yaml';
import { STARTERS } from './assets.generated';
import type { RepoFacts } from './detect';

export type InitPlatform = 'github' | 'gitlab';

/** Where maint-actions itself is, as the starters reference it. */
export interface Source {
  /** GitHub `owner/name`, or the GitLab `group/project` path, of maint-actions. */
  readonly repository: string;
  /** GitHub: the ref of `uses:` (the starters' `v1` when unset). */
  readonly githubRef: string | undefined;
  /** GitLab: the component version (a tag or commit). */
  readonly gitlabRef: string;
  /** GitLab: the instance host of the components (`$CI_SERVER_FQDN`, the project's own instance). */
  readonly gitlabHost: string;
}

/** The starter files of each platform: repository path → starter key. */
export const STARTER_FILES: Readonly<Record<InitPlatform, Readonly<Record<string, string>>>> = {
  github: {
    '.github/workflows/django-ci.yml': 'github/django-ci.yml',
    '.github/workflows/django-deploy.yml': 'github/django-deploy.yml',
    '.github/workflows/django-maintenance.yml': 'github/django-maintenance.yml',
    '.github/workflows/django-rollback.yml': 'github/django-rollback.yml',
  },
  gitlab: { '.gitlab-ci.yml': 'gitlab/.gitlab-ci.yml' },
};

export const CONFIG_FILE = '.maint-actions.yml';

type Value = string | boolean;

/** A scalar as the starters write one: single quotes where YAML needs quotes. */
function scalarText(value: Value): string {
  return stringify(value, { singleQuote: true, lineWidth: 0 }).trimEnd();
}

/**
 * `text` with the scalar at `keys` set to `value`, keeping every other byte (comments included).
 * A key missing from its (block) mapping is added as its last entry.
 */
export function setYamlValue(text: string, keys: readonly (string | number)[], value: Value): string {
  const doc = parseDocument(text);
  const parentKeys = keys.slice(0, -1);
  const key = keys.at(-1) as string;
  const parent = doc.getIn(parentKeys, true);
  if (!isMap(parent)) throw new Error(`starter has no mapping at ${parentKeys.join('.')}`);
  const pair = (parent as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair) {
    if (!isScalar(pair.value) || !pair.value.range)
      throw new Error(`starter's ${keys.join('.')} is not a plain value`);
    const [start, end] = pair.value.range;
    return text.slice(0, start) + scalarText(value) + text.slice(end);
  }
  const last = (parent as YAMLMap).items.at(-1);
  if (!last || !isScalar(last.key) || !last.key.range)
    throw new Error(`starter's ${parentKeys.join('.')} is empty`);
  const keyStart = last.key.range[0];
  const indent = keyStart - text.lastIndexOf('\n', keyStart - 1) - 1;
  const line = `${' '.repeat(indent)}${key}: ${scalarText(value)}`;
  const lastEnd =
    (last.value as { range?: [number, number, number] } | null)?.range?.[1] ?? last.key.range[1];
  if (text[lastEnd - 1] === '\n') return `${text.slice(0, lastEnd)}${line}\n${text.slice(lastEnd)}`;
  const eol = text.indexOf('\n', lastEnd);
  const at = eol < 0 ? text.length : eol;
  return `${text.slice(0, at)}\n${line}${text.slice(at)}`;
}

/** Forward slashes, `.` for the root. */
function posix(relative: string): string {
  return relative.split(path.sep).join('/') || '.';
}

function githubStarter(text: string, facts: RepoFacts, source: Source): string {
  let out = text.replaceAll('org/maint-actions/', `${source.repository}/`);
  if (source.githubRef)
    out = out.replace(/(uses:\s*[\w.-]+\/[\w.-]+\/[^@\s]+)@v1\b/g, `$1@${source.githubRef}`);
  // GitHub's "New workflow" screen fills this placeholder in; a copy must have it filled too
  // (outside comments, which may name it).
  return out.replace(/^(?!\s*#).*\$default-branch.*$/gm, (line) =>
    line.replaceAll('$default-branch', facts.defaultBranch.value),
  );
}

/**
 * The values of the GitHub starters, by starter key and `with:` input. What to install and the
 * Python version are not among them: the workflows read them from `.maint-actions.yml`
 * (renderConfig), so they are set in one place for every platform.
 */
function githubValues(facts: RepoFacts): Record<string, Record<string, Value>> {
  const wd = posix(facts.workingDirectory);
  const audit = facts.auditRequirements.map(posix).join(',');
  const docker: Record<string, Value> = facts.dockerfile
    ? facts.dockerfile === 'Dockerfile'
      ? {}
      : { dockerfile: posix(facts.dockerfile) }
    : { docker: false };
  return {
    'github/django-ci.yml': {
      'working-directory': wd,
      schema: facts.schema ?? '',
      'audit-requirements': audit,
      ...docker,
    },
    'github/django-deploy.yml': {
      schema: facts.schema ? posix(path.join(facts.workingDirectory, facts.schema)) : '',
    },
    'github/django-maintenance.yml': { 'working-directory': wd, 'audit-requirements': audit },
    'github/django-rollback.yml': { 'working-directory': wd },
  };
}

/**
 * The quality gates of a project without import-linter contracts: the default set less
 * import-linter, which fails where it has nothing to check. GitLab's lint and test jobs each run
 * the gates of their stage out of this one list (`gate-stage`), so `test-gates` is not written.
 */
const GATES_WITHOUT_CONTRACTS = ['pytest', 'django-check', 'migrations'];

/**
 * GitHub skips its schema job without a committed schema; GitLab's pipeline has no input for
 * that, so a project without one gets the two schema jobs turned off in its own file (a job of
 * the same name in .gitlab-ci.yml is merged over the component's).
 */
export const GITLAB_SCHEMA_OFF = `
# No OpenAPI schema was found, so the schema jobs are off (GitHub skips them too). To turn them on,
# commit one (python manage.py spectacular --file schema.yml) and delete the lines below.
maint-schema:
  rules:
    - when: never
maint-publish-schema:
  rules:
    - when: never
`;

/** The image of the GitLab jobs: Node.js for the tool and the project's Python. */
export function gitlabImage(pythonVersion: string): string {
  const minor = /^3\.\d+/.exec(pythonVersion)?.[0] ?? pythonVersion;
  return `nikolaik/python-nodejs:python${minor}-nodejs20`;
}

function gitlabStarter(text: string, facts: RepoFacts, source: Source): string {
  let out = text
    .replaceAll('$CI_SERVER_FQDN/<group>/maint-actions/', `${source.gitlabHost}/${source.repository}/`)
    .replaceAll('@<version>', `@${source.gitlabRef}`)
    .replace('# 1. Replace <group> and <version> below, and fill in', '# 1. Fill in')
    .replace(/--ref main\b/, `--ref ${facts.defaultBranch.value}`);
  if (facts.projectPath) out = out.replace('--project <group>/<project>', `--project ${facts.projectPath}`);
  const wd = posix(facts.workingDirectory);
  const audit = facts.auditRequirements.map(posix).join(',');
  const image = gitlabImage(facts.pythonVersion.value);
  const values: [number, Record<string, Value>][] = [
    [
      0,
      {
        'working-directory': wd,
        // The jobs' actions install what `.maint-actions.yml` names (its top-level `install:`); a
        // value here would install a second time, into `.venv`.
        install: '',
        requirements: audit,
        ...(facts.schema ? { schema: facts.schema } : {}),
        image,
      },
    ],
    [
      1,
      {
        'working-directory': wd,
        ...(facts.importLinter ? {} : { gates: GATES_WITHOUT_CONTRACTS.join(',') }),
        requirements: audit,
        image,
      },
    ],
  ];
  for (const [index, inputs] of values) {
    for (const [input, value] of Object.entries(inputs)) {
      out = setYamlValue(out, ['include', index, 'inputs', input], value);
    }
  }
  out = out.replace(
    /^(\s+install: '')\s+# yours:.*$/m,
    `$1 # set once in .maint-actions.yml (install:); a value here installs into .venv as well`,
  );
  return facts.schema ? out : `${out.trimEnd()}\n${GITLAB_SCHEMA_OFF}`;
}

/** One starter filled in for the project, without init's marker line. */
export function renderStarter(key: string, facts: RepoFacts, source: Source): string {
  const text = STARTERS[key];
  if (text === undefined) throw new Error(`no starter ${key}`);
  if (key.startsWith('gitlab/')) return gitlabStarter(text, facts, source);
  let out = githubStarter(text, facts, source);
  for (const [input, value] of Object.entries(githubValues(facts)[key] ?? {})) {
    out = setYamlValue(out, ['jobs', Object.keys(jobsOf(out))[0]!, 'with', input], value);
  }
  return out;
}

function jobsOf(text: string): Record<string, unknown> {
  const jobs = parseDocument(text).toJS()?.jobs as Record<string, unknown> | undefined;
  if (!jobs || Object.keys(jobs).length === 0) throw new Error('starter has no job');
  return jobs;
}

/**
 * The config keys init writes, all of them keys the current schema of `.maint-actions.yml`
 * accepts (schemas/maint-actions.schema.json): one place to change when the schema moves.
 * `install:` and `python-version:` are written at the top, the one place they are set: every
 * action that runs the project inherits them, GitHub's reusable workflows read them when their
 * inputs are empty (the starters pass none), and the GitLab starter leaves the component's own
 * `install` empty, so nothing installs twice. `python-version:` is written only when it came from
 * `--python-version` or from this file already; a version the project's own file declares
 * (`.python-version`, `requires-python`, `runtime.txt`) is read from there on both platforms, and
 * without one the workflows' default is init's (3.12).
 */
export function renderConfig(facts: RepoFacts): string {
  const wd = posix(facts.workingDirectory);
  const settings = facts.settingsModule ? { 'settings-module': facts.settingsModule.value } : {};
  const python = facts.pythonVersion;
  const ownPython = python.source === '--python-version' || python.source.endsWith('(python-version:)');
  // What to install and the Python version are set once, at the top, for every action and workflow.
  const config: Record<string, unknown> = {
    ...(facts.install.length ? { install: facts.install.map(posix).join(',') } : {}),
    ...(ownPython ? { 'python-version': python.value } : {}),
    'quality-gates': {
      'working-directory': wd,
      ...settings,
      ...(facts.importLinter ? {} : { gates: GATES_WITHOUT_CONTRACTS }),
    },
    'generate-openapi': {
      'working-directory': wd,
      ...settings,
      ...(facts.schema ? { schema: facts.schema } : {}),
    },
    'dependency-audit': {
      'working-directory': wd,
      ...(facts.auditRequirements.length ? { requirements: facts.auditRequirements.map(posix) } : {}),
    },
  };
  const smoke: Record<string, unknown> = {};
  if (facts.healthPath) smoke['ready-path'] = facts.healthPath.value;
  if (facts.versionPointer) smoke['version-pointer'] = facts.versionPointer.value;
  if (Object.keys(smoke).length) config['smoke-test-gate'] = smoke;
  const header = [
    '# maint-actions settings of this repository, read alike on GitHub, on GitLab and in a terminal',
    '# (inputs given in a workflow or on the command line win). Keys: schemas/maint-actions.schema.json.',
  ];
  return `${header.join('\n')}\n${stringify(config, { singleQuote: true, lineWidth: 0 })}`;
}
