/**
 * `pnpm generate`: writes everything derived from the action specs in the CLI registry.
 * - `<name>/action.yml`: the GitHub action metadata, pointing into the shared `dist/`;
 * - the input/output tables between the `generated:*` markers of `<name>/README.md`;
 * - the `spec: inputs` header of the GitLab component `templates/<name>.yml` (the job below
 *   its `---` is written by hand and kept);
 * - the `MAINT_INPUT_*` variables of the jobs of the multi-job components templates/pipeline.yml
 *   and templates/maintenance.yml, from the table in scripts/composite-jobs.ts;
 * - `schemas/maint-actions.schema.json`, the JSON Schema of `.maint-actions.yml`, and
 *   `packages/core/src/config-keys.json`, the keys it closes, which every action checks up front;
 * - `scripts/bundles.json`, the bundles `pnpm build` (scripts/build.mjs) makes;
 * - packages/cli/src/init/assets.generated.ts, the starters and component specs `maint-actions
 *   init` carries (scripts/init-assets.ts).
 * Output is deterministic: running it twice changes nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { CADENCES } from '../actions/checklist/src/checklist';
import { CHECKLISTS_SECTION } from '../actions/checklist/src/spec';
import { IGNORE_FIELDS } from '../actions/dependency-audit/src/ignores';
import { IGNORE_SECTION } from '../actions/dependency-audit/src/spec';
import rootPackage from '../package.json';
import { defaultText, wrap } from '../packages/cli/src/help';
import { type Registry, registry } from '../packages/cli/src/registry';
import { actionKeyNode, type ConfigKeyNode, type ConfigKeys } from '../packages/core/src/config-check';
import {
  type ActionSpec,
  dotenvOutputName,
  gitlabInputVar,
  INSTALL_PATTERN,
  type InputSpec,
  retiredMessage,
} from '../packages/core/src/index';
import { POLICY_SECTION } from '../packages/openapi-diff/src/policy';
import { COMPOSITE_JOBS, type CompositeJob } from './composite-jobs';
import { INIT_ASSETS_FILE, renderInitAssets } from './init-assets';

const YAML_OPTIONS = { lineWidth: 0, singleQuote: true } as const;
/** Width of generated comment lines, before the `# `. */
const COMMENT_WIDTH = 96;

/** The header comment of every generated file that has room for one. */
export function generatedNote(spec: ActionSpec): string {
  return `generated from actions/${spec.name}/src/spec.ts by pnpm generate; do not edit`;
}

/** An input without default that must be given. */
function isMandatory(input: InputSpec): boolean {
  return input.required === true && input.default === undefined;
}

/** The description with its default appended, since the metadata never carries a `default:`. */
function describeWithDefault(input: InputSpec): string {
  const shown = defaultText(input);
  return shown === undefined ? input.description : `${input.description} Default: \`${shown}\`.`;
}

// ---------------------------------------------------------------------------------------------
// action.yml

/**
 * `<name>/action.yml`. Inputs carry no `default:` (the default is in the description) so that an
 * unset input stays unset and `.maint-actions.yml` can fill it; the one exception is a
 * `githubDefault`, an expression only GitHub evaluates (such as `${{ github.token }}`).
 */
export function renderActionYml(spec: ActionSpec): string {
  return `# ${generatedNote(spec)}\n${stringify(actionMetadata(spec, `../dist/${spec.name}/index.js`), YAML_OPTIONS)}`;
}

/** The metadata of `spec`'s action, its bundle at `main` (relative to the action.yml). */
function actionMetadata(spec: ActionSpec, main: string): Record<string, unknown> {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    inputs[name] = {
      description: describeWithDefault(input),
      ...(isMandatory(input) ? { required: true } : {}),
      ...(input.githubDefault ? { default: input.githubDefault } : {}),
    };
  }
  // A retired input stays declared so the runner passes it through; the action then fails with
  // the message (GitHub only warns about an undeclared one, which would be silently ignored).
  for (const [name, retired] of Object.entries(spec.retired ?? {})) {
    const message = retiredMessage(name, retired, 'input');
    inputs[name] = { description: message, deprecationMessage: message };
  }
  const outputs = Object.fromEntries(
    Object.entries(spec.outputs).map(([name, output]) => [name, { description: output.description }]),
  );
  return {
    name: spec.title,
    description: spec.description,
    author: 'maint-actions',
    ...(spec.branding ? { branding: { icon: spec.branding.icon, color: spec.branding.color } } : {}),
    inputs,
    outputs,
    runs: { using: 'node24', main },
  };
}

