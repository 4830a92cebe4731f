/**
 * The API-changes check: the generated schema against the base (a git ref or a file), by the
 * openapi-diff engine, with the changelog, the findings and the pull/merge request comment.
 */
import { readFile } from 'node:fs/promises';
import {
  type Check,
  type CommentOutcome,
  ConfigError,
  checkSkipped,
  describeError,
  type Finding,
  type GateMode,
  type Platform,
  plural,
  type RepoConfig,
  relativeTo,
  repoConfigOf,
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
import { type BaseSchema, type NoBase, readBaseFromGit } from './base';
import { parseSchemaText, SchemaParseError } from './document';
import { type ApiChanges, renderComment, type SchemaState } from './markdown';
import type { Inputs, Paths } from './paths';
import { type Generated, NOTHING_TO_COMPARE } from './schema-checks';

/** Findings kept for the API changes check (all breaking ones and warnings come first). */
const MAX_CHANGE_FINDINGS = 1000;

/**
 * The API changes against the base, or a skipped check saying why there is no base. `repoConfig`:
 * the repo config in force (the CLI's `--config` file), whose `openapi-diff:` section sets the
 * levels and ignores; unset, the file at the default names.
 */
export async function apiCheck(
  platform: Platform,
  generated: Generated | undefined,
  paths: Paths,
  inputs: Inputs,
  repoConfig?: RepoConfig,
): Promise<{ check: Check; changes: SchemaState['api']; base: string | undefined }> {
  const base = {
    id: 'breaking-changes',
    name: 'Breaking changes',
    mode: (inputs.failOnBreaking ? 'enforce' : 'warn') as GateMode,
  };
  if (!generated)
    return { check: checkSkipped(base, NOTHING_TO_COMPARE), changes: undefined, base: undefined };
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
  const config = await repoConfigOf(paths.workspace, repoConfig);
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
export async function writeChangelog(file: string, api: SchemaState['api']): Promise<string> {
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
export async function postComment(
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
