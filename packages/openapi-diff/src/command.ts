/**
 * `maint-actions openapi-diff BASE REVISION`: the engine as a command of its own, as teams run
 * `oasdiff breaking` locally and in any CI. BASE and REVISION are files, `-` for stdin (one of
 * them), or `git:REF:PATH` (the file at a commit of the repository in the current directory).
 * Exit 0 when nothing reaches `--fail-on`, 1 when something does, 2 for a usage or input error.
 * `$ref`s to other files are bundled in at load time (src/bundle.ts, src/files.ts).
 */
import { access, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
// Core's modules one by one, not its index: the command's start-up loads only what it uses, the
// config reader (and `yaml`) when there is a config file, git's runner for git:REF:PATH, js-yaml
// for a YAML document (docs/benchmarks.md, the GitHub pair).
import type { RepoConfig } from '@maint-actions/core/config';
import { CONFIG_FILE_NAMES } from '@maint-actions/core/config-files';
import { ConfigError, describeError, ExitCode, isConfigError } from '@maint-actions/core/errors';
import { bundleExternalRefs, displayLocation, type FileSource, mayHaveExternalRefs } from './bundle';
import { renderChangelog } from './changelog';
import { diffOpenApi, InvalidDocumentError } from './diff';
import { boundaryOf, diskSource, gitPrefix, gitSource, posixRelative } from './files';
import { DocumentParseError, readDocumentText } from './json-text';
import { type Applied, applyIgnores, POLICY_SECTION, PolicyError, parsePolicy } from './policy';
import type { Level } from './types';

export interface CommandIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads all of stdin (for `-`). */
  readonly readStdin?: () => Promise<string>;
  /** Today as YYYY-MM-DD (UTC), for ignore expiry and sunset dates; the real day by default. */
  readonly today?: string;
}

export const OPENAPI_DIFF_HELP = `Usage: maint-actions openapi-diff BASE REVISION [options]

Lists what changed for an API's clients between two OpenAPI 3.0/3.1 documents (JSON or YAML),
most severe first, and the version bump the changes call for.

  BASE, REVISION       a file, - for stdin (one of them), or git:REF:PATH (the file at a commit)

$refs to other files (./schemas/pet.yaml, common.yaml#/Error) are followed: read from the same
place (the same commit for git:REF:PATH), never outside the git repository (or the working
directory); URLs and absolute paths are never read, and each one is named in a warning.

Options:
  --format FORMAT      text (default), markdown or json
  --fail-on LEVEL      breaking (default), warning or none: exit 1 when a change is at least this
  --config FILE        the config file (default: .maint-actions.yml or .yaml in the current directory)
  -h, --help           this help

Exit codes: 0 nothing at --fail-on, 1 something is, 2 a usage or input error.
Rules: docs/openapi-rules.md. Per-rule levels and owned, expiring ignores: the openapi-diff:
section of .maint-actions.yml (levels: {rule-id: breaking|warning|info}, ignore: [{rule,
operation, reason, owner, expires}]).
`;

const FORMATS = ['text', 'markdown', 'json'] as const;
const FAIL_ON = ['breaking', 'warning', 'none'] as const;

export async function runOpenapiDiffCommand(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  try {
    return await run(argv, io);
  } catch (error) {
    const known =
      isConfigError(error) ||
      error instanceof DocumentParseError ||
      error instanceof InvalidDocumentError ||
      error instanceof PolicyError;
    io.stderr.write(`maint-actions openapi-diff: ${printable(describeError(error).message)}\n`);
    if (!known) io.stderr.write(`${describeError(error).stack ?? ''}\n`);
    return known ? ExitCode.ConfigError : ExitCode.Failed;
  }
}