// ---------------------------------------------------------------------------------------------
// README tables

const MARKERS = {
  inputs: ['<!-- generated:inputs:start -->', '<!-- generated:inputs:end -->'],
  outputs: ['<!-- generated:outputs:start -->', '<!-- generated:outputs:end -->'],
} as const;

/** Text for a Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function typeText(input: InputSpec): string {
  const values = input.values?.map((v) => `\`${v}\``).join(', ');
  if (input.type === 'enum' && values) return `one of ${values}`;
  if (input.type === 'list') return values ? `list of ${values}` : 'list';
  return input.type;
}

/** The job's token, the usual `githubDefault`. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
const GITHUB_TOKEN_EXPRESSION = '${{ github.token }}';

/** The default column: the spec's default, and the default GitHub alone applies. */
function defaultCell(input: InputSpec): string {
  const shown = defaultText(input);
  const github = input.githubDefault;
  return [
    shown === undefined ? '' : `\`${cell(shown)}\``,
    !github
      ? ''
      : github === GITHUB_TOKEN_EXPRESSION
        ? "the job's token on GitHub"
        : `\`${cell(github)}\` on GitHub`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** The inputs table: input, description, type or allowed values, default, required. */
export function renderInputsTable(spec: ActionSpec): string {
  const rows = Object.entries(spec.inputs).map(([name, input]) => {
    return `| \`${name}\` | ${cell(input.description)} | ${cell(typeText(input))} | ${defaultCell(input)} | ${isMandatory(input) ? 'yes' : 'no'} |`;
  });
  return [
    '| Input | Description | Type | Default | Required |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The outputs table: output, description, and its variable in the GitLab dotenv report. */
export function renderOutputsTable(spec: ActionSpec): string {
  const rows = Object.entries(spec.outputs).map(
    ([name, output]) =>
      `| \`${name}\` | ${cell(output.description)} | \`${dotenvOutputName(spec.name, name)}\` |`,
  );
  return ['| Output | Description | GitLab dotenv variable |', '| --- | --- | --- |', ...rows].join('\n');
}

/** A README for an action that has none yet: its title and the generated blocks. */
function newReadme(spec: ActionSpec): string {
  const block = ([start, end]: readonly [string, string]) => `${start}\n${end}`;
  return `# ${spec.title}\n\n## Inputs\n\n${block(MARKERS.inputs)}\n\n## Outputs\n\n${block(MARKERS.outputs)}\n`;
}

/** `readme` (a new one when undefined) with the tables between the markers replaced. */
export function updateReadme(readme: string | undefined, spec: ActionSpec): string {
  let text = readme ?? newReadme(spec);
  const tables = { inputs: renderInputsTable(spec), outputs: renderOutputsTable(spec) };
  for (const kind of ['inputs', 'outputs'] as const) {
    const [start, end] = MARKERS[kind];
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from === -1 || to === -1) {
      throw new Error(`${spec.name}/README.md needs the lines ${start} and ${end} around its ${kind} table`);
    }
    text = `${text.slice(0, from + start.length)}\n${tables[kind]}\n${text.slice(to)}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// GitLab component

/** A component-only input of `spec: inputs` (not an action input). */
interface ComponentInput {
  readonly description: string;
  readonly default: string | readonly string[];
  readonly type?: 'array';
}

/** Inputs every component has, beside the action's. */
export const COMPONENT_INPUTS: Readonly<Record<string, ComponentInput>> = {
  stage: { description: 'Stage of the job.', default: 'test' },
  'job-prefix': {
    description: 'Prefix of the job name: the job is `<job-prefix>-<action>`.',
    default: 'maint',
  },
  image: {
    description:
      "Image of the job. Default: this release's runtime image (Node.js, Python 3, git, the database clients, the tool), pinned by digest in each release (docs/releasing.md). An image of your own needs Node.js 20 or later (the job runs `npx`) and the Python of the project.",
    // By tag on the branch; the release commit pins it by digest (scripts/release-refs.ts).
    default: `ghcr.io/org/maint-actions:${rootPackage.version}`,
  },
  'maint-actions-version': {
    description:
      'Version of `maint-actions` the job runs: the one installed in the image when it is this version (the default image has it), else the npm package through npx. A `MAINT_ACTIONS_BIN` CI/CD variable replaces both (for example `node dist/cli/index.js`).',
    // The repo's own version (set by `pnpm release:version`): a component runs the tool released with it.
    default: rootPackage.version,
  },
};

/** Component-only inputs of one action. */
export const ACTION_COMPONENT_INPUTS: Readonly<Record<string, Readonly<Record<string, ComponentInput>>>> = {
  'quality-gates': {
    'cache-key-files': {
      type: 'array',
      description:
        'Files (at most two) whose content keys the cache of the virtualenv made by `install`, such as `[requirements.txt, requirements-dev.txt]`.',
      default: ['requirements.txt'],
    },
  },
};

/** GitLab checks a string input against a regex (RE2); these accept a number, or nothing. */
export const INTEGER_REGEX = '^([0-9]+)?$';
export const DECIMAL_REGEX = '^([0-9]+(\\.[0-9]+)?)?$';
/** `report-dir` on GitLab: a path inside the project (the job's artifacts collect it). */
export const REPORT_DIR_REGEX = '^[A-Za-z0-9_.][A-Za-z0-9_./-]*$';

/**
 * Number inputs that take a fraction (percentages, seconds); every other number input is a
 * count, a number of days or minutes, or an index, and takes whole numbers only.
 */
export const DECIMAL_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'smoke-test-gate': ['ready-timeout', 'timeout', 'request-timeout', 'max-regression'],
  'usage-alert': ['threshold', 'fail-above'],
};

/**
 * An action input as a GitLab component input. Optional inputs default to '' (GitLab makes an
 * input without default mandatory) so that unset stays unset for the tool and
 * `.maint-actions.yml` can fill it. GitLab's `type: number` and `type: boolean` cannot be empty
 * (and `regex` works on strings only), so numbers and booleans stay strings checked by `regex`
 * and `options`; the spec's default is named in the description.
 *
 * `report-dir` is the exception: the job's `artifacts:` must name the directory, so the input
 * carries the tool's default directory instead of ''.
 */
function gitlabInput(spec: ActionSpec, name: string, input: InputSpec): Record<string, unknown> {
  const entry: Record<string, unknown> = { description: describeWithDefault(input) };
  if (isMandatory(input)) return entry;
  if (name === 'report-dir') {
    return {
      description: `${input.description.replace(/\s*Default `[^`]*`\.?$/, '')} Relative to the project directory; the job's artifacts collect it.`,
      default: `.maint-actions/reports/${spec.name}`,
      regex: REPORT_DIR_REGEX,
    };
  }
  entry.default = '';
  if (input.type === 'boolean') entry.options = ['', 'true', 'false'];
  if (input.type === 'enum' && input.values) entry.options = ['', ...input.values];
  if (input.type === 'number')
    entry.regex = DECIMAL_INPUTS[spec.name]?.includes(name) ? DECIMAL_REGEX : INTEGER_REGEX;
  return entry;
}

function componentInputs(spec: ActionSpec): Record<string, ComponentInput> {
  const extra = { ...COMPONENT_INPUTS, ...ACTION_COMPONENT_INPUTS[spec.name] };
  const clash = Object.keys(extra).find((name) => name in spec.inputs);
  if (clash) throw new Error(`${spec.name} has an input "${clash}", which is also a component-only input`);
  return extra;
}

/** The header comment and `spec: inputs` of `templates/<name>.yml`, up to (not including) `---`. */
export function renderComponentHeader(spec: ActionSpec): string {
  const extra = componentInputs(spec);
  const inputs: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    inputs[name] = gitlabInput(spec, name, input);
  }
  for (const [name, input] of Object.entries(extra)) {
    inputs[name] = {
      ...(input.type ? { type: input.type } : {}),
      description: input.description,
      default: input.default,
    };
  }
  const comment = [
    ...wrap(`GitLab CI/CD component ${spec.name}: ${spec.description}`, COMMENT_WIDTH),
    '',
    ...wrap(
      `The spec below is ${generatedNote(spec)}. The job after "---" is written by hand and kept.`,
      COMMENT_WIDTH,
    ),
    '',
    'include:',
    `  - component: $CI_SERVER_FQDN/<group>/maint-actions/${spec.name}@<version>`,
    '    inputs:',
    '      stage: test',
    '',
    ...wrap(
      'Each action input reaches the tool as a MAINT_INPUT_* variable; an empty one is unset, so ' +
        `.maint-actions.yml or the default applies. Component-only inputs: ${Object.keys(extra).join(', ')}.`,
      COMMENT_WIDTH,
    ),
  ];
  const body = stringify({ spec: { inputs } }, YAML_OPTIONS);
  return `${comment.map((line) => (line ? `# ${line}` : '#')).join('\n')}\n${body}`;
}

/** A starting job for a component that has none yet; it is then edited by hand. */
export function defaultJobBody(spec: ActionSpec): string {
  const variables = Object.keys(spec.inputs)
    .map((name) => `    ${gitlabInputVar(name)}: $[[ inputs.${name} ]]`)
    .join('\n');
  return `'$[[ inputs.job-prefix ]]-${spec.name}':
  stage: $[[ inputs.stage ]]
  image: $[[ inputs.image ]]
  variables:
    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]
${variables}
  script:
    - if [ -n "\${MAINT_ACTIONS_BIN:-}" ]; then $MAINT_ACTIONS_BIN ${spec.name}; elif [ "$(maint-actions --version 2>/dev/null)" = "$MAINT_ACTIONS_VERSION" ]; then maint-actions ${spec.name}; else npx --yes "maint-actions@\${MAINT_ACTIONS_VERSION}" ${spec.name}; fi
  artifacts:
    when: always
    reports:
      dotenv: .maint-actions/${spec.name}.env
`;
}

const SEPARATOR = /^---[ \t]*$/m;

/**
 * `templates/<name>.yml` with a fresh header and the existing job (or a starting one). Fails
 * when the job does not pass every action input through its `variables:`.
 */
export function updateTemplate(template: string | undefined, spec: ActionSpec): string {
  const match = template === undefined ? null : SEPARATOR.exec(template);
  const body =
    template !== undefined && match
      ? template.slice(match.index + match[0].length).replace(/^\n/, '')
      : defaultJobBody(spec);
  for (const name of Object.keys(spec.inputs)) {
    const mapping = `${gitlabInputVar(name)}: $[[ inputs.${name} ]]`;
    if (!body.includes(mapping)) {
      throw new Error(`templates/${spec.name}.yml: the job must set \`${mapping}\` in its variables:`);
    }
  }
  return `${renderComponentHeader(spec)}---\n${body}`;
}

// ---------------------------------------------------------------------------------------------
// Multi-job components (pipeline.yml, maintenance.yml)

/** A YAML scalar: plain when it reads back as the same string, else single-quoted. */
function scalar(value: string): string {
  let plain: unknown;
  try {
    plain = parse(value);
  } catch {
    plain = undefined;
  }
  return plain === value ? value : `'${value.replace(/'/g, "''")}'`;
}

const JOB_LINE = /^'\$\[\[ inputs\.job-prefix \]\]-([A-Za-z0-9_-]+)':[ \t]*$/;
const INPUT_VAR_LINE = /^ {4}MAINT_INPUT_[A-Z0-9_]+:/;

/** The variable lines of one job's entry: each action input as `MAINT_INPUT_*`, checked. */
function jobVariables(
  where: string,
  job: CompositeJob,
  actions: Registry,
  componentInputNames: ReadonlySet<string>,
): string[] {
  const spec = actions.find((action) => action.spec.name === job.action)?.spec;
  if (!spec) throw new Error(`${where}: no action named ${job.action} in the registry`);
  const lines: string[] = [];
  for (const [name, entry] of Object.entries(job.inputs)) {
    if (!(name in spec.inputs)) {
      throw new Error(
        `${where}: ${job.action} has no input "${name}" (rename or remove it in scripts/composite-jobs.ts)`,
      );
    }
    const { value, note } = typeof entry === 'string' ? { value: entry, note: undefined } : entry;
    for (const [, used] of value.matchAll(/\$\[\[ inputs\.([A-Za-z0-9_-]+) \]\]/g)) {
      if (!componentInputNames.has(used as string)) {
        throw new Error(
          `${where}: ${name} reads the component input "${used}", which the spec: inputs of the template lacks`,
        );
      }
    }
    if (note) lines.push(`    # ${note}`);
    lines.push(`    ${gitlabInputVar(name)}: ${scalar(value)}`);
  }
  const missing = Object.entries(spec.inputs).find(
    ([name, spec]) => isMandatory(spec) && !(name in job.inputs),
  );
  if (missing) {
    throw new Error(
      `${where}: ${job.action} needs its input "${missing[0]}"; set it in scripts/composite-jobs.ts`,
    );
  }
  return lines;
}

/**
 * `templates/<file>` (a hand-written multi-job component) with the `MAINT_INPUT_*` variables of
 * each job replaced by those of `jobs` (the comment line right above one belongs to it). Fails
 * with one line on an entry that does not fit the action's spec or the template.
 */
export function updateCompositeTemplate(
  template: string,
  file: string,
  jobs: Readonly<Record<string, CompositeJob>>,
  actions: Registry = registry,
): string {
  const match = SEPARATOR.exec(template);
  if (!match) throw new Error(`templates/${file}: no "---" line after its spec: inputs`);
  const header = parse(template.slice(0, match.index)) as { spec?: { inputs?: Record<string, unknown> } };
  const componentInputNames = new Set(Object.keys(header?.spec?.inputs ?? {}));
  const lines = template.split('\n');
  const starts = lines.flatMap((line, index) => (JOB_LINE.test(line) ? [index] : []));
  const seen = new Set<string>();
  // From the last job up, so that the indices of the jobs above stay valid.
  for (const [order, start] of [...starts.entries()].reverse()) {
    const name = (JOB_LINE.exec(lines[start] as string) as RegExpExecArray)[1] as string;
    const end = starts[order + 1] ?? lines.length;
    const where = `templates/${file}: job ${name}`;
    const variables = lines.findIndex(
      (line, index) => index > start && index < end && line === '  variables:',
    );
    let blockEnd = variables + 1;
    while (variables !== -1 && blockEnd < end && (lines[blockEnd] as string).startsWith('    '))
      blockEnd += 1;
    const owned = new Set<number>();
    for (let index = variables + 1; variables !== -1 && index < blockEnd; index += 1) {
      if (!INPUT_VAR_LINE.test(lines[index] as string)) continue;
      owned.add(index);
      for (let above = index - 1; above > variables && /^ {4}#/.test(lines[above] as string); above -= 1)
        owned.add(above);
    }
    const job = jobs[name];
    if (!job) {
      if (owned.size > 0)
        throw new Error(`${where} sets MAINT_INPUT_* variables; declare them in scripts/composite-jobs.ts`);
      continue;
    }
    seen.add(name);
    if (variables === -1) throw new Error(`${where} has no variables: for its MAINT_INPUT_* variables`);
    const runs = lines.slice(start, end).some((line) => line.includes(`$MAINT_ACTIONS_BIN ${job.action};`));
    if (!runs)
      throw new Error(
        `${where} does not run maint-actions ${job.action}, the action of its entry in scripts/composite-jobs.ts`,
      );
    const generated = jobVariables(where, job, actions, componentInputNames);
    // Where the old ones were; in a job without any, right after MAINT_ACTIONS_VERSION (or last).
    const version = lines.findIndex(
      (line, index) => index > variables && index < blockEnd && line.startsWith('    MAINT_ACTIONS_VERSION:'),
    );
    const at = owned.size > 0 ? Math.min(...owned) : version === -1 ? blockEnd : version + 1;
    const kept = lines
      .slice(variables + 1, blockEnd)
      .filter((_, offset) => !owned.has(variables + 1 + offset));
    const before = kept.slice(0, at - variables - 1);
    const after = kept.slice(at - variables - 1);
    lines.splice(variables + 1, blockEnd - variables - 1, ...before, ...generated, ...after);
  }
  const absent = Object.keys(jobs).find((name) => !seen.has(name));
  if (absent)
    throw new Error(
      `templates/${file}: no job '$[[ inputs.job-prefix ]]-${absent}' for its entry in scripts/composite-jobs.ts`,
    );
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// JSON Schema of .maint-actions.yml

function schemaOfInput(input: InputSpec): Record<string, unknown> {
  const item = input.values ? { type: 'string', enum: [...input.values] } : { type: 'string' };
  const shape: Record<string, unknown> = (() => {
    switch (input.type) {
      case 'boolean':
        return { type: 'boolean' };
      case 'number':
        return { type: 'number' };
      case 'enum':
        return { type: 'string', enum: [...(input.values ?? [])] };
      case 'list':
        return { anyOf: [{ type: 'array', items: item }, { type: 'string' }] };
      case 'string':
      case 'path':
        return { type: 'string' };
    }
  })();
  return {
    description: input.description,
    ...shape,
    ...(input.default === undefined
      ? {}
      : { default: Array.isArray(input.default) ? [...input.default] : input.default }),
  };
}

/**
 * The top-level sections of `.maint-actions.yml` that are not an action's inputs, each read by
 * its owner: the quality policy, the install files and the Python version (core, for every action
 * with the input of that name; the Python version also for GitHub's workflows), the API rules
 * (openapi-diff, generate-openapi, tag-release), the team's checklist items (checklist) and the
 * accepted vulnerabilities (dependency-audit). Their JSON Schema; the key check of the tool
 * (packages/core/src/config-keys.json) is derived from it.
 */
export function ownerSections(): Record<string, Record<string, unknown>> {
  const level = { type: 'string', enum: ['breaking', 'warning', 'info'] };
  const expires = {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'YYYY-MM-DD, the last day it applies.',
  };
  const items = { type: 'array', items: { type: 'string' } };
  return {
    policy: {
      description:
        'The quality policy of every action with a `policy` input (quality-gates): a preset (`relaxed`, `standard`, `strict`) or a policy file path relative to the workspace. See docs/versioning.md.',
      type: 'string',
    },
    install: {
      description:
        "How the project is installed, for every action with an `install` input (quality-gates, generate-openapi, rollback-plan) and for GitHub's maintenance jobs that install in shell (usage alert, dependency audit, clean-up, access review): requirement files or `pyproject.toml`, comma-separated, relative to the repository root (letters, digits and `._/-`, no `..`), installed into a cached virtualenv before the project runs. An action's own `install` wins; so does the workflow's or component's `install` input. The GitHub starters pass none, so this is the one place to set it.",
      type: 'string',
      pattern: INSTALL_PATTERN.source,
    },
    'python-version': {
      description:
        "The project's Python version (`3.12`, `3.12.4`): what GitHub's reusable workflows install when their `python-version` input is empty, and what quality-gates warns about on GitLab when the image's Python differs. Before the project's own `.python-version`, `requires-python` and `runtime.txt`.",
      type: 'string',
      pattern: '^\\d{1,2}\\.\\d{1,3}(\\.\\d{1,3})?$',
    },
    [POLICY_SECTION]: {
      description:
        'How `maint-actions openapi-diff`, generate-openapi and tag-release read API changes: per-rule levels and owned, expiring ignores. Rules: docs/openapi-rules.md.',
      type: 'object',
      additionalProperties: false,
      properties: {
        levels: {
          description: 'A rule id (such as `response-enum-value-added`) mapped to the level to report it at.',
          type: 'object',
          additionalProperties: level,
        },
        ignore: {
          description:
            'Changes to leave out, one rule on one operation, each with a reason, an owner and a last day.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['rule', 'operation', 'reason', 'owner', 'expires'],
            properties: {
              rule: { type: 'string', description: 'The rule id.' },
              operation: { type: 'string', description: '`METHOD /path`, as the change names it.' },
              reason: { type: 'string' },
              owner: { type: 'string' },
              expires,
            },
          },
        },
      },
    },
    [CHECKLISTS_SECTION]: {
      description:
        "The team's own checklist items, one line each, after the built-in ones of each cadence (the checklist action).",
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(CADENCES.map((cadence) => [cadence, { ...items }])),
    },
    [IGNORE_SECTION]: {
      description:
        'Vulnerabilities the team accepts for a while (dependency-audit), each with why, who owns the decision and until when.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [...IGNORE_FIELDS],
        properties: {
          id: { type: 'string', description: 'A vulnerability ID or alias (PYSEC-, GHSA-, CVE- ...).' },
          reason: { type: 'string' },
          owner: { type: 'string' },
          expires,
        },
      },
    },
  };
}

/** The JSON Schema (draft 2020-12) of `.maint-actions.yml`: one section per action, then the owners' sections. Closed: a key nobody reads is an error. */
export function renderSchema(actions: Registry): string {
  const properties: Record<string, unknown> = {};
  for (const { spec } of actions) {
    const inputs: Record<string, unknown> = {};
    for (const [name, input] of Object.entries(spec.inputs)) {
      // Secrets never come from a committed file: the config loader rejects them.
      if (!input.secret) inputs[name] = schemaOfInput(input);
    }
    properties[spec.name] = {
      description: `Inputs of ${spec.name}: ${spec.description}`,
      type: 'object',
      additionalProperties: false,
      properties: inputs,
    };
  }
  Object.assign(properties, ownerSections());
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: '.maint-actions.yml',
    description:
      "Repo config of maint-actions: inputs set once for GitHub, GitLab and the terminal; explicit inputs win (the `warn` and `enforce` lists of quality-gates add to the file's). Generated by pnpm generate.",
    type: 'object',
    properties,
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * The key node of a section's JSON Schema: a closed object's keys, an array's items, else a leaf.
 * `place` names where it is in the file, for the message: `checklists`, `an entry of openapi-diff.ignore`.
 */
function keyNodeOfSchema(schema: Record<string, unknown>, place: string, path: string): ConfigKeyNode {
  if (schema.type === 'object' && schema.additionalProperties === false) {
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const keys = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => [
        key,
        keyNodeOfSchema(child, `${path}.${key}`, `${path}.${key}`),
      ]),
    );
    return { keys, what: `a key of ${place}` };
  }
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) {
    return { items: keyNodeOfSchema(schema.items as Record<string, unknown>, `an entry of ${path}`, path) };
  }
  return {};
}

