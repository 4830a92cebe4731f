/**
 * Replays oasdiff's own checker tests against this engine and prints recall and precision of
 * our breaking verdict, for OpenAPI 3.0 and 3.1 apart. Not run by the tests: it needs an oasdiff
 * checkout, given by --root (never committed here), holding at least its `checker/` and `data/`
 * folders, for example:
 *   git -C OASDIFF_GIT archive HEAD checker data | tar -x -C /tmp/oas
 *   pnpm exec tsx packages/openapi-diff/scripts/oasdiff-eval.ts --root /tmp/oas [--today YYYY-MM-DD]
 * --today sets the day x-sunset dates are judged on (the real day by default, as oasdiff's tests
 * use the clock); --skipped also lists every skipped test with its reason; --show-31 NAME prints
 * the 3.1 spellings (below) of the pairs of the tests whose name ends with NAME.
 *
 * oasdiff's Go tests are read as data, never run. Each `func TestX(t *testing.T)` in
 * checker/*_test.go is translated when its spec pair can be rebuilt without executing Go:
 *  - the two specs are loaded from files (`open("../data/…")`, `open(deprecationFile("…"))`,
 *    `l(t, N)`, `loader.LoadFromFile("…")`, `d(t, diff.NewConfig(), N, M)`) and read here with the
 *    engine's own YAML reader (src/load.ts), with references to other files bundled as the CLI
 *    does (src/bundle.ts);
 *  - a mutation of a loaded spec is replayed only when it is one assignment of a literal (or a
 *    local variable holding one) to a field reached through a chain of plain field, map and
 *    `Paths.Value` / `Responses.Value` / `Parameters.GetByInAndName` steps, such as
 *    `s2.Spec.Paths.Value("/pets").Post.RequestBody.Value.Content["application/json"].Schema.Value.MaxLength = &max`;
 *    any other use of a spec variable (helper calls, appends, local aliases) skips the test;
 *  - the diff runs once with `diff.NewConfig()` and the checker once, with all checks or with one
 *    check (`singleCheckConfig(checker.XCheck)` without options); tables, loops, subtests, the
 *    clock (`time.Now`), other configs and stability-level filters skip the test.
 * Every skipped test is counted under its reason.
 *
 * How truth is decided. oasdiff's level of a check id is the one its rule registry
 * (checker/rules.go) gives it; the tests compare changes without their level for that reason.
 *  - The pair is breaking when the test asserts the presence of at least one ERR-level id (or,
 *    when it keeps only ERR changes, asserts that some are left). This holds whichever checks ran:
 *    a single check that finds a breaking change proves the pair breaking.
 *  - The pair is not breaking when all checks ran and the assertions are complete (empty, or as
 *    many changes as listed ids, none of them ERR).
 *  - A single check that ran and found nothing breaking says nothing of the other checks, so such
 *    a test never counts as a non-breaking pair. It is used for precision only where that is
 *    sound: when we report as breaking a rule that the coverage table (src/oasdiff-coverage.ts)
 *    maps to one of that check's ERR ids, oasdiff's check of that very kind saw nothing breaking,
 *    which counts as a false positive. If our breaking changes are all of other kinds, the pair
 *    is "unsettled" (listed, not counted); if we report nothing breaking it is a true negative.
 *    A test whose assertions are partial but say that some ERR ids are absent (`requireNoChange`,
 *    `require.False(containsId(…))`) is used the same way, for the kinds of those ids.
 *  - Anything else (assertions that leave the ERR question open) skips the test.
 * Tests that rebuild the same pair (same documents after mutation) are one pair: breaking if any
 * of them says so, else not breaking if any all-checks test says so, else the single-check kinds.
 *
 * Our verdict: `diffOpenApi` reports at least one change at level `breaking`. Per version (the
 * base document's `openapi` field): recall = TP/(TP+FN), precision = TP/(TP+FP). The false
 * negatives and false positives are listed with oasdiff's expected ids and our changes.
 *
 * 3.1 as well. oasdiff's data holds few 3.1 documents, so every 3.0 pair is scored a second time
 * with both documents written as 3.1 the way a team migrating its spec would (`respellAs31`), in
 * two spellings of null: `type: [x, 'null']`, and `anyOf: [x, {type: 'null'}]`. The truth stays
 * oasdiff's verdict on the 3.0 pair: a faithful re-spelling does not change what is breaking. A
 * pair whose verdict (or list of changes) differs from its 3.0 spelling's is listed with our
 * changes for both: each is a fault of the re-spelling or of the engine's reading of 3.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleExternalRefs, mayHaveExternalRefs } from '../src/bundle';
import { diffOpenApi } from '../src/diff';
import { diskSource } from '../src/files';
import { parseDocumentText } from '../src/load';
import { OASDIFF_BREAKING } from '../src/oasdiff-coverage';
import type { Change } from '../src/types';

type Json = Record<string, unknown>;
type OasLevel = 'ERR' | 'WARN' | 'INFO';

// ---------------------------------------------------------------------------------------------
// Arguments

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const ROOT = argument('--root');
if (!ROOT) throw new Error('usage: oasdiff-eval.ts --root OASDIFF_CHECKOUT [--today YYYY-MM-DD]');
// oasdiff's tests run with the real clock, so do we unless told otherwise.
const TODAY = argument('--today') ?? new Date().toISOString().slice(0, 10);
const CHECKER = path.join(ROOT, 'checker');

// ---------------------------------------------------------------------------------------------
// oasdiff's registry: id constants, their strings, levels and the check that emits them

interface IdInfo {
  readonly id: string;
  readonly level: OasLevel;
  readonly check: string;
}
const idStrings = new Map<string, string>();
const stringConstants = new Map<string, string>();
for (const name of readdirSync(CHECKER)) {
  if (!name.endsWith('.go')) continue;
  const text = readFileSync(path.join(CHECKER, name), 'utf8');
  for (const m of text.matchAll(/^\s*(\w+)\s*=\s*"([^"\\]*)"\s*$/gm)) {
    if (m[1]!.endsWith('Id') && !name.endsWith('_test.go')) idStrings.set(m[1]!, m[2]!);
    else if (name.endsWith('_test.go')) stringConstants.set(m[1]!, m[2]!);
  }
  // `const x = "…"` and `x = y + "…"` at top level of the test files.
  if (name.endsWith('_test.go')) {
    for (const m of text.matchAll(/^const (\w+)\s*=\s*"([^"\\]*)"/gm)) stringConstants.set(m[1]!, m[2]!);
    for (const m of text.matchAll(/^\s*(\w+)\s*=\s*(\w+) \+ "([^"\\]*)"\s*$/gm)) {
      const head = stringConstants.get(m[2]!);
      if (head !== undefined) stringConstants.set(m[1]!, head + m[3]!);
    }
  }
}
const registry = new Map<string, IdInfo>();
const idsOfCheck = new Map<string, IdInfo[]>();
{
  const rules = readFileSync(path.join(CHECKER, 'rules.go'), 'utf8');
  for (const m of rules.matchAll(/newBackwardCompatibilityRule\((\w+),\s*(ERR|WARN|INFO)\s*,\s*(\w+)/g)) {
    const id = idStrings.get(m[1]!);
    if (!id) continue;
    const info: IdInfo = { id, level: m[2] as OasLevel, check: m[3]! };
    registry.set(m[1]!, info);
    idsOfCheck.set(info.check, [...(idsOfCheck.get(info.check) ?? []), info]);
  }
}
/** Data folders named by `dataFileFn` handles in the tests (`deprecationFile` → deprecation). */
const dataHandles = new Map<string, string>();
for (const name of readdirSync(CHECKER).filter((n) => n.endsWith('_test.go'))) {
  const text = readFileSync(path.join(CHECKER, name), 'utf8');
  for (const m of text.matchAll(/(\w+)\s*=\s*dataFileFn\("([^"]+)"\)/g)) dataHandles.set(m[1]!, m[2]!);
}
/**
 * Setter helpers of the tests whose body is one assignment of their value parameter to a field of
 * their spec parameter (`s.Spec.Paths…Type = types`): name → `Spec.Paths…Type = `.
 */
const setters = new Map<string, string>();
for (const name of readdirSync(CHECKER).filter((n) => n.endsWith('_test.go'))) {
  const text = readFileSync(path.join(CHECKER, name), 'utf8');
  const helper =
    /^func (\w+)\(t \*testing\.T, (\w+) \*load\.SpecInfo, (\w+) [^)]*\) \{\n(?:\s*t\.Helper\(\)\n)?\s*(.+)\n\}/gm;
  for (const m of text.matchAll(helper)) {
    const assignment = new RegExp(`^${m[2]}\\.(Spec\\.\\S+) = ${m[3]}$`).exec(m[4]!.trim());
    if (assignment) setters.set(m[1]!, `${assignment[1]} = `);
  }
}
/** Extension names the tests take from oasdiff's diff package. */
const DIFF_CONSTANTS: Record<string, string> = {
  'diff.SunsetExtension': 'x-sunset',
  'diff.XStabilityLevelExtension': 'x-stability-level',
};

