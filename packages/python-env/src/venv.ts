/**
 * The cached virtualenv of the `install` input: `<workspace>/.maint-actions/venv`, restored from
 * the CI cache by a key of the OS, architecture, Python version and the requirement files'
 * contents; created and filled with pip only on a miss.
 *
 * pip's index settings come from the environment only (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL,
 * PIP_FIND_LINKS, pip.conf): nothing is put on its command line, and credentials in those URLs
 * are registered as secrets before pip runs.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, ensureOwnDir, type Platform, runProcess, secrets, tailUtf8 } from '@maint-actions/core';
import { type PythonInfo, pythonFacts, resolvePython, venvPython } from './interpreter';

type Env = Readonly<Record<string, string | undefined>>;

/** The venv's place, relative to the workspace (GitLab's `cache:` only keeps paths inside the project). */
export const INSTALL_VENV = '.maint-actions/venv';
/** Written into the venv once pip succeeded: the key it was built for. A venv without it is incomplete. */
const MARKER = '.maint-actions-key';
/** Extras of a pyproject's `[project.optional-dependencies]` that are installed when declared. */
export const DEV_EXTRAS = ['dev', 'test'] as const;
/** Environment variables that may hold index URLs with credentials. */
const PIP_URL_VARIABLES = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS'];
/** How much of a failed step's output (redacted) is shown: the same bound as a gate's output tail. */
const STEP_TAIL_KEPT = 16 * 1024;

export interface InstallOptions {
  readonly platform: Platform;
  readonly workspace: string;
  /** The `install` input: requirement files and/or `pyproject.toml`, comma- or newline-separated, relative to the workspace. */
  readonly install: string;
  /** The interpreter that creates the venv. */
  readonly basePython: PythonInfo;
  readonly env: Env;
  readonly timeoutMs: number;
}

export interface InstalledVenv {
  /** The venv's interpreter. */
  readonly python: PythonInfo;
  readonly key: string;
  /** True when the venv was reused (restored or already there) and pip did not run. */
  readonly reused: boolean;
}

/** A file named by `install`, with how pip installs it. */
interface InstallFile {
  /** Absolute path. */
  readonly file: string;
  /** Workspace-relative, for the key and messages. */
  readonly relative: string;
  readonly content: string;
}

/**
 * Restores or builds the venv and returns its interpreter.
 *
 * @throws ConfigError naming `install` when a file is missing or pip fails.
 */
export async function installVenv(options: InstallOptions): Promise<InstalledVenv> {
  const { platform, workspace } = options;
  const files = await readInstallFiles(workspace, options.install);
  const venv = installVenvDir(workspace);
  const key = venvCacheKey(options.basePython.version, files, options.basePython.path);
  registerPipSecrets(platform, options.env);

  const restored = await platform.cache.restore([venv], key);
  const reusable = await venvFor(venv, key, options.env);
  if (reusable) {
    platform.log.info(
      `Python environment: reused ${INSTALL_VENV} (${restored ? `restored from cache key ${key}` : 'already built'}).`,
    );
    return { python: reusable, key, reused: true };
  }
  if (restored) platform.log.warning(`The cached venv (${key}) does not run here; rebuilding it.`);

  platform.log.info(
    `Python environment: installing ${files.map((f) => f.relative).join(', ')} into ${INSTALL_VENV}.`,
  );
  await rm(venv, { recursive: true, force: true });
  ensureOwnDir(path.dirname(venv));
  // Over the base interpreter's packages, as GitLab's `.venv` install is: what the image (or the
  // runner's Python) already has satisfies a requirement without fetching it again.
  await step(
    options,
    options.basePython.path,
    ['-m', 'venv', '--without-pip', '--system-site-packages', venv],
    'python -m venv',
  );
  const python = venvPython(venv);
  const pip = await venvPip(options, python);
  await step(
    options,
    pip.command,
    [...pip.args, 'install', '--disable-pip-version-check', ...pipArgs(files)],
    'pip install',
  );
  await writeFile(path.join(venv, MARKER), `${key}\n`);
  // A restored but broken entry keeps its key: the cache refuses to overwrite it, so do not try.
  if (!restored) await platform.cache.save([venv], key);
  return { python: { path: python, ...(await pythonFacts(python, options.env)) }, key, reused: false };
}

/**
 * The pip command that installs into the venv: the base interpreter's pip aimed at it with
 * `--python` (pip 22.3+), which keeps pip itself out of the venv and the cache; else pip
 * bootstrapped into the venv by `ensurepip`.
 */
async function venvPip(
  options: InstallOptions,
  python: string,
): Promise<{ command: string; args: string[] }> {
  const base = options.basePython.path;
  const probe = await runProcess({
    command: base,
    args: ['-m', 'pip', '--version'],
    env: options.env,
    timeoutMs: 60_000,
  });
  const [major = 0, minor = 0] = (/^pip (\d+)\.(\d+)/.exec(probe.stdout)?.slice(1) ?? []).map(Number);
  if (probe.exitCode === 0 && (major > 22 || (major === 22 && minor >= 3)))
    return { command: base, args: ['-m', 'pip', '--python', python] };
  await step(options, python, ['-m', 'ensurepip', '--default-pip'], 'python -m ensurepip');
  return { command: python, args: ['-m', 'pip'] };
}

/** The absolute venv path `install` uses. */
export function installVenvDir(workspace: string): string {
  return path.join(workspace, INSTALL_VENV);
}

/**
 * `maint-qg-venv-<os>-<arch>-py<version>-<sha256 of the files' names and contents>`; the base
 * interpreter's path goes into the hash too, since the venv sees that interpreter's packages.
 */
