import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { findAction, type Registry, registry } from '../packages/cli/src/registry';
import { echoGates, echoSpec } from '../packages/cli/src/test-action';
import { type ActionSpec, configKeyTree, defineAction, defineActionRun } from '../packages/core/src/index';
import { COMPOSITE_JOBS, type CompositeJob, input } from './composite-jobs';
import {
  BUNDLES_FILE,
  COMPONENT_INPUTS,
  configKeys,
  generate,
  renderActionYml,
  renderBundles,
  renderComponentHeader,
  renderInputsTable,
  renderSchema,
  updateCompositeTemplate,
  updateReadme,
  updateTemplate,
} from './generate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const qualityGates = findAction('quality-gates')!.spec;
const upperSnake = (name: string) => name.toUpperCase().replace(/-/g, '_');

const withRequired = defineAction({
  ...echoSpec,
  name: 'needs-token',
  inputs: {
    ...echoSpec.inputs,
    environment: { type: 'string', description: 'Where to deploy.', required: true },
  },
});

describe('action.yml', () => {
  it('matches the spec: every input and output, node24, main in the shared dist', () => {
    const text = renderActionYml(qualityGates);
    expect(
      text.startsWith('# generated from actions/quality-gates/src/spec.ts by pnpm generate; do not edit\n'),
    ).toBe(true);
    const meta = parse(text);
    expect(meta).toMatchObject({
      name: qualityGates.title,
      description: qualityGates.description,
      author: 'maint-actions',
      branding: qualityGates.branding,
      runs: { using: 'node24', main: '../dist/quality-gates/index.js' },
    });
    expect(Object.keys(meta.inputs)).toEqual(Object.keys(qualityGates.inputs));
    expect(Object.keys(meta.outputs)).toEqual(Object.keys(qualityGates.outputs));
    for (const [name, input] of Object.entries(qualityGates.inputs)) {
      expect(meta.inputs[name].description.startsWith(input.description)).toBe(true);
      expect(meta.inputs[name].default).toBe(input.githubDefault);
    }
    expect(meta.inputs['timeout-minutes'].description).toMatch(/ Default: `30`\.$/);
    expect(meta.inputs.gates.description).toMatch(
      / Default: `pytest,import-linter,django-check,migrations`\.$/,
    );
    expect(meta.inputs.warn.description).not.toContain('Default:');
  });

  it('marks only inputs without a default and required as required', () => {
    const meta = parse(renderActionYml(withRequired));
    expect(meta.inputs.environment).toEqual({ description: 'Where to deploy.', required: true });
    expect(meta.inputs.outcome).not.toHaveProperty('required');
  });
});

describe('GitHub-only defaults', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub expressions, not templates
  const [jobToken, apiUrl] = ['${{ github.token }}', '${{ github.api_url }}'];
  const withToken = defineAction({
    ...echoSpec,
    name: 'comments',
    inputs: {
      ...echoSpec.inputs,
      'github-token': {
        type: 'string',
        description: 'Token for the pull request comment.',
        secret: true,
        githubDefault: jobToken,
      },
      'api-url': { type: 'string', description: 'API root.', githubDefault: apiUrl },
    },
  });

  it('writes githubDefault as the only default: of action.yml', () => {
    const text = renderActionYml(withToken);
    expect(text).toContain(`    default: ${jobToken}\n`);
    const meta = parse(text);
    expect(meta.inputs['github-token']).toEqual({
      description: 'Token for the pull request comment.',
      default: jobToken,
    });
    expect(meta.inputs['api-url'].default).toBe(apiUrl);
    const others = Object.keys(echoSpec.inputs).map((name) => meta.inputs[name]);
    expect(others.every((input) => !('default' in input))).toBe(true);
  });

  it("names it in the README's default column, and leaves it out of the GitLab component", () => {
    const table = renderInputsTable(withToken);
    expect(table).toContain(
      "| `github-token` | Token for the pull request comment. | string | the job's token on GitHub | no |",
    );
    expect(table).toContain(`| \`api-url\` | API root. | string | \`${apiUrl}\` on GitHub | no |`);
    const header = parse(renderComponentHeader(withToken));
    expect(header.spec.inputs['github-token']).toEqual({
      description: 'Token for the pull request comment.',
      default: '',
    });
  });
});