// ---------------------------------------------------------------------------------------------
// Translating one test

/** One step of a Go selector chain: `Name`, `Name(args)` or `Name[key]`. */
interface Step {
  readonly name: string;
  readonly call?: string[];
  readonly index?: string;
}
const DELETE = Symbol('delete');
interface Mutation {
  readonly steps: Step[];
  readonly value: unknown;
  readonly text: string;
}
interface Source {
  readonly file: string;
  readonly mutations: Mutation[];
}
type Truth =
  | { readonly kind: 'breaking' }
  | { readonly kind: 'not-breaking' }
  /** Nothing breaking of some kinds: our rules the coverage table maps to those ERR ids. */
  | { readonly kind: 'not-breaking-of'; readonly rules: ReadonlySet<string> };
interface Usable {
  readonly name: string;
  readonly base: Source;
  readonly head: Source;
  readonly truth: Truth;
  /** The ids the test expects, as `id:LEVEL`. */
  readonly expected: string[];
}
class Skip extends Error {}
const skip = (reason: string): never => {
  throw new Skip(reason);
};

/** Splits `text` at top-level commas (outside quotes and brackets). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** The index of the bracket closing the one at `open`, quotes respected. */
function closing(text: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i;
  }
  return -1;
}

/** Parses `a.B(x).C["k"].D` into steps; undefined when it is not such a chain. */
function parseChain(text: string): Step[] | undefined {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const name = /^\.?(\w+)/.exec(text.slice(i));
    if (!name) return undefined;
    i += name[0].length;
    let step: Step = { name: name[1]! };
    while (text[i] === '(' || text[i] === '[') {
      const end = closing(text, i);
      if (end < 0) return undefined;
      const inner = text.slice(i + 1, end);
      if (text[i] === '(') {
        if (step.call) return undefined;
        step = { ...step, call: splitArgs(inner) };
      } else {
        if (step.index !== undefined) {
          steps.push(step);
          step = { name: '' };
        }
        step = { ...step, index: inner.trim() };
      }
      i = end + 1;
    }
    steps.push(step);
  }
  return steps;
}