async function run(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`maint-actions openapi-diff: ${describeError(error).message}\n`);
    io.stderr.write(`Run 'maint-actions openapi-diff --help' for usage.\n`);
    return ExitCode.ConfigError;
  }
  if (parsed.values.help) {
    io.stdout.write(OPENAPI_DIFF_HELP);
    return ExitCode.Passed;
  }
  const { format, failOn, base, revision, config } = checked(parsed);
  const config_ = await readConfig(io.cwd, config);
  const file = config_.path
    ? path.relative(io.cwd, config_.path) || path.basename(config_.path)
    : '.maint-actions.yml';
  const policy = parsePolicy(config_.data[POLICY_SECTION], file);
  const [baseRead, headRead] = await Promise.all([read(base, io), read(revision, io)]);
  for (const line of sided(baseRead.warnings, headRead.warnings))
    io.stderr.write(`maint-actions openapi-diff: warning: ${printable(line)}\n`);
  const baseDoc = baseRead.document;
  const headDoc = headRead.document;
  const today = io.today ?? new Date().toISOString().slice(0, 10);
  const result = diffOpenApi(baseDoc, headDoc, { levels: policy.levels, today });
  const applied = applyIgnores(result, policy, today);
  for (const entry of applied.expired) {
    io.stderr.write(
      `maint-actions openapi-diff: ${printable(`${file}: the ignore of ${entry.rule} on ${entry.operation} (owner ${entry.owner}) expired on ${entry.expires}; renew or remove it.`)}\n`,
    );
  }
  io.stdout.write(render(applied, format));
  const failing =
    failOn === 'none'
      ? 0
      : failOn === 'warning'
        ? applied.result.counts.breaking + applied.result.counts.warning
        : applied.result.counts.breaking;
  return failing > 0 ? ExitCode.Failed : ExitCode.Passed;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function checked(parsed: ReturnType<typeof parse>) {
  const format = parsed.values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new ConfigError(`--format must be text, markdown or json (got "${format}").`);
  const failOn = parsed.values['fail-on'] ?? 'breaking';
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new ConfigError(`--fail-on must be breaking, warning or none (got "${failOn}").`);
  if (parsed.positionals.length !== 2)
    throw new ConfigError(
      `expected BASE and REVISION (files, - or git:REF:PATH), got ${parsed.positionals.length} argument${parsed.positionals.length === 1 ? '' : 's'}.`,
    );
  const [base, revision] = parsed.positionals as [string, string];
  if (base === '-' && revision === '-')
    throw new ConfigError('only one of BASE and REVISION can be - (stdin).');
  return {
    format: format as (typeof FORMATS)[number],
    failOn: failOn as (typeof FAIL_ON)[number],
    base,
    revision,
    config: parsed.values.config,
  };
}

/** The warnings of both sides, once each, saying which side has them. */
function sided(base: readonly string[], head: readonly string[]): string[] {
  const inHead = new Set(head);
  const inBase = new Set(base);
  const lines = base.map((w) => `${w} (${inHead.has(w) ? 'base and revision' : 'base'})`);
  for (const w of head) if (!inBase.has(w)) lines.push(`${w} (revision)`);
  return lines;
}

interface Read {
  readonly document: unknown;
  readonly warnings: readonly string[];
}

/**
 * One document, with the files its `$ref`s name bundled in (src/bundle.ts): read from the same
 * place as the document (disk, or the same git ref), never outside its boundary (src/files.ts).
 */
async function read(source: string, io: CommandIO): Promise<Read> {
  const { text, name, place } = await readText(source, io);
  const document = await readDocumentText(text, name);
  if (!mayHaveExternalRefs(text)) return { document, warnings: [] };
  const where = await place();
  // The root is named by its path in the boundary, so base and revision name it alike.
  const rootName = where.rootFile ?? 'stdin';
  const bundled = await bundleExternalRefs({ document, rootName, ...where });
  return { document, warnings: bundled.warnings };
}

interface Place {
  readonly rootFile: string | undefined;
  readonly rootDir: string;
  readonly source: FileSource;
}

