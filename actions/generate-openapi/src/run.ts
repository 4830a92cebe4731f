import { statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  type CommentOutcome,
  ConfigError,
  defaultReportDir,
  describeError,
  type Finding,
  type GateMode,
  loadConfig,
  type Platform,
  plural,
  type Report,
  relativeTo,
  verdictOf,
  writeFileAtomic,
} from '@maint-actions/core';
import {
  applyIgnores,
  type DiffResult,
  diffOpenApi,
  InvalidDocumentError,
  POLICY_SECTION,
  type Policy,
  parsePolicy,
  renderChangelog,
} from '@maint-actions/openapi-diff';
import { type BaseSchema, checkBaseRef, type NoBase, readBaseFromGit } from './base';
import { canonicalJson, canonicalYaml, parseSchemaText, SchemaParseError, sha256 } from './document';
import { parseEnvInput } from './env-input';
import { type GeneratorRun, runGenerator } from './generator';
import { type ApiChanges, type Drift, renderComment, type SchemaState, summarySections } from './markdown';
import { workspacePath } from './messages';
import type { GenerateOpenapiSpec } from './spec';
import { gitPatch, unifiedDiff } from './unified-diff';
import { validateOpenApi } from './validate';

type Result = ActionResult<GenerateOpenapiSpec>;
type Inputs = ActionContext<GenerateOpenapiSpec>['inputs'];

const SARIF_TOOL = { name: 'maint-actions generate-openapi', version: '1' };

/** Findings kept for the API changes check (all breaking ones and warnings come first). */
const MAX_CHANGE_FINDINGS = 1000;

/** Where everything is, all absolute except `schemaRel`. */
interface Paths {
  readonly workspace: string;
  readonly cwd: string;
  /** The committed schema. */
  readonly schema: string;
  /** The committed schema relative to the workspace, with forward slashes. */
  readonly schemaRel: string;
  readonly baseFile: string | undefined;
  readonly reportDir: string;
  /** The generated schema in the report directory. */
  readonly generated: string;
  readonly patch: string;
  readonly changelog: string;
}

/** The generated schema, once generated and parsed. */
interface Generated {
  readonly text: string;
  readonly document: unknown;
}