/** The value of a Go string expression: a literal or a known constant. */
function goString(expr: string, locals: Map<string, string>): string | undefined {
  const e = expr.trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(e)) return JSON.parse(e) as string;
  if (/^`[^`]*`$/.test(e)) return e.slice(1, -1);
  if (DIFF_CONSTANTS[e]) return DIFF_CONSTANTS[e];
  const local = locals.get(e);
  if (local !== undefined) return goString(local, new Map());
  return stringConstants.get(e);
}

/** The JSON value of a Go expression assigned to a spec field; undefined when not translatable. */
function goValue(expr: string, locals: Map<string, string>, depth = 0): unknown {
  const e = expr.trim();
  if (depth > 5) return undefined;
  if (e === 'nil') return DELETE;
  if (e === 'true' || e === 'false') return e === 'true';
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  const str = goString(e, depth === 0 ? locals : new Map([...locals]));
  if (str !== undefined) return str;
  let m = /^(?:uint64|int|int64|float64)\((-?[\d.]+)\)$/.exec(e);
  if (m) return Number(m[1]);
  if (e.startsWith('&')) return goValue(e.slice(1), locals, depth + 1);
  m = /^(?:&?openapi3\.Types|\[\](?:string|any|interface\{\}))\{(.*)\}$/s.exec(e);
  if (m) {
    const items = splitArgs(m[1]!).map((item) => goValue(item, locals, depth + 1));
    if (items.some((item) => item === undefined || item === DELETE || typeof item === 'object'))
      return undefined;
    if (e.includes('openapi3.Types')) return items.length === 1 ? items[0] : items;
    return items;
  }
  m = /^toJson\(t,\s*(.+)\)$/.exec(e);
  if (m) return goValue(m[1]!, locals, depth + 1);
  const local = locals.get(e);
  if (local !== undefined) return goValue(local, locals, depth + 1);
  return undefined;
}

/** JSON field names that are not the Go field name with its first letter lowered. */
const FIELD_NAMES: Record<string, string> = {
  OperationID: 'operationId',
  Max: 'maximum',
  Min: 'minimum',
  TokenURL: 'tokenUrl',
  AuthorizationURL: 'authorizationUrl',
  RefreshURL: 'refreshUrl',
};
/** Go fields whose JSON form differs by version or in kind, never translated. */
const UNTRANSLATED_FIELDS = new Set(['ExclusiveMin', 'ExclusiveMax', 'AdditionalProperties', 'Ref']);
const METHODS = new Set(['Get', 'Put', 'Post', 'Delete', 'Patch', 'Head', 'Options', 'Trace']);
const PARAMETER_IN: Record<string, string> = {
  'openapi3.ParameterInPath': 'path',
  'openapi3.ParameterInQuery': 'query',
  'openapi3.ParameterInHeader': 'header',
  'openapi3.ParameterInCookie': 'cookie',
};

/** Checks a mutation's steps can be replayed (the walk itself happens on the documents). */
function mutationOf(line: string, specVar: string, viaSpec: boolean, locals: Map<string, string>): Mutation {
  const m = /^(\w+)\.(.+?)\s*=\s*(.+)$/.exec(line);
  if (!m || m[1] !== specVar) skip('mutates a spec in code');
  const chainText = viaSpec
    ? m![2]!.startsWith('Spec.')
      ? m![2]!.slice(5)
      : skip('mutates a spec in code')
    : m![2]!;
  const steps = parseChain(chainText!);
  if (!steps) skip('mutates a spec in code');
  for (const step of steps!)
    if (UNTRANSLATED_FIELDS.has(step.name)) skip(`mutation of ${step.name} not translated`);
  const value = goValue(m![3]!, locals);
  if (value === undefined) skip('mutation assigns a value built in code');
  return { steps: steps!, value, text: line.trim() };
}

/** The path of a spec file named by a Go expression, relative to the checkout; undefined if computed. */
function specFile(expr: string, locals: Map<string, string>): string | undefined {
  const handle = /^(\w+)\((.+)\)$/.exec(expr.trim());
  if (handle && dataHandles.has(handle[1]!)) {
    const name = goString(handle[2]!, locals);
    return name === undefined ? undefined : path.posix.join('data', dataHandles.get(handle[1]!)!, name);
  }
  const file = goString(expr, locals);
  return file === undefined ? undefined : path.posix.normalize(path.posix.join('checker', file));
}

/** Our rules that the coverage table maps to these oasdiff ids (ERR ones only are in it). */
function rulesOf(ids: readonly IdInfo[]): Set<string> {
  const rules = new Set<string>();
  for (const info of ids) for (const rule of OASDIFF_BREAKING[info.id]?.rules ?? []) rules.add(rule);
  return rules;
}

/** Assertions that an id is absent. */
const ABSENT_ASSERTION = /requireNoChange\(|require\.False\(|require\.Nil\(t,\s*findChange/;
const NEGATIVE_ASSERTION =
  /requireNoChange|require\.(False|Nil|NotEqual|NotContains|Empty|Zero)|assert\.(False|Nil|NotEqual|NotContains)|NotContains/;
const VERSIONING_IDS = new Set([
  'APIVersionNotBumpedId',
  'APIVersionDecreasedId',
  'APIMajorVersionNotBumpedId',
]);

function translate(body: string): Omit<Usable, 'name'> {
  if (/\bt\.Run\(/.test(body)) skip('table-driven test (subtests)');
  // A loop before the check builds or runs something per row; one after it only reads the result.
  const firstCheck = body.search(/checker\.CheckBackwardCompatibility|\bd\(t,/);
  const firstLoop = body.search(/^\s*for\b/m);
  if (firstLoop >= 0 && (firstCheck < 0 || firstLoop < firstCheck)) skip('table-driven or looping test');
  if (/time\.Now|civil\./.test(body)) skip('depends on the clock');
  if (/stabilityChanges\(/.test(body)) skip('filters by stability level');
  if (/GetPathsDiff|composed|loadFrom\(/i.test(body)) skip('composed mode (lists of specs)');
  // Joins calls written over several lines.
  const flat = body.replace(/([(,{])\s*\n\s*/g, '$1 ').replace(/,?\s*\n\s*([)}])/g, '$1');
  const lines = flat.split('\n').map((line) => line.trim());

  const locals = new Map<string, string>();
  for (const [i, line] of lines.entries()) {
    const m = /^(\w+)\s*:=\s*(.+)$/.exec(line);
    if (m) locals.set(m[1]!, m[2]!);
    // A call of a one-assignment setter helper is that assignment.
    const call = /^(\w+)\(t,\s*(\w+),\s*(.+)\)$/.exec(line);
    const setter = call && setters.get(call[1]!);
    if (call && setter) lines[i] = `${call[2]}.${setter}${call[3]}`;
  }

  // Loading.
  const specs = new Map<string, { file: string; viaSpec: boolean; line: string }>();
  let shortcut: { base: string; head: string; result: string } | undefined;
  for (const line of lines) {
    let m = /^(\w+)(?:,\s*\w+)?\s*:?=\s*open\((.+)\)$/.exec(line);
    if (m) {
      const args = splitArgs(m[2]!);
      const file = specFile(args[0]!, locals);
      if (!file) skip('spec path computed in code');
      specs.set(m[1]!, { file: file!, viaSpec: true, line });
      continue;
    }
    m = /^(\w+)\s*:?=\s*l\(t,\s*(\d+)(?:,.*)?\)$/.exec(line);
    if (m) {
      specs.set(m[1]!, { file: `data/openapi-test${m[2]}.yaml`, viaSpec: true, line });
      continue;
    }
    m = /^(\w+)(?:,\s*\w+)?\s*:?=\s*\w+\.LoadFromFile\((.+)\)$/.exec(line);
    if (m) {
      const file = specFile(m[2]!, locals);
      if (!file) skip('spec path computed in code');
      specs.set(m[1]!, { file: file!, viaSpec: false, line });
      continue;
    }
    m = /^(\w+)\s*:?=\s*d\(t,\s*(.+?),\s*(\d+),\s*(\d+)(?:,.*)?\)$/.exec(line);
    if (m) {
      if (m[2] !== 'diff.NewConfig()') skip('diff config with options');
      if (shortcut) skip('more than one diff');
      shortcut = {
        base: `data/openapi-test${m[3]}.yaml`,
        head: `data/openapi-test${m[4]}.yaml`,
        result: m[1]!,
      };
    }
  }

  // The diff and the check.
  const diffs = [...flat.matchAll(/diff\.(Get\w*)\(([^\n]*)\)/g)];
  const checks = [...flat.matchAll(/checker\.(CheckBackwardCompatibility\w*)\(/g)];
  let base: Source;
  let head: Source;
  let result: string;
  let scope: 'all' | string;
  let filter: OasLevel;
  if (shortcut) {
    if (diffs.length > 0 || checks.length > 0) skip('more than one diff');
    base = { file: shortcut.base, mutations: [] };
    head = { file: shortcut.head, mutations: [] };
    result = shortcut.result;
    scope = 'all';
    filter = 'WARN';
  } else {
    if (diffs.length === 0) skip('runs no diff of two specs');
    if (diffs.length > 1) skip('more than one diff');
    if (diffs[0]![1] !== 'GetWithOperationsSourcesMap') skip(`diff via ${diffs[0]![1]}`);
    if (checks.length === 0) skip('runs no backward-compatibility check');
    if (checks.length > 1) skip('more than one check run');
    const args = splitArgs(diffs[0]![2]!);
    if (args[0] !== 'diff.NewConfig()') skip('diff config with options');
    const sideVar = (arg: string) => /^(?:&load\.SpecInfo\{Spec:\s*(\w+)\}|(\w+))$/.exec(arg.trim());
    const a = sideVar(args[1] ?? '');
    const b = sideVar(args[2] ?? '');
    const baseVar = a?.[1] ?? a?.[2];
    const headVar = b?.[1] ?? b?.[2];
    if (!baseVar || !headVar || !specs.has(baseVar) || !specs.has(headVar))
      skip('specs not loaded from files');
    const call = /(\w+)\s*:?=\s*checker\.(CheckBackwardCompatibility(?:UntilLevel)?)\((.*)\)$/m.exec(flat);
    if (!call) skip('check result not kept');
    result = call![1]!;
    const callArgs = splitArgs(call![3]!);
    filter =
      call![2] === 'CheckBackwardCompatibility'
        ? 'WARN'
        : ((/^checker\.(ERR|WARN|INFO)$/.exec(callArgs[3] ?? '')?.[1] as OasLevel) ??
          skip('unknown level filter'));
    let config = callArgs[0]!;
    if (/^\w+$/.test(config)) {
      if (new RegExp(`\\b${config}\\.\\w+\\s*=`).test(flat)) skip('checker config changed in code');
      config = locals.get(config) ?? skip('checker config built in code');
    }
    if (config === 'allChecksConfig()') scope = 'all';
    else if (/^checker\.NewConfig\(checker\.GetAllChecks\(\)\)$/.test(config)) scope = 'all';
    else {
      const single = /^singleCheckConfig\(checker\.(\w+)\)$/.exec(config);
      if (!single) skip('checker config with options');
      scope = single![1]!;
      if (!idsOfCheck.has(scope)) skip(`check ${scope} not in the registry`);
    }
    // Every other use of a spec variable must be a replayable mutation.
    const sides: Record<string, Mutation[]> = { [baseVar!]: [], [headVar!]: [] };
    for (const line of lines) {
      for (const [v, spec] of specs) {
        if (line === spec.line || !new RegExp(`\\b${v}\\b`).test(line)) continue;
        if (line.includes('diff.GetWithOperationsSourcesMap(')) continue;
        if (/^require\.NoError/.test(line)) continue;
        if (v !== baseVar && v !== headVar) skip('more than two specs');
        sides[v]!.push(mutationOf(line, v, spec.viaSpec, locals));
      }
    }
    if (baseVar === headVar) skip('one spec diffed with itself after mutations');
    base = { file: specs.get(baseVar!)!.file, mutations: sides[baseVar!]! };
    head = { file: specs.get(headVar!)!.file, mutations: sides[headVar!]! };
  }

  // What the test expects.
  const after = flat.slice(flat.search(new RegExp(`\\b${result}\\s*:?=`)));
  const expected: IdInfo[] = [];
  const absent: IdInfo[] = [];
  for (const line of after.split('\n')) {
    if (ABSENT_ASSERTION.test(line)) {
      for (const m of line.matchAll(/checker\.(\w+Id)\b/g)) {
        const info = registry.get(m[1]!);
        if (info?.level === 'ERR') absent.push(info);
      }
    }
    if (NEGATIVE_ASSERTION.test(line)) continue;
    for (const m of line.matchAll(/checker\.(\w+Id)\b/g)) {
      if (VERSIONING_IDS.has(m[1]!)) continue;
      const info = registry.get(m[1]!);
      if (info) expected.push(info);
    }
  }
  const r = result;
  const len = new RegExp(`require\\.Len\\(t,\\s*${r},\\s*(\\d+)\\)`).exec(after);
  const isEmpty =
    new RegExp(`require\\.Empty\\(t,\\s*${r}\\)`).test(after) || (len !== null && Number(len[1]) === 0);
  const nonEmpty =
    new RegExp(`require\\.NotEmpty\\(t,\\s*${r}\\)`).test(after) || (len !== null && Number(len[1]) > 0);
  const complete =
    isEmpty ||
    new RegExp(`requireSingle(Api)?Change\\(t,[^\\n]*${r}|requireApiChanges\\(t,[^\\n]*${r}\\)`).test(
      after,
    ) ||
    (len !== null && expected.length >= Number(len[1]));
  const levelErr = /checker\.ERR,\s*\w+\[\d+\]\.GetLevel\(\)|Level:\s*checker\.ERR/.test(after);
  const ids = expected.map((e) => `${e.id}:${e.level}`);
  if (isEmpty && expected.length > 0) skip('asserts empty and names ids');
  if (expected.some((e) => e.level === 'ERR') || levelErr || (filter === 'ERR' && nonEmpty))
    return { base, head, truth: { kind: 'breaking' }, expected: ids };
  if (!complete) {
    // Only some ERR ids asserted absent: nothing breaking of their kinds.
    if (absent.length > 0)
      return { base, head, truth: { kind: 'not-breaking-of', rules: rulesOf(absent) }, expected: ids };
    skip('assertions leave open whether an ERR change was found');
  }
  return {
    base,
    head,
    truth:
      scope === 'all'
        ? { kind: 'not-breaking' }
        : { kind: 'not-breaking-of', rules: rulesOf(idsOfCheck.get(scope)!) },
    expected: ids,
  };
}

// ---------------------------------------------------------------------------------------------
// Rebuilding the documents

const parsed = new Map<string, unknown>();
async function load(file: string): Promise<unknown> {
  if (!parsed.has(file)) {
    const text = readFileSync(path.join(ROOT!, file), 'utf8');
    const document = parseDocumentText(text, file);
    if (mayHaveExternalRefs(text)) {
      await bundleExternalRefs({
        document,
        rootFile: file,
        rootDir: path.posix.dirname(file),
        rootName: file,
        source: diskSource({ dir: path.resolve(ROOT!), name: 'the oasdiff checkout' }),
      });
    }
    parsed.set(file, document);
  }
  return structuredClone(parsed.get(file));
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows local `$ref`s, as kin-openapi's `.Value` does. */
function deref(root: Json, node: unknown): unknown {
  for (let hops = 0; hops < 20 && isObject(node) && typeof node.$ref === 'string'; hops++) {
    const ref = node.$ref;
    if (!ref.startsWith('#/')) return node;
    let at: unknown = root;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      at = isObject(at) ? at[key] : Array.isArray(at) ? at[Number(key)] : undefined;
    }
    node = at;
  }
  return node;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Applies one mutation; throws Skip when its path is not in the document. */
function apply(root: Json, mutation: Mutation, locals: Map<string, string>): void {
  const lost = () => skip('mutation path not found in the data');
  let at: unknown = root;
  const steps = mutation.steps;
  const keyOf = (index: string) => goString(index, locals) ?? (/^\d+$/.test(index) ? index : lost());
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const last = i === steps.length - 1;
    at = deref(root, at);
    if (!isObject(at) && !Array.isArray(at)) lost();
    const node = at as Json;
    if (last) {
      // The assignment: `Field = v`, `Field[key] = v` or `Extensions[key] = v`.
      let holder = node;
      let key: string;
      if (step.index !== undefined) {
        if (step.name !== 'Extensions') {
          const inner = node[FIELD_NAMES[step.name] ?? lowerFirst(step.name)];
          holder = isObject(inner) ? inner : lost();
        }
        key = keyOf(step.index);
      } else key = FIELD_NAMES[step.name] ?? lowerFirst(step.name);
      if (step.call) lost();
      if (mutation.value === DELETE) delete holder[key];
      else holder[key] = mutation.value;
      return;
    }
    if (step.name === 'Value' && !step.call) continue;
    if (step.name === 'Paths' || step.name === 'Responses' || step.name === 'Components') {
      at = node[lowerFirst(step.name)];
      continue;
    }
    if (step.name === 'Value' || step.name === 'Find') {
      at = node[goString(step.call?.[0] ?? '', locals) ?? lost()];
      continue;
    }
    if (step.name === 'Status' && step.call) {
      at = node[step.call[0]!];
      continue;
    }
    if (step.name === 'GetOperation' && step.call) {
      at = node[(goString(step.call[0]!, locals) ?? lost()).toLowerCase()];
      continue;
    }
    if (METHODS.has(step.name)) {
      at = node[step.name.toLowerCase()];
      continue;
    }
    if (step.name === 'Parameters' && i + 1 < steps.length && steps[i + 1]!.name === 'GetByInAndName') {
      const call = steps[i + 1]!.call ?? lost();
      const where = PARAMETER_IN[call[0]!] ?? goString(call[0]!, locals) ?? lost();
      const named = goString(call[1]!, locals) ?? lost();
      const list = node.parameters;
      at = Array.isArray(list)
        ? list.map((p) => deref(root, p)).find((p) => isObject(p) && p.in === where && p.name === named)
        : undefined;
      i++;
      if (i === steps.length - 1) lost();
      continue;
    }
    if (step.call) lost();
    if (step.name === 'Extensions' && step.index !== undefined) {
      at = node[keyOf(step.index)];
      continue;
    }
    const field = node[FIELD_NAMES[step.name] ?? lowerFirst(step.name)];
    if (step.index !== undefined) {
      const inner = deref(root, field);
      at = isObject(inner)
        ? inner[keyOf(step.index)]
        : Array.isArray(inner)
          ? inner[Number(step.index)]
          : lost();
    } else at = field;
    if (at === undefined) lost();
  }
}

// ---------------------------------------------------------------------------------------------
// Re-spelling a 3.0 document as 3.1

/**
 * The 3.1 spelling of a 3.0 document, as a team migrating its spec would write it; the input is
 * not changed. Only schemas are rewritten, and only nodes in a schema position are schemas: the
 * values of `components.schemas`, the `schema` of a parameter, header or media type, and what a
 * schema keyword of a schema holds (`properties`, `items`, `allOf`, `not`, …), found by walking
 * the document's structure (paths, operations, components, callbacks) and following local `$ref`s
 * from each position (so `components.x-maint-external`, where bundled files land, is reached too).
 * A key named `nullable` or `example` anywhere else (a property's name, a parameter's example) is
 * left alone. In each schema:
 *  - `nullable: true` adds null where 3.1 says it. With a `type` and `nullAs: 'type'`, `null`
 *    joins the type list (a list already present keeps its entries), and an `enum` gains `null`
 *    too, since 3.0 tools (kin-openapi, and this engine) let null through a nullable schema
 *    whatever its enum. Without a `type`, an `enum` gains `null`. Otherwise (no `type`, or
 *    `nullAs: 'anyOf'`) an `anyOf`/`oneOf` alone gains a `{type: 'null'}` variant, and any other
 *    schema becomes `anyOf: [<the schema>, {type: 'null'}]`, its annotations (description,
 *    readOnly, writeOnly, default, …) kept on the outer node. `nullable: false` is dropped (it is
 *    the default).
 *  - `exclusiveMinimum: true` with `minimum: m` becomes `exclusiveMinimum: m` (likewise for the
 *    maximum); `false`, or `true` with no bound to apply to, is dropped.
 *  - `example: v` becomes `examples: [v]`.
 *  - A `$ref` node keeps its siblings as they are (3.0 ignores them; kin-openapi drops them).
 */
function respellAs31(document: Json, nullAs: 'type' | 'anyOf', tally?: Map<string, number>): Json {
  const count = (what: string) => {
    tally?.set(what, (tally.get(what) ?? 0) + 1);
  };
  const doc = structuredClone(document);
  doc.openapi = '3.1.0';
  type Kind = 'schema' | 'parameter' | 'media' | 'body' | 'response' | 'pathItem' | 'callback';
  const seen = new Map<object, Set<Kind>>();
  const each = (map: unknown, kind: Kind) => {
    if (isObject(map)) for (const value of Object.values(map)) visit(value, kind);
  };
  const all = (list: unknown, kind: Kind) => {
    if (Array.isArray(list)) for (const value of list) visit(value, kind);
  };
  function visit(node: unknown, kind: Kind): void {
    if (!isObject(node)) return;
    const kinds = seen.get(node) ?? new Set<Kind>();
    if (kinds.has(kind)) return;
    seen.set(node, kinds.add(kind));
    if (typeof node.$ref === 'string') {
      const target = deref(doc, node);
      if (target !== node) visit(target, kind);
      return;
    }
    switch (kind) {
      case 'schema':
        respellSchema(node);
        return;
      case 'parameter': // and headers, which are spelled as parameters
        visit(node.schema, 'schema');
        each(node.content, 'media');
        return;
      case 'media':
        visit(node.schema, 'schema');
        if (isObject(node.encoding))
          for (const encoding of Object.values(node.encoding))
            if (isObject(encoding)) each(encoding.headers, 'parameter');
        return;
      case 'body':
        each(node.content, 'media');
        return;
      case 'response':
        each(node.headers, 'parameter');
        each(node.content, 'media');
        return;
      case 'callback':
        each(node, 'pathItem');
        return;
      case 'pathItem':
        all(node.parameters, 'parameter');
        for (const method of METHODS) {
          const operation = node[method.toLowerCase()];
          if (!isObject(operation)) continue;
          all(operation.parameters, 'parameter');
          visit(operation.requestBody, 'body');
          each(operation.responses, 'response');
          each(operation.callbacks, 'callback');
        }
    }
  }
  function respellSchema(node: Json): void {
    for (const key of SCHEMA_MAPS) each(node[key], 'schema');
    for (const key of SCHEMA_LISTS) all(node[key], 'schema');
    for (const key of SCHEMA_ONES) visit(node[key], 'schema');
    if (Array.isArray(node.items)) all(node.items, 'schema');
    if ('example' in node) {
      if (!('examples' in node)) node.examples = [node.example];
      delete node.example;
      count('example → examples');
    }
    for (const [flag, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof node[flag] !== 'boolean') continue;
      if (node[flag] && typeof node[bound] === 'number') {
        node[flag] = node[bound];
        delete node[bound];
        count(`${flag}: true → a number`);
      } else {
        delete node[flag];
        count(`${flag}: boolean dropped`);
      }
    }
    if (typeof node.nullable !== 'boolean') return;
    const nullable = node.nullable;
    delete node.nullable;
    if (!nullable) {
      count('nullable: false dropped');
      return;
    }
    const addNullTo = (key: string) => {
      const list = node[key] as unknown[];
      if (!list.includes(null)) node[key] = [...list, null];
    };
    const typed = typeof node.type === 'string' || Array.isArray(node.type);
    if (typed && nullAs === 'type') {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.includes('null')) node.type = [...types, 'null'];
      if (Array.isArray(node.enum)) addNullTo('enum');
      count(Array.isArray(node.enum) ? 'nullable → null in type and enum' : 'nullable → null in type');
      return;
    }
    if (!typed && Array.isArray(node.enum)) {
      addNullTo('enum');
      count('nullable → null in enum');
      return;
    }
    const constraints = Object.keys(node).filter(
      (key) => !SCHEMA_ANNOTATIONS.has(key) && !key.startsWith('x-'),
    );
    const only = constraints.length === 1 ? constraints[0]! : '';
    if ((only === 'anyOf' || only === 'oneOf') && Array.isArray(node[only])) {
      node[only] = [...(node[only] as unknown[]), { type: 'null' }];
      count(`nullable → a null variant in ${only}`);
      return;
    }
    const inner: Json = {};
    for (const key of constraints) {
      inner[key] = node[key];
      delete node[key];
    }
    node.anyOf = [inner, { type: 'null' }];
    count('nullable → anyOf: [schema, {type: null}]');
  }
  visit(doc.paths, 'callback'); // a map of path items, as a callback is
  visit(doc.webhooks, 'callback');
  const components = isObject(doc.components) ? doc.components : {};
  each(components.schemas, 'schema');
  each(components.parameters, 'parameter');
  each(components.headers, 'parameter');
  each(components.requestBodies, 'body');
  each(components.responses, 'response');
  each(components.callbacks, 'callback');
  each(components.pathItems, 'pathItem');
  return doc;
}
/** Schema keywords holding a map of schemas, a list of schemas, or one schema. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONES = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
];
/** Keywords that annotate a schema rather than constrain it: kept on the outer node of a wrap. */
const SCHEMA_ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$comment',
]);

// ---------------------------------------------------------------------------------------------
// Reading the tests

interface Skipped {
  readonly name: string;
  readonly reason: string;
}
const usable: Usable[] = [];
const skipped: Skipped[] = [];
const localsByTest = new Map<string, Map<string, string>>();
let total = 0;
for (const name of readdirSync(CHECKER).sort()) {
  if (!name.endsWith('_test.go')) continue;
  const text = readFileSync(path.join(CHECKER, name), 'utf8');
  for (const m of text.matchAll(/^func (Test\w*)\((\w+) \*testing\.T\) \{\n([\s\S]*?)^\}/gm)) {
    total++;
    const testName = `${name.replace(/_test\.go$/, '')}:${m[1]}`;
    try {
      usable.push({ name: testName, ...translate(m[3]!) });
      const locals = new Map<string, string>();
      for (const line of m[3]!.split('\n')) {
        const local = /^\s*(\w+)\s*:=\s*(.+)$/.exec(line);
        if (local) locals.set(local[1]!, local[2]!.trim());
      }
      localsByTest.set(testName, locals);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.push({ name: testName, reason: error.message });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pairs, verdicts, counts

interface Pair {
  readonly key: string;
  readonly base: Json;
  readonly head: Json;
  readonly version: string;
  readonly tests: Usable[];
}
const pairs = new Map<string, Pair>();
for (const test of [...usable]) {
  const locals = localsByTest.get(test.name)!;
  try {
    const base = (await load(test.base.file)) as Json;
    const head = (await load(test.head.file)) as Json;
    for (const mutation of test.base.mutations) apply(base, mutation, locals);
    for (const mutation of test.head.mutations) apply(head, mutation, locals);
    // A test of a change whose replay changed nothing was not replayed faithfully.
    if (JSON.stringify(base) === JSON.stringify(head) && test.expected.length > 0)
      skip('replayed pair is identical though changes are expected');
    const key = `${JSON.stringify(base)}\u0000${JSON.stringify(head)}`;
    const openapi = String(base.openapi ?? '');
    const version = openapi.startsWith('3.0')
      ? '3.0'
      : openapi.startsWith('3.1')
        ? '3.1'
        : `other (${openapi})`;
    const pair = pairs.get(key) ?? { key, base, head, version, tests: [] };
    pair.tests.push(test);
    pairs.set(key, pair);
  } catch (error) {
    if (!(error instanceof Skip)) throw error;
    usable.splice(usable.indexOf(test), 1);
    skipped.push({ name: test.name, reason: error.message });
  }
}

type Outcome = 'TP' | 'FN' | 'FP' | 'TN' | 'unsettled' | 'conflict' | 'engine error';
interface Judged {
  readonly pair: Pair;
  readonly outcome: Outcome;
  readonly ours: readonly Change[];
  readonly error?: string;
}
/** Our verdict on one spelling of a pair, against oasdiff's truth for the pair. */
function judge(pair: Pair, base: Json, head: Json): Judged {
  let ours: readonly Change[];
  try {
    ours = diffOpenApi(base, head, { today: TODAY }).changes;
  } catch (error) {
    return { pair, outcome: 'engine error', ours: [], error: (error as Error).message };
  }
  const breaking = ours.filter((c) => c.level === 'breaking');
  const truths = pair.tests.map((t) => t.truth);
  const positive = truths.some((t) => t.kind === 'breaking');
  const negative = truths.some((t) => t.kind === 'not-breaking');
  let outcome: Outcome;
  if (positive && negative) outcome = 'conflict';
  else if (positive) outcome = breaking.length > 0 ? 'TP' : 'FN';
  else if (negative) outcome = breaking.length > 0 ? 'FP' : 'TN';
  else {
    const kinds = new Set<string>();
    for (const t of truths) if (t.kind === 'not-breaking-of') for (const rule of t.rules) kinds.add(rule);
    outcome = breaking.length === 0 ? 'TN' : breaking.some((c) => kinds.has(c.rule)) ? 'FP' : 'unsettled';
  }
  return { pair, outcome, ours };
}
const judged: Judged[] = [...pairs.values()].map((pair) => judge(pair, pair.base, pair.head));
/** The 3.0 pairs once more, both documents re-spelled as 3.1; oasdiff's truth for them is kept. */
interface Respelled {
  readonly as30: Judged;
  readonly as31: Judged;
  /** Whether a schema keyword was re-spelled (else only the `openapi` field differs). */
  readonly rewritten: boolean;
}
const SPELLINGS = [
  { nullAs: 'type', title: '3.0 pairs written as 3.1' },
  { nullAs: 'anyOf', title: '3.0 pairs written as 3.1, null as an anyOf variant' },
] as const;
const respellings = SPELLINGS.map(({ nullAs, title }) => {
  const tally = new Map<string, number>();
  const list: Respelled[] = judged
    .filter((j) => j.pair.version === '3.0')
    .map((j) => {
      const base = respellAs31(j.pair.base, nullAs, tally);
      const head = respellAs31(j.pair.head, nullAs, tally);
      const same = (a: Json, b: Json) =>
        JSON.stringify({ ...a, openapi: '' }) === JSON.stringify({ ...b, openapi: '' });
      const rewritten = !same(base, j.pair.base) || !same(head, j.pair.head);
      return { as30: j, as31: judge(j.pair, base, head), rewritten };
    });
  return { nullAs, title, tally, list };
});

// ---------------------------------------------------------------------------------------------
// Report

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(`oasdiff-eval: ${ROOT} (today ${TODAY})`);
console.log(`${total} tests in checker/*_test.go; ${usable.length} usable, ${skipped.length} skipped`);
const reasons = new Map<string, number>();
for (const s of skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]))
  console.log(`  skipped ${String(n).padStart(4)}  ${reason}`);
const truthCounts = { breaking: 0, 'not-breaking': 0, 'not-breaking-of': 0 };
for (const t of usable) truthCounts[t.truth.kind]++;
console.log(
  `usable tests: ${truthCounts.breaking} expect breaking, ${truthCounts['not-breaking']} expect nothing breaking (all checks), ${truthCounts['not-breaking-of']} expect nothing breaking of some kinds (one check, or ids asserted absent)`,
);
console.log(`${pairs.size} distinct pairs\n`);

const row = (title: string, list: readonly Judged[]) => {
  const of = (o: Outcome) => list.filter((j) => j.outcome === o).length;
  const [tp, fn, fp, tn] = [of('TP'), of('FN'), of('FP'), of('TN')];
  console.log(`${title}: ${list.length} pairs`);
  console.log(`  recall    ${tp}/${tp + fn} = ${ratio(tp, tp + fn)}`);
  console.log(`  precision ${tp}/${tp + fp} = ${ratio(tp, tp + fp)}`);
  console.log(
    `  TP ${tp}  FN ${fn}  FP ${fp}  TN ${tn}  unsettled ${of('unsettled')}  conflict ${of('conflict')}  engine error ${of('engine error')}`,
  );
};
for (const version of [...new Set(judged.map((j) => j.pair.version))].sort())
  row(
    `OpenAPI ${version}`,
    judged.filter((j) => j.pair.version === version),
  );
for (const { title, tally, list } of respellings) {
  row(
    title,
    list.map((r) => r.as31),
  );
  console.log(
    `  ${list.filter((r) => r.rewritten).length} pairs with a schema keyword re-spelled (the others differ only in their openapi field): ${[...tally].map(([what, n]) => `${n} × ${what}`).join('; ')}`,
  );
}

const describe = (j: Judged) => {
  const tests = j.pair.tests;
  const files = [...new Set(tests.map((t) => `${t.base.file} -> ${t.head.file}`))].join(', ');
  const mutated = tests.some((t) => t.base.mutations.length + t.head.mutations.length > 0)
    ? ' (mutated)'
    : '';
  const expected = [...new Set(tests.flatMap((t) => t.expected))].join(', ') || '(none)';
  const ours = j.ours.map((c) => `${c.rule}:${c.level}`).join(', ') || '(none)';
  return [
    `  [${j.pair.version}] ${tests.map((t) => t.name).join(', ')}`,
    `      pair: ${files}${mutated}`,
    `      oasdiff expects: ${expected}`,
    `      we report: ${ours}${j.error ? `; error: ${j.error}` : ''}`,
  ].join('\n');
};
const section = (title: string, outcome: Outcome, group: (j: Judged) => string) => {
  const list = judged.filter((j) => j.outcome === outcome);
  console.log(`\n${title} (${list.length})`);
  const groups = new Map<string, Judged[]>();
  for (const j of list) groups.set(group(j), [...(groups.get(group(j)) ?? []), j]);
  for (const [name, members] of [...groups].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )) {
    console.log(`- ${name} (${members.length})`);
    for (const j of members) console.log(describe(j));
  }
};
const firstErrId = (j: Judged) =>
  j.pair.tests.flatMap((t) => t.expected).find((e) => e.endsWith(':ERR')) ?? 'ERR asserted by level';
const ourBreakingRules = (j: Judged) =>
  [...new Set(j.ours.filter((c) => c.level === 'breaking').map((c) => c.rule))].sort().join(' + ');
section('False negatives, by the ERR id oasdiff expects', 'FN', firstErrId);
section('False positives, by our breaking rules', 'FP', ourBreakingRules);
section(
  'Unsettled (one check saw nothing breaking; we report breaking of another kind)',
  'unsettled',
  ourBreakingRules,
);
section('Conflicting truths', 'conflict', () => 'conflict');
section('Engine errors', 'engine error', (j) => j.error ?? '');

// The 3.0 pairs whose verdict or changes differ once written as 3.1: the same API in both
// spellings, so each is a fault of the re-spelling or of the engine's reading of 3.1.
const key = (c: Change) => `${c.rule}:${c.level}`;
/** The changes of `a` not in `b`, as `rule:level`, counted with repeats. */
const only = (a: readonly Change[], b: readonly Change[]) => {
  const rest = b.map(key);
  return a.map(key).filter((k) => {
    const at = rest.indexOf(k);
    if (at < 0) return true;
    rest.splice(at, 1);
    return false;
  });
};
for (const { title, list } of respellings) {
  const flipped = list.filter((r) => r.as31.outcome !== r.as30.outcome);
  console.log(`\n${title}: pairs whose verdict changes from the 3.0 spelling's (${flipped.length})`);
  for (const r of flipped) {
    const head = `  [${r.as30.outcome} as 3.0 -> ${r.as31.outcome} as 3.1]`;
    console.log(describe(r.as30).replace(/^ {2}\[3\.0\]/, head));
    const error = r.as31.error ? `; error: ${r.as31.error}` : '';
    console.log(`      we report as 3.1: ${r.as31.ours.map(key).join(', ') || '(none)'}${error}`);
  }
  const shifted = list.filter(
    (r) =>
      r.as31.outcome === r.as30.outcome &&
      only(r.as30.ours, r.as31.ours).length + only(r.as31.ours, r.as30.ours).length > 0,
  );
  console.log(`${title}: pairs with the same verdict but other changes (${shifted.length})`);
  for (const r of shifted) {
    console.log(`  [${r.as30.outcome}] ${r.as30.pair.tests.map((t) => t.name).join(', ')}`);
    console.log(`      only as 3.0: ${only(r.as30.ours, r.as31.ours).join(', ') || '(none)'}`);
    console.log(`      only as 3.1: ${only(r.as31.ours, r.as30.ours).join(', ') || '(none)'}`);
  }
}
const shown = argument('--show-31');
if (shown) {
  // The re-spelled documents of the pairs of a test, to check the re-spelling by eye.
  for (const j of judged.filter(
    (j) => j.pair.version === '3.0' && j.pair.tests.some((t) => t.name.endsWith(shown)),
  )) {
    for (const { nullAs, title } of SPELLINGS) {
      console.log(`\n${j.pair.tests.map((t) => t.name).join(', ')}: ${title}`);
      const base = respellAs31(j.pair.base, nullAs);
      const head = respellAs31(j.pair.head, nullAs);
      console.log(JSON.stringify({ base, head }, null, 1));
    }
  }
}
if (process.argv.includes('--skipped')) {
  console.log('\nSkipped tests');
  for (const s of skipped) console.log(`  ${s.name}: ${s.reason}`);
}