export function venvCacheKey(
  version: string,
  files: readonly Pick<InstallFile, 'relative' | 'content'>[],
  base?: string,
): string {
  const hash = createHash('sha256');
  if (base !== undefined) hash.update(`base\0${base}\0`);
  for (const file of files) hash.update(`${file.relative}\0${file.content}\0`);
  return `maint-qg-venv-${process.platform}-${process.arch}-py${version}-${hash.digest('hex')}`;
}

/**
 * pip's arguments for the files: `-r <file>` for a requirements file, and for a
 * `pyproject.toml` an editable install of its project with the `dev`/`test` extras it declares.
 */
export function pipArgs(files: readonly Pick<InstallFile, 'file' | 'content'>[]): string[] {
  return files.flatMap(({ file, content }) => {
    if (path.basename(file) !== 'pyproject.toml') return ['-r', file];
    const extras = declaredExtras(content).filter((extra) =>
      (DEV_EXTRAS as readonly string[]).includes(extra),
    );
    const project = path.dirname(file);
    return ['-e', extras.length > 0 ? `${project}[${extras.join(',')}]` : project];
  });
}

/** The extra names in a pyproject's `[project.optional-dependencies]` table (a light reading of TOML). */
export function declaredExtras(pyproject: string): string[] {
  const extras: string[] = [];
  let inTable = false;
  for (const line of pyproject.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) {
      inTable = header[1]?.trim() === 'project.optional-dependencies';
      continue;
    }
    const key = inTable ? /^\s*(?:"([\w.-]+)"|([\w.-]+))\s*=/.exec(line) : null;
    if (key) extras.push((key[1] ?? key[2]) as string);
  }
  return extras;
}

async function readInstallFiles(workspace: string, install: string): Promise<InstallFile[]> {
  const entries = install
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new ConfigError('Input "install" names no file.', { input: 'install' });
  return Promise.all(
    entries.map(async (entry) => {
      const file = path.resolve(workspace, entry);
      const isFile = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) {
        throw new ConfigError(
          `Input "install" names ${entry}, which is not a file (paths are relative to the repository root).`,
          { input: 'install' },
        );
      }
      return {
        file,
        relative: path.relative(workspace, file).split(path.sep).join('/'),
        content: await readFile(file, 'utf8'),
      };
    }),
  );
}

/** The venv's interpreter when the venv was completely built for `key` and still runs. */
async function venvFor(venv: string, key: string, env: Env): Promise<PythonInfo | undefined> {
  const marker = await readFile(path.join(venv, MARKER), 'utf8').catch(() => '');
  const python = venvPython(venv);
  if (marker.trim() !== key || !existsSync(python)) return undefined;
  try {
    return { path: python, ...(await pythonFacts(python, env)) };
  } catch {
    return undefined;
  }
}

/** Registers the password and user:password of every index URL in pip's environment. */
export function registerPipSecrets(platform: Platform, env: Env): void {
  for (const name of PIP_URL_VARIABLES) {
    for (const word of (env[name] ?? '').split(/\s+/)) {
      const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@]+)@/i.exec(word)?.[1];
      if (!userinfo) continue;
      const password = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : userinfo;
      for (const secret of new Set([userinfo, password, safeDecode(password)])) {
        platform.setSecret(secret);
        secrets.add(secret);
      }
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Runs one step of the install; its output goes to the debug log, and its tail into the error. */
async function step(options: InstallOptions, command: string, args: string[], name: string): Promise<void> {
  const debug = (chunk: string): void => {
    for (const line of chunk.trimEnd().split('\n')) options.platform.log.debug(`[install] ${line}`);
  };
  const result = await runProcess({
    command,
    args,
    cwd: options.workspace,
    env: { ...options.env, PIP_NO_INPUT: '1' },
    timeoutMs: options.timeoutMs,
    onStdout: debug,
    onStderr: debug,
  });
  if (result.exitCode === 0) return;
  const tail = tailUtf8(secrets.redact(`${result.stdout}\n${result.stderr}`.trimEnd()), STEP_TAIL_KEPT);
  if (tail) await options.platform.log.group(`${name} output`, async () => options.platform.log.info(tail));
  const why = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`;
  const last =
    tail
      .split('\n')
      .filter((line) => line.trim() !== '')
      .pop() ?? '';
  throw new ConfigError(`${name} failed (${why}) for the files in "install": ${last.trim()}`, {
    input: 'install',
  });
}

export interface ProjectPythonOptions {
  readonly platform: Platform;
  /** The `python` input. */
  readonly python: string;
  /** The `install` input (or the config's top-level `install:`); undefined installs nothing. */
  readonly install: string | undefined;
  readonly workspace: string;
  readonly cwd: string;
  readonly env: Env;
  /** For the install's steps. */
  readonly timeoutMs: number;
}

/**
 * The interpreter that runs the project: with `install`, the cached venv built over the resolved
 * `python`; without, the resolved `python`, whose `auto` also finds a venv an earlier `install`
 * made. One function for every action with the `install` input (inputs.ts).
 */
export async function prepareProjectPython(options: ProjectPythonOptions): Promise<PythonInfo> {
  const { platform, workspace, cwd, env } = options;
  const venv = installVenvDir(workspace);
  if (!options.install)
    return resolvePython({ python: options.python, workspace, cwd, installVenv: venv, env });
  const basePython = await resolvePython({ python: options.python, workspace, cwd, env });
  const installed = await installVenv({
    platform,
    workspace,
    install: options.install,
    basePython,
    env,
    timeoutMs: options.timeoutMs,
  });
  return installed.python;
}