/** Runs the action (see the spec and generate-openapi/README.md). */
export async function run({ platform, inputs }: ActionContext<GenerateOpenapiSpec>): Promise<Result> {
  const startedAt = new Date();
  const paths = resolvePaths(platform, inputs);
  const extraEnv = parseEnvInput(inputs.env);
  if (!(inputs.timeoutMinutes > 0)) {
    throw new ConfigError(`Input "timeout-minutes" must be more than 0 (got ${inputs.timeoutMinutes}).`, {
      input: 'timeout-minutes',
    });
  }
  checkBaseRef(inputs.baseRef);
  if (inputs.baseRef && inputs.baseFile) {
    throw new ConfigError('Inputs "base-ref" and "base-file" both name a base: keep one.', {
      input: 'base-file',
    });
  }
  await mkdir(paths.reportDir, { recursive: true });
  await Promise.all(
    [paths.generated, paths.patch, paths.changelog, path.join(paths.reportDir, 'comment.md')].map((file) =>
      rm(file, { force: true }),
    ),
  );
  const meta: Record<string, string> = {
    'working-directory': relativeTo(paths.workspace, paths.cwd),
    generator: inputs.generator,
    schema: paths.schemaRel,
  };

  const scratch = await mkdtemp(path.join(platform.context.tempDir, 'maint-openapi-'));
  let generatorRun: GeneratorRun;
  try {
    const out = path.join(scratch, path.basename(paths.generated));
    generatorRun = await platform.log.group('Generate the schema', () =>
      runGenerator({
        platform,
        generator: inputs.generator,
        command: inputs.command,
        failOnWarn: inputs.failOnWarn,
        python: inputs.python,
        settingsModule: inputs.settingsModule,
        extraEnv,
        where: paths,
        out,
        format: formatOf(paths.schema),
        timeoutMinutes: inputs.timeoutMinutes,
      }),
    );
    if (generatorRun.python) meta.python = generatorRun.python.version;
    if (!generatorRun.failure) await moveInto(out, paths.generated);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const checks: Check[] = [generateCheck(generatorRun, inputs)];
  const generatedText = generatorRun.failure ? undefined : await readFile(paths.generated, 'utf8');
  const validation = await validateCheck(generatedText, paths);
  checks.push(validation.check);
  const generated = validation.generated;

  const drift = await driftCheck(generated, paths, inputs);
  checks.push(drift.check);
  const api = await apiCheck(platform, generated, paths, inputs);
  checks.push(api.check);
  if (api.base) meta.base = api.base;

  const changelog = generated ? await writeChangelog(paths.changelog, api.changes) : undefined;
  const report: Report = {
    action: 'generate-openapi',
    title: `OpenAPI schema ${paths.schemaRel}`,
    verdict: verdictOf(checks),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    checks,
    meta,
  };
  const state: SchemaState = {
    schema: paths.schemaRel,
    problem: generatorRun.failure
      ? `The schema could not be generated: ${generatorRun.failure}`
      : validation.problem,
    drift: drift.drift,
    api: api.changes,
    failed: report.verdict === 'failed',
    runUrl: platform.context.runUrl,
  };
  // The comment body is also a file, so a workflow whose code-running job holds a read-only token
  // can post it from a separate job (.github/workflows/django-ci.yml, openapi-comment).
  await writeFileAtomic(
    path.join(paths.reportDir, 'comment.md'),
    renderComment(markerFor(state.schema), state),
  );
  const commentNote = inputs.comment ? await postComment(platform, inputs.token, state) : '';

  const fullReportHint = `\`${relativeTo(paths.workspace, path.join(paths.reportDir, 'report.json'))}\``;

  const diffRan = api.changes && !('missing' in api.changes) ? api.changes.result : undefined;
  const summary = oneLineSummary(report, drift.drift, diffRan, paths.schemaRel);
  return {
    verdict: report.verdict,
    summary,
    outputs: {
      schema: generatedText !== undefined ? paths.generated : undefined,
      'schema-sha256': generatedText !== undefined ? sha256(generatedText) : undefined,
      drift: drift.drift ? String(drift.drift.stale) : undefined,
      breaking: diffRan ? String(diffRan.counts.breaking) : undefined,
      changes: diffRan ? String(diffRan.changes.length) : undefined,
      'api-bump': diffRan?.bump,
      changelog,
      patch: drift.drift?.stale ? paths.patch : undefined,
    },
    report,
    publish: {
      dir: paths.reportDir,
      formats: ['json', 'junit', 'codequality', 'sarif', 'summary'],
      fullReportHint,
      tool: SARIF_TOOL,
      jobSummary: { budgetBytes: 512 * 1024, append: summarySections(state) + commentNote },
      annotate: true,
    },
  };
}

/** Resolves and checks the paths the inputs name. */
function resolvePaths(platform: Platform, inputs: Inputs): Paths {
  const workspace = path.resolve(platform.context.workspace);
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  if (!inside(workspace, cwd) || !statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(
      `Input "working-directory": ${inputs.workingDirectory} is not a directory of the repository.`,
      { input: 'working-directory' },
    );
  }
  const schema = path.resolve(cwd, inputs.schema);
  const schemaRel = workspacePath({ workspace, cwd }, schema);
  if (!schemaRel || statSync(schema, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(
      `Input "schema": ${inputs.schema} must name a file inside the repository (relative to the working directory), such as schema.yml.`,
      { input: 'schema' },
    );
  }
  let baseFile: string | undefined;
  if (inputs.baseFile) {
    baseFile = path.resolve(cwd, inputs.baseFile);
    if (!statSync(baseFile, { throwIfNoEntry: false })?.isFile()) {
      throw new ConfigError(
        `Input "base-file": ${inputs.baseFile} is not a file (paths are relative to the working directory).`,
        {
          input: 'base-file',
        },
      );
    }
  }
  const reportDir = path.resolve(
    workspace,
    inputs.reportDir ?? defaultReportDir(workspace, 'generate-openapi'),
  );
  return {
    workspace,
    cwd,
    schema,
    schemaRel,
    baseFile,
    reportDir,
    generated: path.join(reportDir, formatOf(schema) === 'json' ? 'schema.json' : 'schema.yml'),
    patch: path.join(reportDir, 'schema.patch'),
    changelog: path.join(reportDir, 'changelog.md'),
  };
}

function formatOf(schema: string): 'yaml' | 'json' {
  return /\.json$/i.test(schema) ? 'json' : 'yaml';
}

function generateCheck(run: GeneratorRun, inputs: Inputs): Check {
  const base = {
    id: 'generate',
    name: 'Generate',
    mode: 'enforce' as GateMode,
    durationMs: Math.round(run.result.durationMs),
    findings: run.findings,
    command: run.command,
  };
  const counts = {
    errors: run.findings.filter((f) => f.severity === 'error').length,
    warnings: run.findings.filter((f) => f.severity === 'warning').length,
  };
  if (run.failure) {
    return {
      ...base,
      status: run.result.timedOut ? 'error' : 'failed',
      summary: run.failure,
      counts,
      outputTail: run.outputTail,
    };
  }
  const said = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')].join(', ');
  return { ...base, status: 'passed', summary: `${GENERATOR_NAMES[inputs.generator]}: ${said}`, counts };
}

const GENERATOR_NAMES = {
  spectacular: 'manage.py spectacular',
  drf: 'manage.py generateschema',
  command: 'command',
} as const;

/** Parses and validates the generated text. */
async function validateCheck(
  text: string | undefined,
  paths: Paths,
): Promise<{ check: Check; generated: Generated | undefined; problem: string | undefined }> {
  const started = performance.now();
  const base = { id: 'validate', name: 'Validate', mode: 'enforce' as GateMode };
  const elapsed = (): number => Math.round(performance.now() - started);
  if (text === undefined) {
    return {
      check: { ...base, status: 'skipped', durationMs: 0, summary: 'no schema was generated', findings: [] },
      generated: undefined,
      problem: undefined,
    };
  }
  const file = relativeTo(paths.workspace, paths.generated);
  let document: unknown;
  try {
    document = parseSchemaText(text, file);
  } catch (error) {
    if (!(error instanceof SchemaParseError)) throw error;
    const finding: Finding = {
      severity: 'error',
      message: error.message,
      file,
      line: error.line,
      rule: 'parse',
    };
    return {
      check: {
        ...base,
        status: 'failed',
        durationMs: elapsed(),
        summary: error.message,
        findings: [finding],
      },
      generated: undefined,
      problem: `The generated schema is not valid YAML or JSON: ${error.message}`,
    };
  }
  const validation = await validateOpenApi(document, file);
  if (validation.findings.length > 0) {
    const summary = `not a valid OpenAPI 3.0/3.1 document: ${plural(validation.findings.length, 'problem')}`;
    return {
      check: { ...base, status: 'failed', durationMs: elapsed(), summary, findings: validation.findings },
      generated: undefined,
      problem: `The generated schema is ${summary}:\n${validation.findings.map((f) => `- ${f.message}`).join('\n')}`,
    };
  }
  return {
    check: {
      ...base,
      status: 'passed',
      durationMs: elapsed(),
      summary: `valid OpenAPI ${validation.version}`,
      findings: [],
    },
    generated: { text, document },
    problem: undefined,
  };
}

/**
 * Compares the committed schema with the generated one as data. On drift writes `schema.patch`
 * (the raw committed file to the raw generated one) and keeps a readable diff of the canonical forms.
 */
async function driftCheck(
  generated: Generated | undefined,
  paths: Paths,
  inputs: Inputs,
): Promise<{ check: Check; drift: Drift | undefined }> {
  const base = {
    id: 'drift',
    name: 'Drift',
    mode: (inputs.drift === 'warn' ? 'warn' : 'enforce') as GateMode,
  };
  if (inputs.drift === 'off') {
    return {
      check: { ...base, status: 'skipped', durationMs: 0, summary: 'drift: off', findings: [] },
      drift: undefined,
    };
  }
  if (!generated) {
    return {
      check: {
        ...base,
        status: 'skipped',
        durationMs: 0,
        summary: 'no valid schema to compare',
        findings: [],
      },
      drift: undefined,
    };
  }
  const started = performance.now();
  const committedText = await readFile(paths.schema, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  let committed: unknown;
  let unreadable: string | undefined;
  if (committedText !== undefined) {
    try {
      committed = parseSchemaText(committedText, paths.schemaRel);
    } catch (error) {
      if (!(error instanceof SchemaParseError)) throw error;
      unreadable = error.message;
    }
  }
  const stale =
    committedText === undefined ||
    unreadable !== undefined ||
    canonicalJson(committed) !== canonicalJson(generated.document);
  const durationMs = (): number => Math.round(performance.now() - started);
  if (!stale) {
    return {
      check: {
        ...base,
        status: 'passed',
        durationMs: durationMs(),
        summary: `${paths.schemaRel} is up to date`,
        findings: [],
      },
      drift: { stale: false, diff: '', fix: '' },
    };
  }
  await writeFileAtomic(paths.patch, gitPatch(committedText, generated.text, paths.schemaRel));
  const readable =
    committed !== undefined
      ? unifiedDiff(canonicalYaml(committed), canonicalYaml(generated.document), {
          oldName: `a/${paths.schemaRel} (committed)`,
          newName: `b/${paths.schemaRel} (generated)`,
        })
      : unifiedDiff(committedText ?? '', generated.text, {
          oldName: committedText === undefined ? '/dev/null' : `a/${paths.schemaRel}`,
          newName: `b/${paths.schemaRel}`,
        });
  const patchRel = relativeTo(paths.workspace, paths.patch);
  const why =
    committedText === undefined
      ? `${paths.schemaRel} does not exist`
      : unreadable
        ? unreadable
        : `${paths.schemaRel} differs from the schema the code generates`;
  const fix = `Apply \`${patchRel}\` (from the job's artifacts) at the repository root with \`git apply\`, or regenerate it with \`${regenerateCommand(inputs, paths)}\`, and commit it.`;
  const finding: Finding = {
    severity: 'error',
    message: `${why}: apply ${patchRel} with git apply, or regenerate it with ${regenerateCommand(inputs, paths)}, and commit it.`,
    file: paths.schemaRel,
    rule: 'schema-drift',
  };
  const added = readable.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).length;
  const removed = readable
    .split('\n')
    .filter((line) => line.startsWith('-') && !line.startsWith('---')).length;
  return {
    check: {
      ...base,
      status: 'failed',
      durationMs: durationMs(),
      summary: `${why} (+${added} −${removed} lines)`,
      counts: { added, removed },
      findings: [finding],
    },
    drift: { stale: true, diff: readable, fix },
  };
}

function regenerateCommand(inputs: Inputs, paths: Paths): string {
  const file = path.relative(paths.cwd, paths.schema).split(path.sep).join('/');
  if (inputs.generator === 'drf') return `python manage.py generateschema --file ${file}`;
  if (inputs.generator === 'spectacular') return `python manage.py spectacular --file ${file}`;
  return `maint-actions generate-openapi`;
}

/** The API changes against the base, or a skipped check saying why there is no base. */
async function apiCheck(
  platform: Platform,
  generated: Generated | undefined,
  paths: Paths,
  inputs: Inputs,
): Promise<{ check: Check; changes: SchemaState['api']; base: string | undefined }> {
  const base = {
    id: 'breaking-changes',
    name: 'Breaking changes',
    mode: (inputs.failOnBreaking ? 'enforce' : 'warn') as GateMode,
  };
  if (!generated) {
    return {
      check: {
        ...base,
        status: 'skipped',
        durationMs: 0,
        summary: 'no valid schema to compare',
        findings: [],
      },
      changes: undefined,
      base: undefined,
    };
  }
  const started = performance.now();
  const found = await findBase(platform, paths, inputs);
  const skipped = (reason: string) => {
    // Said once per surface (issue 20.6): the check's warning finding carries the reason and the
    // fix (the one annotation, the one line of the summary's findings); the check's own summary,
    // in the table, only names it; no log line repeats it.
    return {
      check: {
        ...base,
        status: 'skipped' as const,
        durationMs: Math.round(performance.now() - started),
        summary: 'not compared: no base (see the warning)',
        findings: [
          { severity: 'warning' as const, message: `API changes not compared: ${reason}`, rule: 'no-base' },
        ],
      },
      changes: { missing: reason },
      base: undefined,
    };
  };
  if ('reason' in found) return skipped(found.reason);
  let baseDocument: unknown;
  try {
    baseDocument = parseSchemaText(found.text, found.label);
  } catch (error) {
    if (!(error instanceof SchemaParseError)) throw error;
    if (paths.baseFile) throw new ConfigError(`Input "base-file": ${error.message}`, { input: 'base-file' });
    return skipped(`the base schema is unreadable: ${error.message}`);
  }
  let result: DiffResult;
  // The same levels and ignores as `maint-actions openapi-diff`: the openapi-diff: section.
  const config = await loadConfig(paths.workspace);
  const configFile = config.path ? relativeTo(paths.workspace, config.path) : '.maint-actions.yml';
  let policy: Policy;
  try {
    policy = parsePolicy(config.data[POLICY_SECTION], configFile);
  } catch (error) {
    throw new ConfigError(describeError(error).message);
  }
  try {
    const today = new Date().toISOString().slice(0, 10);
    result = applyIgnores(
      diffOpenApi(baseDocument, generated.document, { levels: policy.levels, today }),
      policy,
      today,
    ).result;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    if (paths.baseFile && error.side === 'base') {
      throw new ConfigError(`Input "base-file": ${error.message}`, { input: 'base-file' });
    }
    return skipped(error.message);
  }
  const changes: ApiChanges = { result, base: found.label, accepted: !inputs.failOnBreaking };
  const { breaking, warning, info } = result.counts;
  const summary =
    result.changes.length === 0
      ? `no API changes against ${found.label}`
      : `${plural(breaking, 'breaking change')}, ${plural(warning, 'warning')}, ${info} other against ${found.label} (bump: ${result.bump})`;
  return {
    check: {
      ...base,
      status: breaking > 0 ? 'failed' : 'passed',
      durationMs: Math.round(performance.now() - started),
      summary,
      counts: { breaking, warning, info },
      findings: changeFindings(result, paths.schemaRel),
    },
    changes,
    base: found.label,
  };
}

async function findBase(platform: Platform, paths: Paths, inputs: Inputs): Promise<BaseSchema | NoBase> {
  if (paths.baseFile) {
    return {
      text: await readFile(paths.baseFile, 'utf8'),
      label: relativeTo(paths.workspace, paths.baseFile),
    };
  }
  return readBaseFromGit({
    ref: inputs.baseRef,
    changeBase: platform.context.baseRef,
    workspace: paths.workspace,
    schema: paths.schema,
    env: platform.env,
  });
}

const SEVERITY = { breaking: 'error', warning: 'warning', info: 'notice' } as const;

/** One finding per change (breaking first, as the engine sorts them), at most MAX_CHANGE_FINDINGS. */
function changeFindings(result: DiffResult, file: string): Finding[] {
  const findings: Finding[] = result.changes.slice(0, MAX_CHANGE_FINDINGS).map((change) => ({
    severity: SEVERITY[change.level],
    message: change.message,
    file,
    rule: change.rule,
  }));
  const more = result.changes.length - MAX_CHANGE_FINDINGS;
  if (more > 0)
    findings.push({ severity: 'notice', message: `…and ${more} more changes: see changelog.md`, file });
  return findings;
}

/** Writes the changelog (or why there is none) and returns its path. */
async function writeChangelog(file: string, api: SchemaState['api']): Promise<string> {
  const body =
    api && !('missing' in api)
      ? renderChangelog(api.result, { title: `API changes against ${api.base}` })
      : `## API changes\n\nNot compared: ${api && 'missing' in api ? api.missing : 'no valid schema'}.\n`;
  await writeFileAtomic(file, body);
  return file;
}

/**
 * Creates or updates the schema's sticky comment. Returns a note for the summary when the
 * comment could not be written (a read-only token): never a failure.
 */
async function postComment(
  platform: Platform,
  token: string | undefined,
  state: SchemaState,
): Promise<string> {
  const comments = platform.repoHost(token)?.changeRequest;
  if (!comments) {
    platform.log.debug(
      'No pull/merge request comment: this run is not for one, or there is no repository host.',
    );
    return '';
  }
  let outcome: CommentOutcome;
  try {
    outcome = await comments.upsert(markerFor(state.schema), renderComment(markerFor(state.schema), state));
  } catch (error) {
    outcome = { status: 'skipped', reason: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.status === 'skipped') {
    platform.log.warning(`The schema comment was not written: ${outcome.reason ?? 'the host refused it'}.`);
    return `\n> ℹ️ The pull/merge request comment was skipped (${outcome.reason ?? 'the host refused it'}); this summary has the report.\n`;
  }
  platform.log.info(`Schema comment ${outcome.status}${outcome.url ? `: ${outcome.url}` : ''}`);
  return '';
}

/** `generate-openapi:backend/schema.yml`, with characters a marker cannot hold replaced. */
export function markerFor(schemaRel: string): string {
  const safe = schemaRel.replace(/[^\w.:/-]/g, '_').replace(/-{2,}/g, '-');
  return `generate-openapi:${safe}`;
}

/** `OpenAPI schema backend/schema.yml: drift, 1 breaking change (major)`. */
function oneLineSummary(
  report: Report,
  drift: Drift | undefined,
  diff: DiffResult | undefined,
  schema: string,
): string {
  const parts: string[] = [];
  const failed = report.checks.find(
    (c) => (c.id === 'generate' || c.id === 'validate') && c.status !== 'passed' && c.status !== 'skipped',
  );
  if (failed) parts.push(`${failed.name.toLowerCase()} failed: ${failed.summary}`);
  if (drift) parts.push(drift.stale ? 'stale (drift)' : 'up to date');
  if (diff) {
    parts.push(
      diff.changes.length === 0
        ? 'no API changes'
        : `${plural(diff.counts.breaking, 'breaking change')}, ${plural(diff.changes.length, 'change')} (${diff.bump})`,
    );
  }
  return `OpenAPI schema ${schema}: ${parts.join(', ') || report.verdict}`;
}

function inside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Moves the generator's file into the report directory in one step (a copy then a rename across devices). */
async function moveInto(from: string, to: string): Promise<void> {
  await writeFileAtomic(to, await readFile(from));
}