describe('GitLab component', () => {
  it('has a spec header that parses as YAML with every input, optional ones defaulting to empty', () => {
    const [header] = parseAllDocuments(updateTemplate(undefined, qualityGates)).map((doc) => doc.toJS());
    const inputs = header.spec.inputs;
    expect(Object.keys(inputs)).toEqual([
      ...Object.keys(qualityGates.inputs),
      ...Object.keys(COMPONENT_INPUTS),
      'cache-key-files',
    ]);
    for (const name of Object.keys(qualityGates.inputs)) {
      // report-dir names the directory the job's artifacts collect.
      expect(inputs[name].default).toBe(name === 'report-dir' ? '.maint-actions/reports/quality-gates' : '');
      expect(typeof inputs[name].description).toBe('string');
    }
    expect(inputs['django-check-fail-level'].options).toEqual([
      '',
      'CRITICAL',
      'ERROR',
      'WARNING',
      'INFO',
      'DEBUG',
    ]);
    expect(inputs['django-check-deploy'].options).toEqual(['', 'true', 'false']);
    expect(inputs.concurrency.regex).toBe('^([0-9]+)?$');
    expect(inputs.stage).toEqual({ description: 'Stage of the job.', default: 'test' });
    expect(inputs['cache-key-files']).toMatchObject({ type: 'array', default: ['requirements.txt'] });
  });

  it('leaves required inputs without a default, so GitLab asks for them', () => {
    const header = parse(renderComponentHeader(withRequired));
    expect(header.spec.inputs.environment).toEqual({ description: 'Where to deploy.' });
  });

  it('keeps the hand-written job and refreshes the header', async () => {
    const template = await readFile(path.join(root, 'templates/quality-gates.yml'), 'utf8');
    const stale = template.replace('Stage of the job.', 'Old text.');
    const updated = updateTemplate(stale, qualityGates);
    expect(updated).toBe(template);
  });

  it('maps every input to a MAINT_INPUT_ variable and splices none into the script', async () => {
    const template = await readFile(path.join(root, 'templates/quality-gates.yml'), 'utf8');
    const [, jobs] = parseAllDocuments(template).map((doc) => doc.toJS());
    const job = jobs['$[[ inputs.job-prefix ]]-quality-gates'];
    expect(job.stage).toBe('$[[ inputs.stage ]]');
    for (const name of Object.keys(qualityGates.inputs)) {
      expect(job.variables[`MAINT_INPUT_${upperSnake(name)}`]).toBe(`$[[ inputs.${name} ]]`);
    }
    expect(job.script.join('\n')).not.toContain('$[[');
    expect(job.script.join('\n')).toMatch(/\$\{MAINT_ACTIONS_BIN:-\}/);
    expect(job.artifacts).toMatchObject({
      when: 'always',
      paths: ['$[[ inputs.report-dir ]]/'],
      reports: {
        junit: '$[[ inputs.report-dir ]]/junit.xml',
        codequality: '$[[ inputs.report-dir ]]/gl-code-quality-report.json',
        dotenv: '.maint-actions/quality-gates.env',
      },
    });
    expect(job.cache[0].paths).toEqual(['.maint-actions/venv']);
  });

  it('refuses a job that forgets an input', () => {
    const template = updateTemplate(undefined, echoSpec).replace(/ {4}MAINT_INPUT_RETRIES: .*\n/, '');
    expect(() => updateTemplate(template, echoSpec)).toThrow(
      'templates/echo-gates.yml: the job must set `MAINT_INPUT_RETRIES: $[[ inputs.retries ]]` in its variables:',
    );
  });
});