/**
 * The keys of `.maint-actions.yml` the tool reads: each action's inputs (secrets marked, retired
 * names kept so their own message names what replaced them) and the owners' sections.
 */
export function configKeys(actions: Registry): ConfigKeys {
  const owners = Object.fromEntries(
    Object.entries(ownerSections()).map(([name, schema]) => [name, keyNodeOfSchema(schema, name, name)]),
  );
  return { actions: Object.fromEntries(actions.map(({ spec }) => [spec.name, actionKeyNode(spec)])), owners };
}

/** packages/core/src/config-keys.json: the key tree, for the check every action runs up front. */
export function renderConfigKeys(actions: Registry): string {
  return `${JSON.stringify(configKeys(actions), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Root action.yml

/** The action the repository's root runs, as actions/cache's root runs its main action. */
export const ROOT_ACTION = 'quality-gates';

/**
 * The repository's root `action.yml`, what `uses: org/maint-actions@v1` runs and what the GitHub
 * Marketplace lists: quality-gates, with its very inputs and outputs (from its spec), its bundle
 * at `dist/quality-gates/index.js`. The other actions are used by their paths.
 */
export function renderRootActionYml(actions: Registry): string {
  const entry = actions.find(({ spec }) => spec.name === ROOT_ACTION);
  if (!entry) throw new Error(`the registry has no ${ROOT_ACTION}, which the root action.yml runs`);
  const others = actions
    .filter(({ spec }) => !spec.cliOnly && spec.name !== ROOT_ACTION)
    .map(({ spec }) => spec.name);
  const metadata = {
    ...actionMetadata(entry.spec, `dist/${ROOT_ACTION}/index.js`),
    // The Marketplace lists the repository under this name; it must be unique there.
    name: 'maint-actions quality gates for Django',
    description:
      'Quality gates for Django services (pytest, import-linter, manage.py check, migrations, lint), reported as one.',
  };
  const header = [
    `generated from actions/${ROOT_ACTION}/src/spec.ts by pnpm generate; do not edit`,
    `The root action runs ${ROOT_ACTION}: uses: org/maint-actions@v1 is org/maint-actions/${ROOT_ACTION}@v1.`,
    `The other actions are used by their paths: ${others.join(', ')}.`,
  ];
  return `${header.map((line) => `# ${line}`).join('\n')}\n${stringify(metadata, YAML_OPTIONS)}`;
}

// ---------------------------------------------------------------------------------------------
// The bundles of `pnpm build`

/** Read by scripts/build.mjs; kept fresh by scripts/check-fresh.sh. */
export const BUNDLES_FILE = 'scripts/bundles.json';

/**
 * The bundles `pnpm build` makes: each action's GitHub entry (a tool-only command such as
 * restore has none: it runs through the CLI bundle), then the CLI. build.mjs is plain JavaScript
 * run by node, so it reads this list rather than importing the TypeScript registry.
 */
export function renderBundles(actions: Registry): string {
  const bundles = [
    ...actions
      .filter(({ spec }) => !spec.cliOnly)
      .map(({ spec }) => ({ name: spec.name, entry: `actions/${spec.name}/src/main.ts`, bin: false })),
    { name: 'cli', entry: 'packages/cli/src/main.ts', bin: true },
  ];
  return `${JSON.stringify(bundles, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes every generated file under `root`; returns the paths (relative) whose content changed. */
export async function generate(root: string, actions: Registry = registry): Promise<string[]> {
  const changed: string[] = [];
  const write = async (relative: string, content: string): Promise<void> => {
    const file = path.join(root, relative);
    if ((await readIfExists(file)) === content) return;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    changed.push(relative);
  };
  for (const { spec } of actions) {
    const readme = `${spec.name}/README.md`;
    await write(readme, updateReadme(await readIfExists(path.join(root, readme)), spec));
    if (spec.cliOnly) continue;
    await write(`${spec.name}/action.yml`, renderActionYml(spec));
    const template = `templates/${spec.name}.yml`;
    await write(template, updateTemplate(await readIfExists(path.join(root, template)), spec));
  }
  for (const [file, jobs] of Object.entries(COMPOSITE_JOBS)) {
    // Only where the component is (a test's temporary root usually has none).
    const template = await readIfExists(path.join(root, 'templates', file));
    if (template !== undefined)
      await write(`templates/${file}`, updateCompositeTemplate(template, file, jobs, actions));
  }
  await write('schemas/maint-actions.schema.json', renderSchema(actions));
  await write('packages/core/src/config-keys.json', renderConfigKeys(actions));
  await write(BUNDLES_FILE, renderBundles(actions));
  // Only where the starters are (a test's temporary root usually has none).
  const initAssets = await renderInitAssets(root);
  if (initAssets !== undefined) await write(INIT_ASSETS_FILE, initAssets);
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const rootAction = path.join(root, 'action.yml');
  const writeRootAction = async (changed: string[]): Promise<string[]> => {
    const content = renderRootActionYml(registry);
    if ((await readIfExists(rootAction)) === content) return changed;
    await writeFile(rootAction, content);
    return [...changed, 'action.yml'];
  };
  generate(root)
    .then(writeRootAction)
    .then(
      (changed) =>
        console.log(changed.length ? `Updated ${changed.join(', ')}` : 'Generated files are up to date.'),
      (error: unknown) => {
        console.error(`pnpm generate: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
}
