/**
 * The change-flow gate, for PRs/MRs: the description fills the template's sections, an API
 * change comes with documentation (unless a label waives it), and new migrations come with
 * deployment notes. Outside a PR/MR it is skipped.
 */
import path from 'node:path';
import { ConfigError, type Finding, ToolMissingError, which } from '@maint-actions/core';
import { type ChangeRequest, changeRequestOf } from './change-flow/change-request';
import { checkSections, sectionFilled } from './change-flow/description';
import {
  addedFiles,
  changedFiles,
  GitError,
  type GitTarget,
  pathChanged,
  resolveBase,
  trailerValues,
} from './change-flow/git';
import type { Gate, GateContext, GateResult } from './gate';

/** Rule ids of the findings. */
export const CHANGE_FLOW_RULES = {
  description: 'change-flow.description',
  apiDocs: 'change-flow.api-docs',
  deployNotes: 'change-flow.deploy-notes',
} as const;

/** The commit trailer that carries deployment notes. */
export const DEPLOY_NOTES_TRAILER = 'Deploy-Notes';
/** The description section that carries deployment notes. */
export const DEPLOY_NOTES_SECTION = 'Deployment notes';

/** The `change-flow` gate: skipped outside a PR/MR; needs git, not Python or manage.py. */
export const changeFlowGate: Gate = {
  id: 'change-flow',
  name: 'change flow',
  async prepare(ctx) {
    const base = ctx.inputs.baseRef ?? ctx.platform.context.baseRef;
    if (!base) return { skip: 'not a pull/merge request (no base branch; set base-ref to compare with one)' };
    if (base.startsWith('-')) {
      throw new ConfigError(`Input "base-ref" must be a git ref, not an option (got "${base}").`, {
        input: 'base-ref',
      });
    }
    if (!(await which('git', ctx.env)))
      throw new ToolMissingError('git', 'install git (Debian/Ubuntu: apt-get install git)');
    return { run: () => checkChangeFlow(ctx, base) };
  },
};

async function checkChangeFlow(ctx: GateContext, baseInput: string): Promise<GateResult> {
  const change = changeRequestOf(ctx.platform, ctx.inputs);
  const repo: GitTarget = { cwd: ctx.workspace, env: ctx.env };
  const kind = ctx.platform.kind === 'gitlab' ? 'MR' : ctx.platform.kind === 'github' ? 'PR' : 'PR/MR';
  try {
    // The run's exact base commit first, unless base-ref chose another base.
    const exact = ctx.inputs.baseRef === undefined && change.baseSha ? [change.baseSha] : [];
    const base = await resolveBase(repo, [...exact, `origin/${baseInput}`, baseInput], `"${baseInput}"`);
    const findings = [
      ...descriptionFindings(change, ctx.inputs.requiredSections, kind),
      ...(await apiDocsFindings(ctx, repo, base, change)),
      ...(await deployNotesFindings(ctx, repo, base, change, kind)),
    ];
    const rules = new Set(findings.map((f) => f.rule));
    const failed = Object.values(CHANGE_FLOW_RULES).filter((rule) => rules.has(rule));
    return {
      status: failed.length > 0 ? 'failed' : 'passed',
      summary:
        failed.length > 0
          ? `${findings.length} problem${findings.length === 1 ? '' : 's'} (${failed.join(', ')})`
          : `${kind} description, docs and deployment notes in order (against ${shortRef(base)})`,
      findings,
      counts: { problems: findings.length },
    };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return { status: 'error', summary: error.message, findings: [] };
  }
}

const TRUNCATED =
  ' (GitLab passes only the first 2,700 characters of the description: put the required sections first, or give the whole text as pr-body.)';

/** One finding per required section that is missing or left as the template had it. */
function descriptionFindings(change: ChangeRequest, required: readonly string[], kind: string): Finding[] {
  return checkSections(change.description, required).map(({ section, problem }) => ({
    severity: 'error',
    rule: CHANGE_FLOW_RULES.description,
    title: `${kind} description: ${section}`,
    message:
      problem === 'missing'
        ? `The ${kind} description has no "## ${section}" section; add it and fill it in.${change.truncated ? TRUNCATED : ''}`
        : `The ${kind} description's "${section}" section is empty (only the template's text); fill it in.`,
  }));
}

/** An API change (schema diff or `api-changes` > 0) needs a change under `docs-paths`, unless waived. */
async function apiDocsFindings(
  ctx: GateContext,
  repo: GitTarget,
  base: string,
  change: ChangeRequest,
): Promise<Finding[]> {
  const { schema, apiChanges, docsPaths, waiveLabel } = ctx.inputs;
  const schemaChanged = await pathChanged({ cwd: ctx.cwd, env: ctx.env }, base, schema);
  const reported = apiChanges !== undefined && apiChanges > 0;
  if (!schemaChanged && !reported) return [];
  if (change.labels.includes(waiveLabel)) {
    ctx.platform.log.info(`[change-flow] API changed; docs requirement waived by the label "${waiveLabel}".`);
    return [];
  }
  const docs = docsPaths.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
  const changed = await changedFiles(repo, base);
  if (changed.some((file) => docs.some((dir) => dir === '' || file === dir || file.startsWith(`${dir}/`))))
    return [];
  const schemaFile = toPosix(path.relative(ctx.workspace, path.resolve(ctx.cwd, schema)));
  const why = schemaChanged ? `${schemaFile} changed` : `generate-openapi reported ${apiChanges} API changes`;
  return [
    {
      severity: 'error',
      rule: CHANGE_FLOW_RULES.apiDocs,
      title: 'API changed without docs',
      ...(schemaChanged ? { file: schemaFile } : {}),
      message: `The API changed (${why}) but nothing under ${docsPaths.join(', ')} did; document the change, or add the label "${waiveLabel}" when no docs are needed.`,
    },
  ];
}

/** Added migrations need a `Deploy-Notes:` trailer or a filled "Deployment notes" section. */
async function deployNotesFindings(
  ctx: GateContext,
  repo: GitTarget,
  base: string,
  change: ChangeRequest,
  kind: string,
): Promise<Finding[]> {
  const migrations = (await addedFiles(repo, base)).filter(isMigration);
  if (migrations.length === 0) return [];
  if (sectionFilled(change.description, DEPLOY_NOTES_SECTION)) return [];
  if ((await trailerValues(repo, base, DEPLOY_NOTES_TRAILER)).length > 0) return [];
  const shown = migrations.slice(0, 5).join(', ') + (migrations.length > 5 ? ', ...' : '');
  ctx.platform.log.debug(`[change-flow] migrations added: ${migrations.join(', ')}`);
  return [
    {
      severity: 'error',
      rule: CHANGE_FLOW_RULES.deployNotes,
      title: 'Migrations without deployment notes',
      file: migrations[0],
      message: `${migrations.length} migration${migrations.length === 1 ? '' : 's'} added (${shown}) without deployment notes; add a "## ${DEPLOY_NOTES_SECTION}" section to the ${kind} description or a "${DEPLOY_NOTES_TRAILER}:" trailer to a commit message.`,
    },
  ];
}

/** A migration module: `<app>/migrations/<name>.py`, not the package's `__init__.py`. */
export function isMigration(file: string): boolean {
  return /(?:^|\/)migrations\/[^/]+\.py$/.test(file) && path.posix.basename(file) !== '__init__.py';
}

/** A commit id shortened to 12 characters; ref names as they are. */
function shortRef(ref: string): string {
  return /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