describe('README tables', () => {
  it('lists every input with type, default and required, and every output with its dotenv name', () => {
    const readme = updateReadme(undefined, qualityGates);
    for (const name of Object.keys(qualityGates.inputs)) expect(readme).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(qualityGates.outputs)) {
      expect(readme).toContain(`| \`${name}\` |`);
      expect(readme).toContain(`\`MAINT_QUALITY_GATES_${upperSnake(name)}\``);
    }
    expect(renderInputsTable(qualityGates)).toContain(
      '| one of `CRITICAL`, `ERROR`, `WARNING`, `INFO`, `DEBUG` | `ERROR` | no |',
    );
  });

  it('replaces only the text between the markers', () => {
    const before =
      '# Mine\n\nIntro.\n\n<!-- generated:inputs:start -->\nold\n<!-- generated:inputs:end -->\n\nMiddle.\n\n' +
      '<!-- generated:outputs:start -->\n<!-- generated:outputs:end -->\n\nEnd.\n';
    const after = updateReadme(before, echoSpec);
    expect(after.startsWith('# Mine\n\nIntro.\n\n<!-- generated:inputs:start -->\n| Input |')).toBe(true);
    expect(after).toContain(
      '|\n<!-- generated:inputs:end -->\n\nMiddle.\n\n<!-- generated:outputs:start -->\n| Output |',
    );
    expect(after.endsWith('|\n<!-- generated:outputs:end -->\n\nEnd.\n')).toBe(true);
    expect(after).not.toContain('old');
    expect(updateReadme(after, echoSpec)).toBe(after);
  });

  it('says which markers a README lacks', () => {
    expect(() => updateReadme('# Echo\n', echoSpec)).toThrow(
      'echo-gates/README.md needs the lines <!-- generated:inputs:start --> and <!-- generated:inputs:end --> around its inputs table',
    );
  });
});

describe('JSON Schema of .maint-actions.yml', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(renderSchema([...registry, echoGates])));

  it("accepts a config with inputs of every kind and the owners' sections", () => {
    const config = parse(
      [
        'quality-gates:',
        '  gates: [pytest, lint]',
        '  warn: lint',
        '  django-check-deploy: true',
        '  timeout-minutes: 10',
        '  django-check-fail-level: WARNING',
        'echo-gates:',
        '  gates: pytest,lint',
        'policy: standard',
        'checklists:',
        '  monthly:',
        '    - Check the invoices.',
        'dependency-audit-ignore:',
        '  - id: GHSA-j8r2-6x86-q33q',
        '    reason: no proxies',
        "    owner: '@backend-team'",
        '    expires: 2030-09-30',
        'openapi-diff:',
        '  levels:',
        '    parameter-removed: info',
      ].join('\n'),
    );
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is closed: an unknown top-level key or a key inside an owner section fails', () => {
    for (const typo of [{ polcy: 'standard' }, { 'quality-gate': {} }, { checklists: { montly: [] } }]) {
      expect(validate(typo), JSON.stringify(typo)).toBe(false);
      expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
    }
    expect(validate({ 'smoke-test-gate': { 'ready-pth': '/api/healthz' } })).toBe(false);
    expect(
      validate({ 'dependency-audit-ignore': [{ id: 'X', reson: 'r', owner: 'o', expires: '2030-01-01' }] }),
    ).toBe(false);
  });

  it('closes the keys the tool checks: the same tree as config-keys.json', () => {
    const tree = configKeyTree(configKeys([...registry, echoGates]));
    const schema = JSON.parse(renderSchema([...registry, echoGates])) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(tree.keys ?? {})).toEqual(Object.keys(schema.properties));
    expect(Object.keys(tree.keys?.['smoke-test-gate']?.keys ?? {})).toContain('ready-path');
    expect(tree.keys?.['echo-gates']?.keys?.token).toEqual({ secret: true });
  });

  it('rejects an unknown input, a bad enum value, a wrong type and a secret', () => {
    expect(validate({ 'quality-gates': { gatez: 'pytest' } })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'gatez' },
    });
    expect(validate({ 'quality-gates': { 'lint-tool': 'pylint' } })).toBe(false);
    expect(validate({ 'quality-gates': { gates: ['pytest', 'tox'] } })).toBe(false);
    expect(validate({ 'quality-gates': { concurrency: 'many' } })).toBe(false);
    expect(validate({ 'echo-gates': { token: 'abc' } })).toBe(false);
  });
});