/** The text of a document, its name for the parser, and (on demand) where its `$ref`s lead. */
async function readText(
  source: string,
  io: CommandIO,
): Promise<{ text: string; name: string; place: () => Promise<Place> }> {
  if (source === '-') {
    if (!io.readStdin) throw new ConfigError('- (stdin) is not available here.');
    const place = async (): Promise<Place> => {
      const cwd = await realpath(io.cwd);
      const boundary = await boundaryOf(cwd, io.cwd);
      return { rootFile: undefined, rootDir: posixRelative(boundary.dir, cwd), source: diskSource(boundary) };
    };
    return { text: await io.readStdin(), name: 'stdin', place };
  }
  const git = /^git:([^:]+):(.+)$/.exec(source);
  if (git) {
    const [, ref, file] = git as unknown as [string, string, string];
    const { CommandNotFoundError, runProcess } = await import('@maint-actions/core/process');
    let result: Awaited<ReturnType<typeof runProcess>>;
    try {
      result = await runProcess({
        command: 'git',
        args: ['show', `${ref}:${file}`],
        cwd: io.cwd,
        env: { ...io.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        maxBuffer: 1024 * 1024 * 1024,
        timeoutMs: 5 * 60_000,
      });
    } catch (error) {
      if (error instanceof CommandNotFoundError) throw new ConfigError(`${source}: git is not on PATH.`);
      throw error;
    }
    if (result.exitCode !== 0) {
      const reason = result.stderr.trim().split('\n').pop() ?? '';
      throw new ConfigError(`${source}: git could not read ${file} at ${ref} (${reason}).`);
    }
    const place = async (): Promise<Place> => {
      const relative = /^\.\.?\//.test(file) ? `${await gitPrefix(io.cwd, io.env)}${file}` : file;
      const rootFile = path.posix.normalize(relative);
      return { rootFile, rootDir: dirOf(rootFile), source: gitSource(ref, io.cwd, io.env) };
    };
    return { text: result.stdout, name: file, place };
  }
  const absolute = path.resolve(io.cwd, source);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : describeError(error).message;
    throw new ConfigError(`${source}: ${why}; give a file, - for stdin, or git:REF:PATH.`);
  }
  const place = async (): Promise<Place> => {
    const real = await realpath(absolute);
    const boundary = await boundaryOf(path.dirname(real), io.cwd);
    const rootFile = posixRelative(boundary.dir, real);
    return { rootFile, rootDir: dirOf(rootFile), source: diskSource(boundary) };
  };
  return { text, name: source, place };
}

/** The directory of a path relative to the boundary, `''` for the boundary itself. */
function dirOf(file: string): string {
  const dir = path.posix.dirname(file);
  return dir === '.' ? '' : dir;
}

/** loadConfig, with core's config reader loaded only when there may be a file for it to read. */
async function readConfig(cwd: string, explicit: string | undefined): Promise<RepoConfig> {
  if (explicit === undefined && !(await anyExists(cwd, CONFIG_FILE_NAMES)))
    return { path: undefined, data: {} };
  const { loadConfig } = await import('@maint-actions/core/config');
  return loadConfig(cwd, explicit);
}

/** Whether any of `names` may exist in `dir` (anything but "no such file" leaves it to loadConfig). */
async function anyExists(dir: string, names: readonly string[]): Promise<boolean> {
  for (const name of names) {
    try {
      await access(path.resolve(dir, name));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return true;
    }
  }
  return false;
}

function render(applied: Applied, format: (typeof FORMATS)[number]): string {
  const { result } = applied;
  if (format === 'json') {
    return `${JSON.stringify(
      {
        counts: result.counts,
        bump: result.bump,
        changes: result.changes.map((c) => ({
          id: c.rule,
          level: c.level,
          operation: c.method ? `${c.method} ${c.path}` : c.path,
          location: displayLocation(c.location),
          message: c.message,
        })),
      },
      null,
      2,
    )}\n`;
  }
  if (format === 'markdown') {
    const changes = result.changes.map((c) => ({
      ...c,
      path: printable(c.path),
      message: printable(c.message),
    }));
    return renderChangelog({ ...result, changes }, { title: 'API changes' });
  }
  const { breaking, warning, info } = result.counts;
  const lines = [
    `${breaking} breaking, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info; suggested version bump: ${result.bump}` +
      (applied.ignored.length > 0 ? ` (${applied.ignored.length} ignored by the config)` : ''),
  ];
  const width: Record<Level, string> = { breaking: 'breaking', warning: 'warning ', info: 'info    ' };
  for (const c of result.changes) lines.push(`${width[c.level]}  ${printable(c.message)}  [${c.rule}]`);
  return `${lines.join('\n')}\n`;
}

/**
 * Text from a document (a property name, a `$ref`) on one line: control characters (a newline,
 * a carriage return, NUL, ESC) and line separators written as escapes, so no name can start a
 * line of its own, such as a workflow command (`::error::`) where the command runs in CI.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