describe('generate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-generate-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes every file for a new action, and nothing the second time', async () => {
    const actions = [echoGates];
    expect((await generate(dir, actions)).sort()).toEqual([
      'echo-gates/README.md',
      'echo-gates/action.yml',
      'packages/core/src/config-keys.json',
      'schemas/maint-actions.schema.json',
      BUNDLES_FILE,
      'templates/echo-gates.yml',
    ]);
    expect(await generate(dir, actions)).toEqual([]);
    const readme = await readFile(path.join(dir, 'echo-gates/README.md'), 'utf8');
    expect(readme.startsWith('# Echo gates\n')).toBe(true);
  });

  it('writes only the README of a tool-only command: no action.yml, no component', async () => {
    const toolOnly = defineActionRun(defineAction({ ...echoSpec, cliOnly: true }), echoGates.run);
    expect((await generate(dir, [toolOnly])).sort()).toEqual([
      'echo-gates/README.md',
      'packages/core/src/config-keys.json',
      'schemas/maint-actions.schema.json',
      BUNDLES_FILE,
    ]);
  });

  it('reproduces the committed files of this repository', async () => {
    for (const file of [...registry.map((action) => action.spec.name), 'templates', 'schemas']) {
      await cp(path.join(root, file), path.join(dir, file), { recursive: true });
    }
    await cp(path.join(root, BUNDLES_FILE), path.join(dir, BUNDLES_FILE));
    const keys = 'packages/core/src/config-keys.json';
    await mkdir(path.dirname(path.join(dir, keys)), { recursive: true });
    await cp(path.join(root, keys), path.join(dir, keys));
    expect(await generate(dir)).toEqual([]);
  });

  it('fails on a component-only input name used by an action', async () => {
    const clash: ActionSpec = defineAction({
      ...echoSpec,
      inputs: { ...echoSpec.inputs, stage: { type: 'string', description: 'x' } },
    });
    const action = defineActionRun(clash, echoGates.run);
    await expect(generate(dir, [action])).rejects.toThrow(
      'echo-gates has an input "stage", which is also a component-only input',
    );
  });
});

describe('multi-job components (pipeline.yml, maintenance.yml)', () => {
  /** A two-job component running the echo action, as the hand-written ones are laid out. */
  const template = `spec:
  inputs:
    gates:
      default: ''
    token:
      default: ''
---
'$[[ inputs.job-prefix ]]-first':
  variables:
    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]
    MAINT_INPUT_GATES: stale
    MAINT_OTHER: kept
  script:
    - if [ -n "\${MAINT_ACTIONS_BIN:-}" ]; then $MAINT_ACTIONS_BIN echo-gates; fi

'$[[ inputs.job-prefix ]]-second':
  variables:
    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]
  script:
    - if [ -n "\${MAINT_ACTIONS_BIN:-}" ]; then $MAINT_ACTIONS_BIN echo-gates; fi
`;
  const jobs: Record<string, CompositeJob> = {
    first: {
      action: 'echo-gates',
      inputs: { gates: input('gates'), verbose: { value: 'true', note: 'Say more.' } },
    },
    second: { action: 'echo-gates', inputs: { token: input('token') } },
  };
  const update = (text: string, table: Record<string, CompositeJob>, actions: Registry = [echoGates]) =>
    updateCompositeTemplate(text, 'multi.yml', table, actions);

  it("writes each job's MAINT_INPUT_* variables from the table, in place, keeping the others", () => {
    expect(update(template, jobs)).toBe(
      template
        .replace(
          '    MAINT_INPUT_GATES: stale\n',
          "    MAINT_INPUT_GATES: $[[ inputs.gates ]]\n    # Say more.\n    MAINT_INPUT_VERBOSE: 'true'\n",
        )
        .replace(
          "-second':\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n",
          "-second':\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.token ]]\n",
        ),
    );
    expect(update(update(template, jobs), jobs)).toBe(update(template, jobs));
  });

  it('fails on an action input the spec does not have (a rename)', () => {
    const renamed = { ...jobs, first: { action: 'echo-gates', inputs: { gatez: input('gates') } } };
    expect(() => update(template, renamed)).toThrow(
      'templates/multi.yml: job first: echo-gates has no input "gatez" (rename or remove it in scripts/composite-jobs.ts)',
    );
  });

  it('fails on a job that sets MAINT_INPUT_* without an entry, and on an entry without a job', () => {
    expect(() => update(template, { second: jobs.second as CompositeJob })).toThrow(
      'templates/multi.yml: job first sets MAINT_INPUT_* variables; declare them in scripts/composite-jobs.ts',
    );
    expect(() => update(template, { ...jobs, third: jobs.second as CompositeJob })).toThrow(
      "templates/multi.yml: no job '$[[ inputs.job-prefix ]]-third' for its entry in scripts/composite-jobs.ts",
    );
  });

  it('fails on a mandatory input left out, a component input the template lacks, another action', () => {
    const needsToken = defineActionRun(defineAction({ ...withRequired, name: 'echo-gates' }), echoGates.run);
    expect(() => update(template, jobs, [needsToken])).toThrow(
      'templates/multi.yml: job second: echo-gates needs its input "environment"; set it in scripts/composite-jobs.ts',
    );
    const unknown = { ...jobs, second: { action: 'echo-gates', inputs: { token: input('tokn') } } };
    expect(() => update(template, unknown)).toThrow(
      'templates/multi.yml: job second: token reads the component input "tokn", which the spec: inputs of the template lacks',
    );
    const other = { ...jobs, second: { action: 'checklist', inputs: {} } };
    expect(() => update(template, other, registry)).toThrow(
      'templates/multi.yml: job second does not run maint-actions checklist, the action of its entry in scripts/composite-jobs.ts',
    );
  });

  it('generates every MAINT_INPUT_* line of the committed pipeline.yml and maintenance.yml', async () => {
    for (const [file, table] of Object.entries(COMPOSITE_JOBS)) {
      const committed = await readFile(path.join(root, 'templates', file), 'utf8');
      const stripped = committed.replace(/^ {4}(# .*\n {4})?MAINT_INPUT_.*\n/gm, '');
      expect(stripped).not.toMatch(/^ {4}MAINT_INPUT_/m);
      expect(updateCompositeTemplate(stripped, file, table)).toBe(committed);
    }
  });
});

describe('bundles of pnpm build', () => {
  it('lists every action with a GitHub entry, not a tool-only command, then the CLI', async () => {
    const bundles = JSON.parse(renderBundles(registry)) as { name: string; entry: string; bin: boolean }[];
    expect(bundles.map((bundle) => bundle.name)).toEqual([
      ...registry.filter(({ spec }) => !spec.cliOnly).map(({ spec }) => spec.name),
      'cli',
    ]);
    expect(bundles.map((bundle) => bundle.name)).not.toContain('restore');
    expect(bundles.at(-1)).toEqual({ name: 'cli', entry: 'packages/cli/src/main.ts', bin: true });
    expect(await readFile(path.join(root, BUNDLES_FILE), 'utf8')).toBe(renderBundles(registry));
  });
});
