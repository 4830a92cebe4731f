/** The diff engine: two parsed OpenAPI 3.0/3.1 documents in, the changes their clients see out. */

import { hasObjectCycle, ObjectCycleFound, withoutObjectCycles } from './acyclic';
import { sharedSubtreeProblem } from './aliases';
import { type Direction, type Finding, joinPath, SchemaComparer, type Textual, type Walk } from './compare';
import {
  child,
  contentKey,
  Document,
  isObject,
  type JsonObject,
  jsonText,
  type Located,
  shown,
} from './document';
import {
  CHECK_BY_HAND,
  day,
  LEVELS,
  lifecycleChanges,
  missing,
  quoted,
  stability,
  unreadableLevel,
  unreadableSunset,
} from './lifecycle';
import { RULES, type RuleId } from './rules';
import type { Bump, Change, DiffOptions, DiffResult, Level } from './types';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const LEVEL_ORDER: Record<Level, number> = { breaking: 0, warning: 1, info: 2 };

/** Thrown when an input is not an OpenAPI 3 document; `side` says which one. */
export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';
  constructor(
    readonly side: 'base' | 'head',
    reason: string,
  ) {
    super(`the ${side} document ${reason}`);
  }
}

/**
 * Compares two already-parsed OpenAPI documents (3.0 or 3.1) and lists what changed for their
 * clients, most severe first, with the version bump the changes call for.
 */
export function diffOpenApi(base: unknown, head: unknown, options: DiffOptions = {}): DiffResult {
  return diffWithStats(base, head, options).result;
}

/** The diff and how many pairs of schema nodes it compared (for the tests that hold it linear). */
export function diffWithStats(
  base: unknown,
  head: unknown,
  options: DiffOptions = {},
): {
  result: DiffResult;
  comparisons: number;
  targetChecks: number;
  proofs: number;
  reachSteps: number;
  sameSteps: number;
} {
  // Objects shared at many places (YAML aliases, or a DAG built by hand) are counted, not
  // expanded, and refused past the limit the reader holds YAML text to (decision 76).
  for (const [side, doc] of [
    ['base', base],
    ['head', head],
  ] as const) {
    const problem = sharedSubtreeProblem(doc);
    if (problem) throw new InvalidDocumentError(side, problem);
  }
  let differ = new Differ(open(base, 'base'), open(head, 'head'), options);
  try {
    differ.run();
  } catch (error) {
    // An object inside itself (YAML aliases): start again with such objects as `$ref`s. Found
    // where a walk goes too deep (ObjectCycleFound), or behind any other failure (JSON text of
    // an enum value that contains itself): looked for only then, as it costs a walk of both.
    if (!(error instanceof ObjectCycleFound) && !hasObjectCycle(base) && !hasObjectCycle(head)) throw error;
    differ = new Differ(
      open(withoutObjectCycles(base), 'base'),
      open(withoutObjectCycles(head), 'head'),
      options,
    );
    differ.run();
  }
  const changes = differ.changes.sort(compareChanges);
  const counts = { breaking: 0, warning: 0, info: 0 };
  for (const change of changes) counts[change.level]++;
  return {
    result: { changes, counts, bump: bumpFor(changes, counts.breaking) },
    comparisons: differ.comparisons,
    targetChecks: differ.targetChecks,
    proofs: differ.proofs,
    reachSteps: differ.reachSteps,
    sameSteps: differ.sameSteps,
  };
}

function open(doc: unknown, side: 'base' | 'head'): Document {
  if (!isObject(doc)) throw new InvalidDocumentError(side, 'is not an OpenAPI document (expected a mapping)');
  if (typeof doc.swagger === 'string') {
    throw new InvalidDocumentError(side, 'is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported');
  }
  if (typeof doc.openapi === 'number') {
    throw new InvalidDocumentError(
      side,
      `has "openapi: ${doc.openapi}", a number: write the full version, such as openapi: 3.1.0 (a string)`,
    );
  }
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
    throw new InvalidDocumentError(
      side,
      'has no "openapi: 3.x" field; only OpenAPI 3.0 and 3.1 are supported',
    );
  }
  return new Document(doc);
}

function bumpFor(changes: readonly Change[], breaking: number): Bump {
  if (breaking > 0) return 'major';
  if (changes.some((change) => RULES[change.rule].additive)) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

function compareChanges(a: Change, b: Change): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    order(a.path, b.path) ||
    order(a.method ?? '', b.method ?? '') ||
    order(a.location, b.location) ||
    order(a.rule, b.rule) ||
    order(a.message, b.message)
  );
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface PathItem {
  readonly path: string;
  readonly item: Located & { readonly node: JsonObject };
}

interface Operation {
  readonly method: string;
  readonly op: Located & { readonly node: JsonObject };
}

interface Endpoint {
  readonly path: string;
  readonly method?: string;
  /**
   * Set for a callback's operation (and the callback itself): whether a breaking change there is
   * info, by its own stability or that of an operation it belongs to. Otherwise the `unstable` set.
   */
  readonly unstable?: boolean;
}

interface Parameter {
  readonly node: JsonObject;
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly location: string;
  readonly schema: Located | undefined;
  /** The media type of a parameter described by `content` instead of `schema`. */
  readonly media?: string;
  /** Every entry of its `content` (the specification allows one; a document may list more). */
  readonly content?: ReadonlyMap<string, MediaType>;
}

class Differ {
  readonly changes: Change[] = [];
  private readonly schemas: SchemaComparer;
  /** True while comparing webhooks, whose request and response directions are swapped. */
  private webhook = false;
  /**
   * Endpoints of draft or alpha stability in the base: their breaking changes are info. The base's
   * level decides, not the revision's: clients of the base relied on what it promised, so the diff
   * that marks a stable (or unmarked) operation draft still breaks with every other change it makes.
   */
  private unstable = new Set<string>();
  private readonly today: string;
  /** What differs for the operations inheriting the root requirement in both documents. */
  private rootSecurity?: [RuleId, string][];
  /**
   * True while comparing a callback's operations: callbacks declared there (callbacks of
   * callbacks) are not compared, so a callback costs its own size at each operation holding it.
   */
  private inCallback = false;

  get comparisons(): number {
    return this.schemas.comparisons;
  }

  get targetChecks(): number {
    return this.schemas.targetChecks;
  }

  /** How many proofs of containment the `oneOf` overlap rule made (compare.ts `contained`). */
  get proofs(): number {
    return this.schemas.proofs;
  }

  /** How many edges `reach` followed (compare.ts). */
  get reachSteps(): number {
    return this.schemas.reachSteps;
  }

  get sameSteps(): number {
    return this.schemas.sameSteps;
  }

  constructor(
    private readonly base: Document,
    private readonly head: Document,
    private readonly options: DiffOptions,
  ) {
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    this.schemas = new SchemaComparer(base, head, this.today);
  }

  run(): void {
    const basePaths = pathItems(this.base);
    const headPaths = pathItems(this.head);
    for (const [key, b] of basePaths) {
      const h = headPaths.get(key);
      if (h) {
        this.comparePathItems(b, h);
        continue;
      }
      const ops = operations(b);
      // A path whose every operation was deprecated (or draft/alpha) follows the lifecycle rules,
      // operation by operation: removing it after the sunset is what deprecation announced.
      const retiring = (o: Operation) => {
        const level = stability(o.op.node['x-stability-level']);
        return o.op.node.deprecated === true || level === 'draft' || level === 'alpha';
      };
      if (ops.length > 0 && ops.every(retiring)) {
        for (const o of ops) this.operationRemoved({ path: b.path, method: o.method }, o);
        continue;
      }
      const methods = ops.map((o) => o.method);
      const what = methods.length > 0 ? ` (${methods.join(', ')})` : '';
      // Had the unreadable levels been draft or alpha, the path could go: say which they are,
      // unless an operation whose facts can be read breaks by its removal anyway (deprecated, of
      // a readable level, with its sunset still ahead): then the verdict needs no unread level.
      const unread = ops.filter((o) => unreadableLevel(o.op.node['x-stability-level']));
      const named = unread.map((o) => `${o.method} ${quoted(o.op.node['x-stability-level'])}`).join(', ');
      const verb = unread.length > 1 ? 'are' : 'is';
      const breaksAnyway = (o: Operation) => {
        const level = stability(o.op.node['x-stability-level']);
        const sunset = day(o.op.node['x-sunset']);
        const unmovable = level !== 'draft' && level !== 'alpha' && !unread.includes(o);
        return unmovable && o.op.node.deprecated === true && sunset !== undefined && sunset > this.today;
      };
      const note =
        unread.length > 0 && ops.every((o) => retiring(o) || unread.includes(o)) && !ops.some(breaksAnyway)
          ? `, and the x-stability-level of ${named} ${verb} not ${LEVELS}, so whether it could be removed cannot be told: ${CHECK_BY_HAND}`
          : '';
      this.emit('path-removed', { path: b.path }, b.item.pointer, `path was removed${what}${note}`);
    }
    for (const [key, h] of headPaths) {
      if (basePaths.has(key)) continue;
      for (const o of operations(h)) {
        this.emit('endpoint-added', { path: h.path, method: o.method }, o.op.pointer, 'endpoint was added');
      }
    }
    this.compareWebhooks();
    this.compareSecuritySchemes();
  }

  /** 3.1 webhooks: the API sends the request and the client answers, so directions swap. */
  private compareWebhooks(): void {
    const base = webhooks(this.base);
    const head = webhooks(this.head);
    this.webhook = true;
    for (const [name, b] of base) {
      const h = head.get(name);
      if (h) this.comparePathItems(b, h);
      else this.emit('webhook-removed', { path: b.path }, b.item.pointer, 'webhook was removed');
    }
    for (const [name, h] of head) {
      if (!base.has(name)) this.emit('webhook-added', { path: h.path }, h.item.pointer, 'webhook was added');
    }
    this.webhook = false;
  }

  /**
   * An operation's callbacks (requests the API sends to the client's server, as webhooks are):
   * compared by name, expression and method with directions swapped, for this operation (at its
   * stability). A callback is labelled `<METHOD> <path> callback <name> <CALLBACK METHOD>
   * <expression>`. Callbacks of callbacks are not compared: one level only, so a callback shared
   * by N operations (a `$ref`) costs N times its size, and an object inside itself is no loop.
   */
  private compareCallbacks(ep: Endpoint, bo: Operation, ho: Operation): void {
    if (this.inCallback) return;
    const base = callbacks(this.base, bo);
    const head = callbacks(this.head, ho);
    const unstable = this.isUnstable(ep);
    const webhook = this.webhook;
    this.inCallback = true;
    this.webhook = !webhook;
    try {
      for (const [name, b] of base) {
        const at: Endpoint = { method: ep.method, path: `${ep.path} callback ${name}`, unstable };
        if (!head.has(name)) {
          if (b && !this.retired(at, expressions(this.base, b)))
            this.emit('callback-removed', at, b.pointer, 'callback was removed');
          continue;
        }
        const h = head.get(name);
        if (b && h) this.compareCallbackObjects(at, b, h);
      }
      for (const [name, h] of head) {
        const at: Endpoint = { method: ep.method, path: `${ep.path} callback ${name}`, unstable };
        if (h && !base.has(name)) this.emit('callback-added', at, h.pointer, 'callback was added');
      }
    } finally {
      this.webhook = webhook;
      this.inCallback = false;
    }
  }

  /**
   * For a removed callback (`at`) or expression whose every operation was deprecated (or draft or
   * alpha), as for a path: each operation's removal said by the lifecycle rules. False, saying
   * nothing, when some operation was not, or there is none.
   */
  private retired(at: Endpoint, items: ReadonlyMap<string, PathItem | undefined>): boolean {
    const ops = [...items].flatMap(([expression, item]) =>
      item ? operations(item).map((o) => ({ expression, o })) : [],
    );
    const retiring = ({ o }: { o: Operation }) => {
      const level = stability(o.op.node['x-stability-level']);
      return o.op.node.deprecated === true || level === 'draft' || level === 'alpha';
    };
    if (ops.length === 0 || !ops.every(retiring)) return false;
    for (const { expression, o } of ops)
      this.operationRemoved({ ...at, path: `${at.path} ${o.method} ${expression}` }, o);
    return true;
  }

  /**
   * One callback (`at` names it) by expression and method. A callback operation is unstable when
   * the operation holding the callback is, or by its own level in the base (as an operation's).
   */
  private compareCallbackObjects(at: Endpoint, b: Located, h: Located): void {
    const base = expressions(this.base, b);
    const head = expressions(this.head, h);
    const none = new Map<string, string>();
    for (const [expression, bItem] of base) {
      if (!head.has(expression)) {
        if (bItem && !this.retired(at, new Map([[expression, bItem]])))
          this.emit(
            'callback-removed',
            at,
            bItem.item.pointer,
            `callback expression ${expression} was removed`,
          );
        continue;
      }
      const hItem = head.get(expression);
      if (!bItem || !hItem) continue;
      const baseOps = new Map(operations(bItem).map((o) => [o.method, o]));
      const headOps = new Map(operations(hItem).map((o) => [o.method, o]));
      for (const [method, bo] of baseOps) {
        const ho = headOps.get(method);
        const own = stability(bo.op.node['x-stability-level']);
        const ep: Endpoint = {
          method: at.method,
          path: `${at.path} ${method} ${expression}`,
          unstable: at.unstable || own === 'draft' || own === 'alpha',
        };
        if (ho) this.compareOperations(ep, bItem, hItem, bo, ho, none);
        else this.operationRemoved(ep, bo);
      }
      for (const [method, ho] of headOps) {
        if (!baseOps.has(method)) {
          const ep = { ...at, path: `${at.path} ${method} ${expression}` };
          this.emit('callback-added', ep, ho.op.pointer, 'callback operation was added');
        }
      }
    }
    for (const [expression, hItem] of head) {
      if (hItem && !base.has(expression))
        this.emit('callback-added', at, hItem.item.pointer, `callback expression ${expression} was added`);
    }
  }

  /**
   * Security schemes, judged by what a client of an operation using them notices (decision 91).
   * A scheme is in use when some operation (of the paths, webhooks or callbacks, by its own
   * `security` or the root's it inherits) uses it in both documents; changes to any other scheme
   * reach no client yet and are info. What only documents a scheme (its description, bearerFormat,
   * `x-` keys, a scope's description) or is compared without case (the HTTP scheme, a header's
   * name) breaks nothing.
   */
  private compareSecuritySchemes(): void {
    const base = securitySchemes(this.base);
    const head = securitySchemes(this.head);
    let usage: [Usage, Usage] | undefined;
    let inheritBoth: string[] | undefined;
    // Names that are one scheme in both documents (one a `$ref` to the other): the same object
    // pair, by where each resolves to.
    const pairOf = (name: string) => `${base.get(name)?.pointer}\n${head.get(name)?.pointer}`;
    const aliases = new Map<string, string[]>();
    for (const name of base.keys()) {
      if (!head.has(name)) continue;
      const names = aliases.get(pairOf(name)) ?? [];
      aliases.set(pairOf(name), names);
      names.push(name);
    }
    const chosen = new Map<string, string>();
    for (const [name, bs] of base) {
      const hs = head.get(name);
      const pointer = child('/components/securitySchemes', name);
      if (!hs) {
        this.emit('security-scheme-removed', { path: '' }, pointer, `security scheme "${name}" was removed`);
        continue;
      }
      const [b, h] = [bs.node, hs.node];
      const changed = schemeChanges(b, h, () => undefined);
      if (Object.values(changed).every((parts) => parts.length === 0)) continue;
      usage ??= [schemeUsage(this.base), schemeUsage(this.head)];
      const [before, after] = usage;
      // Operations inheriting the root requirement in both documents: one sorted list for all
      // schemes both roots name, so a scheme costs the requirements naming it, not every operation.
      inheritBoth ??= [...after.inheriting].filter((key) => before.inheriting.has(key)).sort();
      const users = schemeUsersOf(name, before, after, inheritBoth);
      // A scheme under several names is reported once: on the name most operations use, else on
      // the name that holds it rather than a `$ref` to it.
      const names = aliases.get(pairOf(name))!;
      if (names.length > 1) {
        let pick = chosen.get(pairOf(name));
        if (pick === undefined) {
          let most = -1;
          for (const other of names) {
            const count = schemeUsersOf(other, before, after, inheritBoth).count;
            const holds = base.get(other)!.pointer === child('/components/securitySchemes', other);
            if (count > most || (count === most && count === 0 && holds)) [pick, most] = [other, count];
          }
          chosen.set(pairOf(name), pick!);
        }
        if (pick !== name) continue;
      }
      const still = users.still;
      const found = schemeChanges(b, h, (scope) =>
        still(scope) !== undefined
          ? 'still'
          : users.before(scope)
            ? 'before'
            : users.anyAfter.has(scope)
              ? 'after'
              : users.anyBefore.has(scope)
                ? 'gone'
                : undefined,
      );
      const label = (key: string) => after.labels.get(key) ?? key;
      const text = (parts: readonly Part[]) =>
        parts
          .map((part) =>
            part.scope ? `${part.text}, which ${label(still(part.scope)!)} requires` : part.text,
          )
          .join('; ');
      if (users.count === 0) {
        const all = [...found.breaking, ...found.warning, ...found.added, ...found.note];
        const why = users.usedAfter
          ? 'used only by operations that did not use it before'
          : 'used by no operation';
        this.emit(
          'security-scheme-unused-changed',
          { path: '' },
          pointer,
          `security scheme "${name}" (${why}): ${text(all)}`,
        );
        continue;
      }
      const more =
        users.count > 1 ? ` and ${users.count - 1} more operation${users.count > 2 ? 's' : ''}` : '';
      const said = `security scheme "${name}" (used by ${label(users.first!)}${more})`;
      const rules = [
        ['security-scheme-changed', found.breaking],
        ['security-scheme-url-changed', found.warning],
        ['security-scheme-flow-added', found.added],
        ['security-scheme-note-changed', found.note],
      ] as const;
      for (const [rule, parts] of rules)
        if (parts.length > 0) this.emit(rule, { path: '' }, pointer, `${said}: ${text(parts)}`);
    }
  }

  private comparePathItems(b: PathItem, h: PathItem): void {
    const renames = pathParameterRenames(b.path, h.path);
    const baseOps = new Map(operations(b).map((o) => [o.method, o]));
    const headOps = new Map(operations(h).map((o) => [o.method, o]));
    for (const [method, bo] of baseOps) {
      const ho = headOps.get(method);
      if (ho) this.compareOperations({ path: h.path, method }, b, h, bo, ho, renames);
      else this.operationRemoved({ path: b.path, method }, bo);
    }
    for (const [method, ho] of headOps) {
      if (!baseOps.has(method))
        this.emit('endpoint-added', { path: h.path, method }, ho.op.pointer, 'endpoint was added');
    }
  }

  /**
   * Removing an operation breaks, unless it was draft or alpha, or deprecated with its sunset (if
   * any) passed. Where the verdict needs a base value that cannot be read (a stability level that
   * is none of the four, a sunset that is not a date), the removal breaks, once, and says which.
   */
  private operationRemoved(ep: Endpoint, bo: Operation): void {
    const node = bo.op.node;
    const level = stability(node['x-stability-level']);
    if (level === 'draft' || level === 'alpha') {
      this.emit(
        'deprecated-operation-removed',
        ep,
        bo.op.pointer,
        `operation was removed (stability ${level})`,
      );
      return;
    }
    const unread: string[] = [];
    if (node.deprecated === true && unreadableSunset(node['x-sunset']))
      unread.push(`its x-sunset ${quoted(node['x-sunset'])} is not a date`);
    if (unreadableLevel(node['x-stability-level']))
      unread.push(`its x-stability-level ${quoted(node['x-stability-level'])} is not ${LEVELS}`);
    const note =
      unread.length > 0
        ? `, and ${unread.join(' and ')}, so whether it could be removed cannot be told: ${CHECK_BY_HAND}`
        : '';
    if (node.deprecated !== true) {
      this.emit('operation-removed', ep, bo.op.pointer, `operation was removed${note}`);
      return;
    }
    const sunset = day(node['x-sunset']);
    if ((sunset && sunset > this.today) || unreadableSunset(node['x-sunset']))
      this.emit(
        'operation-removed-before-sunset',
        ep,
        bo.op.pointer,
        sunset
          ? `deprecated operation was removed before its sunset ${sunset}${note}`
          : `deprecated operation was removed${note}`,
      );
    else
      this.emit(
        'deprecated-operation-removed',
        ep,
        bo.op.pointer,
        sunset
          ? `deprecated operation was removed after its sunset ${sunset}`
          : 'deprecated operation was removed',
      );
  }

  private compareLifecycle(ep: Endpoint, bo: Operation, ho: Operation): void {
    const b = bo.op.node;
    const h = ho.op.node;
    const options = { today: this.today, stability: 'stability-decreased' as const };
    for (const change of lifecycleChanges(b, h, options))
      this.emit(change.rule, ep, child(ho.op.pointer, change.keyword), change.text);
    if (b.deprecated === true && h.deprecated !== true)
      this.emit('operation-reactivated', ep, ho.op.pointer, 'operation is no longer deprecated');
    if (
      typeof b.operationId === 'string' &&
      typeof h.operationId === 'string' &&
      b.operationId !== h.operationId
    )
      this.emit(
        'operation-id-changed',
        ep,
        child(ho.op.pointer, 'operationId'),
        `operationId changed from ${b.operationId} to ${h.operationId}`,
      );
  }

  private compareOperations(
    ep: Endpoint,
    bItem: PathItem,
    hItem: PathItem,
    bo: Operation,
    ho: Operation,
    renames: ReadonlyMap<string, string>,
  ): void {
    const level = stability(bo.op.node['x-stability-level']);
    if ((level === 'draft' || level === 'alpha') && ep.unstable === undefined)
      this.unstable.add(`${ep.method} ${ep.path}`);
    this.compareParameters(ep, parameters(this.base, bItem, bo, renames), parameters(this.head, hItem, ho));
    this.compareRequestBodies(ep, bo, ho);
    this.compareResponses(ep, bo, ho);
    this.compareSecurity(ep, bo, ho);
    this.compareLifecycle(ep, bo, ho);
    this.compareCallbacks(ep, bo, ho);
    const sunset = ho.op.node['x-sunset'];
    if (bo.op.node.deprecated !== true && ho.op.node.deprecated === true) {
      // A Date that holds no time (object input) is not shown: toISOString would throw on it.
      const when = missing(sunset) ? '' : typeof sunset === 'string' ? sunset : (day(sunset) ?? '');
      const text = when ? `operation is deprecated (sunset ${when})` : 'operation is deprecated';
      this.emit('operation-deprecated', ep, child(ho.op.pointer, 'deprecated'), text);
    }
  }

  private compareParameters(
    ep: Endpoint,
    base: ReadonlyMap<string, Parameter>,
    head: ReadonlyMap<string, Parameter>,
  ): void {
    for (const [key, h] of head) {
      const b = base.get(key);
      const label = `${h.in} parameter "${h.name}"`;
      if (!b) {
        if (h.required)
          this.emit('parameter-added-required', ep, h.location, `${label} was added and is required`);
        else this.emit('parameter-added-optional', ep, h.location, `${label} was added (optional)`);
        continue;
      }
      // A client always sends a required parameter, so its own default is never applied. Only a
      // spelled-out `required: true` counts: a path parameter without it (an invalid document)
      // keeps its default compared, as oasdiff does.
      const required = b.node.required === true || h.node.required === true;
      const direction = this.webhook ? 'response' : 'parameter';
      const described = b.media !== undefined || h.media !== undefined;
      if (!b.required && h.required)
        this.emit('parameter-made-required', ep, h.location, `${label} is now required`);
      if (b.required && !h.required && h.in !== 'path')
        this.emit('parameter-made-optional', ep, h.location, `${label} is no longer required`);
      if (b.node.deprecated !== true && h.node.deprecated === true)
        this.emit('parameter-deprecated', ep, h.location, `${label} is deprecated`);
      for (const change of lifecycleChanges(b.node, h.node, { today: this.today }))
        this.emit(change.rule, ep, child(h.location, change.keyword), `${label}: ${change.text}`);
      // A parameter described by `content` is written in its media type, not by a style; its
      // schemas are compared entry by entry, in the text or types of the revision's media type.
      if (described)
        this.writtenOtherwise(ep, label, 'parameter', b, h, this.webhook, (bs, hs, subject, media) =>
          this.compareSchemas(
            ep,
            subject,
            bs,
            hs,
            direction,
            required,
            media === undefined ? 'all' : textMode(media),
          ),
        );
      // Spelled-out defaults (`style: form` on a query parameter) change nothing.
      else if (serialisation(b.node, b.in) !== serialisation(h.node, h.in))
        this.emit(
          'parameter-style-changed',
          ep,
          h.location,
          `${label} style/explode changed from ${serialisation(b.node, b.in)} to ${serialisation(h.node, h.in)}`,
        );
      if (b.in === 'query' && b.node.allowEmptyValue === true && h.node.allowEmptyValue !== true)
        this.emit(
          'parameter-empty-value-disallowed',
          ep,
          h.location,
          `${label} no longer allows an empty value`,
        );
      // A single value of a form, exploded parameter (`?q=1`) is also a list of one (`?q=1&q=2`):
      // a scalar that became such a list is compared with the list's items.
      const list = b.schema && h.schema ? this.listOfOne(b, h) : undefined;
      const items = list?.items;
      if (list) {
        // A list refusing every single value accepts nothing the old value did: not widened.
        if (!list.refusedBy)
          this.emit(
            'request-type-widened',
            ep,
            h.location,
            `${label} now takes a list of values (form, exploded): one value is a list of one`,
          );
        // The list's own bounds apply to that list of one, as if the old value was one item long.
        const { minItems, maxItems } = list.array;
        if (typeof minItems === 'number' && minItems > 1)
          this.emit(
            'request-min-items-increased',
            ep,
            child(list.pointer, 'minItems'),
            `${label} minItems changed from 1 (a single value) to ${minItems}`,
          );
        if (typeof maxItems === 'number' && maxItems < 1)
          this.emit(
            'request-max-items-decreased',
            ep,
            child(list.pointer, 'maxItems'),
            `${label} maxItems changed from 1 (a single value) to ${maxItems}`,
          );
        if (list.refusedBy)
          this.emit(
            'parameter-type-changed',
            ep,
            child(list.pointer, list.refusedBy.keyword),
            `${label} ${list.refusedBy.reason}: a single value is refused`,
          );
        else if (list.undecided)
          this.emit(
            'parameter-list-contains-undecided',
            ep,
            child(list.pointer, 'contains'),
            `${label}: ${list.undecided}`,
          );
      }
      // A list that refuses every single value: how its items compare no longer matters. A
      // parameter described by a schema is serialised as text by its style, items and properties
      // too.
      if (!described && b.schema && h.schema && !list?.refusedBy)
        this.compareSchemas(ep, label, b.schema, items ?? h.schema, direction, required, 'all');
    }
    for (const [key, b] of base) {
      if (head.has(key)) continue;
      const sunset = day(b.node['x-sunset']);
      const unreadable = unreadableSunset(b.node['x-sunset']);
      if (b.node.deprecated === true && ((sunset && sunset > this.today) || unreadable))
        this.emit(
          'parameter-removed-before-sunset',
          ep,
          b.location,
          unreadable
            ? `deprecated ${b.in} parameter "${b.name}" was removed, and its x-sunset ${quoted(b.node['x-sunset'])} is not a date, so whether it could be removed cannot be told: ${CHECK_BY_HAND}`
            : `deprecated ${b.in} parameter "${b.name}" was removed before its sunset ${sunset}`,
        );
      else this.emit('parameter-removed', ep, b.location, `${b.in} parameter "${b.name}" was removed`);
    }
  }

  /**
   * When a scalar parameter (or a union of scalars) became an array serialised `form`, exploded
   * (the OpenAPI default for query and cookie parameters): the head's array (`array`, at
   * `pointer`) and the schema one value of it is compared with (`items`): the array's items, with
   * the array's own `default` read as a list of one (`[x]` is `x`) and its deprecation, and the
   * array's own `enum` and `const` as the values their lists of one hold (`enum: [[a], [b]]` is
   * the items' `enum: [a, b]`, `const: [x]` their `const: x`, beside the items' own). Where those
   * hold no list of one the items allow, `refusedBy` names the keyword and says why: no single
   * value passes. An array-level `contains` applies too (`containsOfOne`): the single value must
   * match it (merged into the items' schema by `intersect`), must not match it (as the items'
   * `not`), or cannot exist; `undecided` says what could not be merged exactly and was left out
   * (the items' own are kept: a wider schema, so no narrowing is reported that is not there).
   */
  private listOfOne(
    b: Parameter,
    h: Parameter,
  ):
    | {
        items: Located;
        array: JsonObject;
        pointer: string;
        refusedBy?: { keyword: RefusingKeyword; reason: string };
        undecided?: string;
      }
    | undefined {
    if (this.webhook || !b.schema || !h.schema || serialisation(h.node, h.in) !== 'form/explode')
      return undefined;
    // A style applies to a parameter described by a schema only, never to one given by `content`.
    if (b.media !== undefined || h.media !== undefined) return undefined;
    const bs = this.base.resolve(b.schema);
    const hs = this.head.resolve(h.schema);
    if (bs.unresolved !== undefined || hs.unresolved !== undefined) return undefined;
    const bt = nonNullTypes(bs.node);
    const ht = nonNullTypes(hs.node);
    if (!bt?.length || bt.includes('array') || bt.includes('object') || ht?.length !== 1 || ht[0] !== 'array')
      return undefined;
    if (!isObject(hs.node) || !isObject(hs.node.items)) return undefined;
    const array = hs.node;
    const items = { node: array.items, pointer: child(hs.pointer, 'items') };
    const own: JsonObject = {};
    if ('default' in array)
      own.default =
        Array.isArray(array.default) && array.default.length === 1 ? array.default[0] : array.default;
    if (array.deprecated === true) own.deprecated = true;
    const listed = listsOfOne(array);
    const contains = this.containsOfOne(array, hs.pointer);
    if (Object.keys(own).length === 0 && !listed && contains.kind === 'any')
      return { items, array, pointer: hs.pointer };
    // The items as an inline schema with the array's own keywords over theirs, at the items' place.
    const target = this.head.resolve(this.head.schema(items));
    if (target.unresolved !== undefined || !isObject(target.node)) return undefined;
    const node: JsonObject = { ...target.node, ...own };
    let refusedBy: { keyword: RefusingKeyword; reason: string } | undefined =
      contains.kind === 'none' ? { keyword: contains.keyword, reason: contains.reason } : undefined;
    let undecided: string | undefined =
      contains.kind === 'unresolved'
        ? `a single value must match the array's contains, whose $ref ${shown(contains.ref)} cannot be resolved here; the value is compared without it`
        : undefined;
    if (listed) {
      // Both the items' values and the array's lists of one apply: a single value is in both.
      const theirs = listsOfOne(target.node, false);
      const values = theirs ? listed.values.filter((v) => theirs.texts.has(contentKey(v))) : listed.values;
      if (values.length === 0)
        refusedBy ??= { keyword: listed.keyword, reason: refusal(array, listed.values) };
      else {
        delete node.const;
        node.enum = values;
      }
    }
    if (!refusedBy && contains.kind === 'match') {
      const merged = intersect(node, contains.schema);
      if (merged.empty)
        refusedBy = {
          keyword: 'contains',
          reason: `no value the array's items allow also matches its contains (${merged.empty})`,
        };
      const keys = merged.undecided.join(', ');
      if (keys)
        undecided = `a single value must match both the array's items and its contains, which both set ${keys}; these are not combined here, so the value is compared without the contains' ${keys}`;
    }
    if (!refusedBy && contains.kind === 'mismatch') {
      // A value the items allow that does not match contains; a `not` of the items' own is kept.
      if ('not' in node)
        undecided = `a single value must not match the array's contains (maxContains: 0), and its items have a not of their own; the two are not combined here, so the value is compared without the contains`;
      else node.not = contains.schema;
    }
    return {
      items: { node, pointer: items.pointer },
      array,
      pointer: hs.pointer,
      ...(refusedBy ? { refusedBy } : {}),
      ...(undecided ? { undecided } : {}),
    };
  }

  /**
   * What an array's `contains` asks of a list of one, which holds one or no matching item:
   * `any` (no contains, or both counts allowed), `match` (`minContains` 1, the default: the value
   * must match `schema`), `mismatch` (`maxContains: 0` with `minContains: 0`: it must not) or
   * `none` (neither count allowed: `minContains` above 1, above `maxContains`, or a contains no
   * value matches), or `unresolved` (its `$ref` leads nowhere).
   */
  private containsOfOne(
    array: JsonObject,
    pointer: string,
  ):
    | { kind: 'any' }
    | { kind: 'match' | 'mismatch'; schema: JsonObject }
    | { kind: 'none'; keyword: RefusingKeyword; reason: string }
    | { kind: 'unresolved'; ref: unknown } {
    if (!('contains' in array)) return { kind: 'any' };
    const min = typeof array.minContains === 'number' ? array.minContains : 1;
    const max = typeof array.maxContains === 'number' ? array.maxContains : Number.POSITIVE_INFINITY;
    const none = min <= 0;
    const one = min <= 1 && max >= 1;
    if (none && one) return { kind: 'any' };
    if (!none && !one)
      return min > 1
        ? {
            kind: 'none',
            keyword: 'minContains',
            reason: `minContains is ${min}, more items than a list of one holds`,
          }
        : { kind: 'none', keyword: 'maxContains', reason: `minContains ${min} is above maxContains ${max}` };
    const resolved = this.head.resolve({ node: array.contains, pointer: child(pointer, 'contains') });
    if (resolved.unresolved !== undefined)
      return { kind: 'unresolved', ref: isObject(array.contains) ? array.contains.$ref : array.contains };
    const schema = resolved.node;
    if (schema === true || (isObject(schema) && Object.keys(schema).length === 0))
      return one
        ? { kind: 'any' }
        : {
            kind: 'none',
            keyword: 'maxContains',
            reason: 'maxContains is 0 and contains matches every value',
          };
    if (schema === false)
      return one
        ? { kind: 'none', keyword: 'contains', reason: 'contains matches no value' }
        : { kind: 'any' };
    if (!isObject(schema)) return { kind: 'any' };
    return { kind: one ? 'match' : 'mismatch', schema };
  }

  /**
   * A parameter or response header whose value is written another way: its `content` names
   * another media type, or it moved between `schema` (written by a style) and `content` (written
   * in a media type). `clientReads` when the client reads the value (a response header, a
   * webhook's parameter), so the writer is the revision and the reader the base. Both sides
   * described by `content`: each written entry is paired with one that reads it, as a request
   * body's are (`pairContent`), each pair judged and its schemas compared (`compare`), a written
   * entry nothing reads reported. One side described by a schema: every entry of the other is
   * judged against the style.
   */
  private writtenOtherwise(
    ep: Endpoint,
    label: string,
    kind: 'parameter' | 'header',
    b: Written,
    h: Written,
    clientReads: boolean,
    compare: (b: Located, h: Located, subject: string, media: string | undefined) => void,
  ): void {
    const [changed, compatible] =
      kind === 'parameter'
        ? (['parameter-media-type-changed', 'parameter-media-type-compatible'] as const)
        : (['response-header-media-type-changed', 'response-header-media-type-compatible'] as const);
    const bc = b.media === undefined ? undefined : b.content;
    const hc = h.media === undefined ? undefined : h.content;
    if (bc && hc) {
      const several = bc.size > 1 || hc.size > 1;
      for (const { from, to, verdict } of pairContent(bc, hc, clientReads)) {
        // A written entry nothing reads: one clients wrote that the server no longer reads, or
        // one the server may now write that clients never read.
        if (to === undefined) {
          this.emit(changed, ep, bc.get(from)!.pointer, `${label} is no longer read as ${from}`);
          continue;
        }
        const hm = hc.get(to)!;
        if (from === undefined || verdict === undefined) {
          this.emit(
            changed,
            ep,
            hm.pointer,
            `${label} may now be written as ${to}, which no entry it had reads`,
          );
          continue;
        }
        const bm = bc.get(from)!;
        const text = `${label} is now serialised as ${to} instead of ${from}`;
        if (verdict.kind !== 'same')
          this.emit(
            verdict.kind === 'other' ? changed : compatible,
            ep,
            hm.pointer,
            verdict.why === undefined ? text : `${text}: ${verdict.why}`,
          );
        if (bm.schema && hm.schema) compare(bm.schema, hm.schema, several ? `${label} (${to})` : label, to);
      }
      return;
    }
    // One side described by a schema, the other by `content`; one with neither says nothing.
    const styled = bc ? h : b;
    const entries = bc ?? hc;
    if (styled.schema === undefined || entries === undefined) return;
    const style = serialisation(styled.node, styled.in);
    const several = entries.size > 1;
    // Only the writer's values need be written alike (the base's where the server reads, the
    // revision's where the client reads); the reader's schema is compared as any schema is.
    const writerDoc = clientReads ? this.head : this.base;
    for (const media of [...entries.keys()].sort()) {
      const entry = entries.get(media)!;
      const text = bc
        ? `${label} is now serialised by style ${style} instead of as ${media}`
        : `${label} is now serialised as ${media} instead of by style ${style}`;
      const writer = (clientReads ? hc : bc) ? entry.schema : styled.schema;
      const types = this.writtenAlike(style, media, writerDoc, writer);
      const at = hc ? entry.pointer : h.location;
      if (types === undefined) this.emit(changed, ep, at, text);
      else this.emit(compatible, ep, at, `${text}: its ${types} values are written the same way`);
      const [bs, hs] = bc ? [entry.schema, h.schema] : [b.schema, entry.schema];
      if (bs && hs) compare(bs, hs, several ? `${label} (${media})` : label, hc ? media : undefined);
    }
  }

  /**
   * Whether every value of the writer's schema is written alike by `style` and in `media`, and if
   * so the types of those values. A style writes a scalar bare only as `form` (`?n=3`, `n=3` in a
   * cookie) or `simple` (`3`); `matrix` (`;n=3`) and `label` (`.3`) add to it. JSON writes a
   * number, an integer or a boolean as that text (a string gains quotes, `"abc"`); `text/plain`
   * writes any scalar as its text. Anything else (an array, an object, null, a schema without a
   * declared type or no schema, another media type) is written otherwise, or cannot be shown not
   * to be.
   */
  private writtenAlike(
    style: string,
    media: string,
    doc: Document,
    writer: Located | undefined,
  ): string | undefined {
    if (!style.startsWith('form/') && !style.startsWith('simple/')) return undefined;
    const parsed = parseMedia(media);
    if (!parsed || !writer) return undefined;
    const json = parsed.essence === 'application/json' || parsed.suffix === 'json';
    if (!json && parsed.essence !== 'text/plain') return undefined;
    const allowed = new Set(
      json ? ['integer', 'number', 'boolean'] : ['string', 'integer', 'number', 'boolean'],
    );
    const resolved = doc.resolve(writer);
    if (resolved.unresolved !== undefined || !isObject(resolved.node)) return undefined;
    const schema = resolved.node;
    const types = typeList(schema.type);
    if (!types || types.length === 0 || schema.nullable === true) return undefined;
    if (types.some((t) => !allowed.has(t))) return undefined;
    return [...new Set(types)].sort().join(' | ');
  }

  private compareRequestBodies(ep: Endpoint, bo: Operation, ho: Operation): void {
    const b = this.base.resolve({
      node: bo.op.node.requestBody,
      pointer: child(bo.op.pointer, 'requestBody'),
    });
    const h = this.head.resolve({
      node: ho.op.node.requestBody,
      pointer: child(ho.op.pointer, 'requestBody'),
    });
    const baseBody = b.unresolved === undefined && isObject(b.node) ? b : undefined;
    const headBody = h.unresolved === undefined && isObject(h.node) ? h : undefined;
    if (!headBody) {
      if (baseBody) this.emit('request-body-removed', ep, baseBody.pointer, 'request body was removed');
      return;
    }
    if (!baseBody) {
      if (isRequired(headBody)) {
        this.emit('request-body-made-required', ep, headBody.pointer, 'a required request body was added');
      } else this.emit('request-body-added', ep, headBody.pointer, 'an optional request body was added');
      return;
    }
    if (isRequired(baseBody) && !isRequired(headBody))
      this.emit('request-body-made-optional', ep, headBody.pointer, 'request body is no longer required');
    if (!isRequired(baseBody) && isRequired(headBody)) {
      this.emit(
        'request-body-made-required',
        ep,
        child(headBody.pointer, 'required'),
        'request body is now required',
      );
    }
    this.compareContents(ep, 'request body', baseBody, headBody, this.webhook ? 'response' : 'request');
  }

  private compareResponses(ep: Endpoint, bo: Operation, ho: Operation): void {
    const baseAt = child(bo.op.pointer, 'responses');
    const headAt = child(ho.op.pointer, 'responses');
    // A Responses object may be extended: its `x-` keys are no status codes (decision 92).
    const base = statuses(bo.op.node.responses);
    const head = statuses(ho.op.node.responses);
    // A range is one whatever its case (`2XX` is `2xx`); explicit codes are compared as written.
    const baseKeys = new Map(Object.keys(base).map((status) => [statusKey(status), status]));
    const headKeys = new Set(Object.keys(head).map(statusKey));
    for (const [status, node] of Object.entries(head)) {
      const pointer = child(headAt, status);
      const was = baseKeys.get(statusKey(status));
      if (was === undefined) {
        this.emit('response-status-added', ep, pointer, `response ${status} was added`);
        continue;
      }
      const b = this.base.resolve({ node: base[was], pointer: child(baseAt, was) });
      const h = this.head.resolve({ node, pointer });
      if (b.unresolved === undefined && h.unresolved === undefined) {
        this.compareContents(ep, `response ${status}`, b, h, this.webhook ? 'request' : 'response');
        this.compareHeaders(ep, `response ${status}`, b, h);
      }
    }
    for (const status of Object.keys(base)) {
      if (!headKeys.has(statusKey(status))) {
        const success = /^[23]/.test(status);
        const rule = success ? 'response-status-removed' : 'response-non-success-status-removed';
        this.emit(rule, ep, child(baseAt, status), `response ${status} was removed`);
      }
    }
  }

  private compareHeaders(ep: Endpoint, subject: string, b: Located, h: Located): void {
    const headers = (doc: Document, at: Located) => {
      const out = new Map<string, { node: JsonObject; pointer: string }>();
      const map = isObject(at.node) && isObject(at.node.headers) ? at.node.headers : {};
      for (const [name, node] of Object.entries(map)) {
        const r = doc.resolve({ node, pointer: child(at.pointer, 'headers', name) });
        if (r.unresolved === undefined && isObject(r.node))
          out.set(name.toLowerCase(), { node: r.node, pointer: r.pointer });
      }
      return out;
    };
    const base = headers(this.base, b);
    const head = headers(this.head, h);
    for (const [name, bh] of base) {
      const hh = head.get(name);
      if (!hh) {
        const rule =
          bh.node.required === true ? 'response-header-removed' : 'response-optional-header-removed';
        this.emit(rule, ep, bh.pointer, `${subject} header "${name}" was removed`);
        continue;
      }
      if (bh.node.required === true && hh.node.required !== true)
        this.emit(
          'response-header-made-optional',
          ep,
          hh.pointer,
          `${subject} header "${name}" is no longer always sent`,
        );
      // A header is described by a schema (written by style `simple`) or by `content` (in its
      // media type), as a parameter is: an object `schema` wins, anything else leaves `content`.
      const description = (x: { node: JsonObject; pointer: string }): Written => ({
        node: x.node,
        in: 'header',
        location: x.pointer,
        ...(isObject(x.node.schema)
          ? { schema: { node: x.node.schema, pointer: child(x.pointer, 'schema') } }
          : x.node.content === undefined
            ? { schema: anyValue(x.pointer) }
            : described(contentOf(x))),
      });
      const bd = description(bh);
      const hd = description(hh);
      const label = `${subject} header "${name}"`;
      // In a webhook the API reads the receiver's response: the header's schemas are compared as
      // a request's are, and a media range is wider on the API's side (as the body's, decision 83).
      const direction = this.webhook ? 'request' : 'response';
      const compare = (bs: Located, hs: Located, said: string, media: string | undefined) =>
        this.compareSchemas(
          ep,
          said,
          bs,
          hs,
          direction,
          false,
          media === undefined ? 'all' : textMode(media),
        );
      if (bd.media !== undefined || hd.media !== undefined)
        this.writtenOtherwise(ep, label, 'header', bd, hd, !this.webhook, compare);
      else if (serialisation(bh.node, 'header') !== serialisation(hh.node, 'header'))
        this.emit(
          'response-header-style-changed',
          ep,
          hh.pointer,
          `${label} style/explode changed from ${serialisation(bh.node, 'header')} to ${serialisation(hh.node, 'header')}`,
        );
      // A header described by a schema is text (style `simple`), all the way down.
      if (bd.media === undefined && hd.media === undefined && bd.schema && hd.schema)
        compare(bd.schema, hd.schema, label, undefined);
    }
    for (const [name, hh] of head) {
      if (!base.has(name))
        this.emit('response-header-added', ep, hh.pointer, `${subject} header "${name}" was added`);
    }
  }

  /** Compares the `content` maps of two request bodies or two responses, media type by media type. */
  private compareContents(ep: Endpoint, subject: string, b: Located, h: Located, direction: Direction): void {
    const base = contentOf(b);
    const head = contentOf(h);
    const named = base.size > 1 || head.size > 1;
    // Media types are paired in passes (pairMedia): the same name, then names equal once
    // normalised, then one essence with other parameters, then (response only) a structured-syntax
    // refinement (`application/json` → `application/problem+json`: still what clients parse). A
    // request refined by a suffix leaves what clients send unlisted.
    const response = direction === 'response';
    const pairs = pairMedia(base.keys(), head.keys(), response);
    const renamed = new Map<string, string>();
    for (const [from, { to }] of pairs) if (from !== to) renamed.set(from, to);
    // One media type on both sides (`media` as the revision names it): its schemas compared, or
    // a schema gained (a request that took anything) or lost (a response no longer described).
    const compareMedia = (bm: MediaType, hm: MediaType, media: string, textual?: Textual) => {
      if (bm.schema && hm.schema) {
        this.compareSchemas(
          ep,
          named ? `${subject} (${media})` : subject,
          bm.schema,
          hm.schema,
          direction,
          false,
          textual ?? textMode(media, hm.encoding),
        );
      } else if (!bm.schema && hm.schema && !response) {
        this.emit(
          'request-media-type-schema-added',
          ep,
          hm.schema.pointer,
          `${subject} (${media}) now has a schema`,
        );
      } else if (bm.schema && !hm.schema && response && !describesNothing(this.base, bm.schema)) {
        this.emit(
          'response-media-type-schema-removed',
          ep,
          hm.pointer,
          `${subject} (${media}) no longer has a schema: what comes is not described`,
        );
      }
    };
    // Several request types held by one range: each compared with it, each finding said once.
    const saidFor = new Map<string, Set<string>>();
    const compareOnce = (bm: MediaType, hm: MediaType, media: string, textual?: Textual) => {
      const start = this.changes.length;
      compareMedia(bm, hm, media, textual);
      const said = saidFor.get(media) ?? new Set<string>();
      saidFor.set(media, said);
      for (const change of this.changes.splice(start)) {
        const key = `${change.rule}\n${change.location}\n${change.message}`;
        if (said.has(key)) continue;
        said.add(key);
        this.changes.push(change);
      }
    };
    for (const [from, to] of renamed) {
      const how = pairs.get(from)!.how;
      if (how !== 'same') {
        const rule =
          how === 'parameters'
            ? 'media-type-parameters-changed'
            : how === 'range'
              ? 'media-type-range-changed'
              : 'response-media-type-specialized';
        const verb = response ? 'now comes as' : 'now accepts';
        this.emit(rule, ep, head.get(to)!.pointer, `${subject} ${verb} ${to} instead of ${from}`);
      }
      // A request type held by a range is still sent as that type: its values read as its text.
      const bm = base.get(from)!;
      const sent = how === 'range' && !response ? textMode(from, bm.encoding) : undefined;
      compareOnce(bm, head.get(to)!, to, sent);
    }
    const paired = new Set(renamed.values());
    for (const [media, hm] of head) {
      // A range paired with types it holds is compared with itself too when listed on both sides.
      if (paired.has(media) && !base.has(media)) continue;
      const bm = base.get(media);
      if (!bm) {
        const verb = response ? 'now comes as' : 'now accepts';
        this.emit('media-type-added', ep, hm.pointer, `${subject} ${verb} ${media}`);
      } else compareOnce(bm, hm, media);
    }
    for (const [media, bm] of base) {
      if (head.has(media) || renamed.has(media)) continue;
      if (direction === 'response') {
        this.emit('response-media-type-removed', ep, bm.pointer, `${subject} no longer comes as ${media}`);
      } else this.emit('request-media-type-removed', ep, bm.pointer, `${subject} no longer accepts ${media}`);
    }
  }

  private compareSecurity(ep: Endpoint, bo: Operation, ho: Operation): void {
    const b = security(this.base, bo);
    const h = security(this.head, ho);
    const location = h.pointer ?? b.pointer ?? child(ho.op.pointer, 'security');
    // Operations inheriting the root requirement in both documents all differ alike: compared once.
    const inherited = b.pointer === '/security' && h.pointer === '/security';
    if (inherited && this.rootSecurity === undefined)
      this.rootSecurity = securityFindings(b.alternatives, h.alternatives);
    const found = inherited ? this.rootSecurity! : securityFindings(b.alternatives, h.alternatives);
    for (const [rule, text] of found) this.emit(rule, ep, location, text);
  }

  private compareSchemas(
    ep: Endpoint,
    subject: string,
    b: Located,
    h: Located,
    direction: Direction,
    requiredParameter = false,
    textual: Textual = 'none',
  ): void {
    this.report(ep, subject, this.schemas.compareRoot(b, h, direction, textual), requiredParameter);
  }

  /**
   * Reports a walk's findings, then those of each reference pair reachable from it, once each:
   * a change inside a shared component is reported for every operation that uses it, under the
   * property path by which the operation first reaches it.
   */
  private report(ep: Endpoint, subject: string, root: Walk, requiredParameter = false): void {
    this.say(ep, subject, this.schemas.settled(root.findings), '', requiredParameter);
    const visited = new Set<string>();
    for (const edge of root.edges) {
      for (const reached of this.schemas.reach(edge.key)) {
        if (visited.has(reached.key)) continue;
        visited.add(reached.key);
        this.say(ep, subject, reached.findings, joinPath(edge.at, reached.at), requiredParameter);
      }
    }
  }

  private say(
    ep: Endpoint,
    subject: string,
    findings: readonly Finding[],
    prefix: string,
    requiredParameter = false,
  ): void {
    for (const finding of findings) {
      const at = joinPath(prefix, finding.at);
      if (requiredParameter && at === '' && PARAMETER_DEFAULT.has(finding.rule)) continue;
      this.emit(
        finding.rule,
        ep,
        finding.location,
        `${subject}${at ? ` property "${at}"` : ''} ${finding.text}`,
      );
    }
  }

  private isUnstable(ep: Endpoint): boolean {
    return ep.unstable ?? this.unstable.has(`${ep.method} ${ep.path}`);
  }

  private emit(rule: RuleId, ep: Endpoint, location: string, text: string): void {
    let level = this.options.levels?.[rule] ?? RULES[rule].level;
    if (level === 'breaking' && this.isUnstable(ep)) level = 'info';
    const where = ep.method ? `${ep.method} ${ep.path}` : ep.path || 'components';
    const message = `${where}: ${text}`;
    this.changes.push(
      ep.method
        ? { rule, level, path: ep.path, method: ep.method, location, message }
        : { rule, level, path: ep.path, location, message },
    );
  }
}

/**
 * Where values of a body or `content` parameter travel as text (decision 70), by an allow-list:
 * `body` (text throughout, and the whole text one string) for `text/*` (but not a JSON or YAML text type), `application/xml` and `…+xml`, and
 * `application/x-www-form-urlencoded`; `parts` for `multipart/*`, whose scalar parts are text
 * (an object part is JSON by default), unless its `encoding` gives any part a content type
 * that is not text; `none` (every type apart) for all others: JSON and `…+json`, the wildcard types,
 * NDJSON, YAML, MessagePack, CBOR and any type not listed.
 */
function textMode(media: string, encoding?: unknown): Textual {
  const type = media.split(';')[0]!.trim().toLowerCase();
  const slash = type.indexOf('/');
  const top = type.slice(0, slash);
  const sub = type.slice(slash + 1);
  if (slash < 0) return 'none';
  if (type === 'application/x-www-form-urlencoded' || type === 'application/xml' || sub.endsWith('+xml'))
    return 'body';
  if (top === 'text') return /json|yaml|yml/.test(sub) ? 'none' : 'body';
  if (top !== 'multipart') return 'none';
  if (isObject(encoding))
    for (const part of Object.values(encoding)) {
      const contentType = isObject(part) ? part.contentType : undefined;
      if (typeof contentType !== 'string') continue;
      // A list of types (`image/png, image/jpeg`): each must be text.
      if (contentType.split(',').some((one) => textMode(one) !== 'body')) return 'none';
    }
  return 'parts';
}

/** The parameter's own default: meaningless while the parameter is required. */
const PARAMETER_DEFAULT: ReadonlySet<RuleId> = new Set([
  'parameter-default-changed',
  'parameter-default-added',
]);

/** Path items by their template with parameter names blanked, so `{id}` and `{pk}` match. */
function pathItems(doc: Document): Map<string, PathItem> {
  const items = new Map<string, PathItem>();
  const paths = doc.root.paths;
  if (!isObject(paths)) return items;
  for (const [path, node] of Object.entries(paths)) {
    if (!path.startsWith('/')) continue;
    const item = doc.resolve({ node, pointer: child('/paths', path) });
    if (item.unresolved !== undefined || !isObject(item.node)) continue;
    // `[^{}]`, not `[^}]`: from each `{` the search stops at the next one, so a name of many `{`
    // and no `}` costs its length, not its length squared.
    items.set(path.replace(/\{[^{}]*\}/g, '{}'), { path, item: { node: item.node, pointer: item.pointer } });
  }
  return items;
}

/** A Responses object's entries without its specification extensions (`x-` keys). */
/** A status key as compared: a range (`2XX`, `2xx`) in upper case, any other key as written. */
function statusKey(status: string): string {
  return /^[1-5]xx$/i.test(status) ? status.toUpperCase() : status;
}

function statuses(responses: unknown): JsonObject {
  const out: JsonObject = {};
  if (!isObject(responses)) return out;
  for (const [status, node] of Object.entries(responses))
    if (!status.startsWith('x-')) Object.defineProperty(out, status, { value: node, enumerable: true });
  return out;
}

function operations({ item }: PathItem): Operation[] {
  const found: Operation[] = [];
  for (const method of METHODS) {
    const node = item.node[method];
    if (isObject(node))
      found.push({ method: method.toUpperCase(), op: { node, pointer: child(item.pointer, method) } });
  }
  return found;
}

/** Base path-parameter names mapped to the head's, by position in the template. */
function pathParameterRenames(basePath: string, headPath: string): ReadonlyMap<string, string> {
  const headNames = templateNames(headPath);
  return new Map(templateNames(basePath).map((name, i) => [name, headNames[i] ?? name]));
}

function templateNames(path: string): string[] {
  return Array.from(path.matchAll(/\{([^{}]*)\}/g), (m) => m[1] ?? '');
}

function isRequired(body: Located): boolean {
  return isObject(body.node) && body.node.required === true;
}

/** An operation's parameters with the path item's merged in (the operation's win), by `in` and name. */
function parameters(
  doc: Document,
  { item }: PathItem,
  { op }: Operation,
  renames?: ReadonlyMap<string, string>,
): Map<string, Parameter> {
  const found = new Map<string, Parameter>();
  for (const owner of [item, op]) {
    const list = owner.node.parameters;
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index++) {
      const resolved = doc.resolve({
        node: list[index],
        pointer: child(owner.pointer, 'parameters', String(index)),
      });
      if (resolved.unresolved !== undefined || !isObject(resolved.node)) continue;
      const p = resolved.node;
      if (typeof p.name !== 'string' || typeof p.in !== 'string') continue;
      const name = p.in === 'path' ? (renames?.get(p.name) ?? p.name) : p.name;
      const key = `${p.in}:${p.in === 'header' ? name.toLowerCase() : name}`;
      found.set(key, {
        node: p,
        name,
        in: p.in,
        required: p.in === 'path' || p.required === true,
        location: resolved.pointer,
        ...(isObject(p.schema)
          ? { schema: { node: p.schema, pointer: child(resolved.pointer, 'schema') } }
          : p.content === undefined
            ? { schema: anyValue(resolved.pointer) }
            : described(contentOf(resolved))),
      });
    }
  }
  return found;
}

/**
 * The schema of a parameter or header that has neither `schema` nor `content` (3.0 asks for one;
 * 3.1 too): nothing constrains its value, so it reads as `{}`, at the place its schema would be.
 */
function anyValue(owner: string): Located {
  return { node: {}, pointer: child(owner, 'schema') };
}

/**
 * A parameter or header described by `content`: its entries, and its first media type and that
 * one's schema (`media` says only that it is described so; the entries are compared, paired
 * whatever their order, by `pairContent`).
 */
function described(content: Map<string, MediaType>): {
  schema: Located | undefined;
  media?: string;
  content?: ReadonlyMap<string, MediaType>;
} {
  const first = content.entries().next().value;
  return first ? { schema: first[1].schema, media: first[0], content } : { schema: undefined };
}

/** How a parameter's or response header's value is described: by a schema and a style, or `content`. */
interface Written {
  readonly node: JsonObject;
  readonly in: string;
  readonly location: string;
  readonly schema: Located | undefined;
  readonly media?: string;
  readonly content?: ReadonlyMap<string, MediaType>;
}

/** How one media type of a parameter or header became another: nothing, breaking, or info and why. */
type Verdict = { kind: 'same'; why?: undefined } | { kind: 'other' | 'compatible'; why?: string };

/**
 * How a parameter's or header's media type `from` became `to` (paired `how` by `pairMedia`, or
 * not paired by it), for the side that reads the value (the client when `clientReads`). No
 * `Content-Type` travels with such a value: what counts is whether a value written the old way is
 * read the same. `same` for one media type (equal once normalised, decision 78); compatible when
 * parameters were added or dropped (none but a charset named on both sides with another value),
 * a structured-syntax type and the type its suffix names (either way: both are one syntax), a
 * range wider where the value is read (decision 83), a charset the reader reads the writer's in
 * (`charsetVerdict`); else `other`: another essence or syntax, a parameter with another value, a
 * range narrowed on the reading side, a charset the reader reads otherwise.
 */
function mediaVerdict(
  from: string,
  to: string,
  clientReads: boolean,
  how: MediaPairing['how'] | undefined,
  parse: (name: string) => MediaName | undefined = parseMedia,
): Verdict {
  if (how === 'same') return { kind: 'same' };
  if (how === 'range') {
    const narrower = parse(to)?.subtype === '*' ? `every type of the range ${to}` : to;
    return {
      kind: 'compatible',
      why: clientReads
        ? `${narrower} is one of the types the range ${from} allowed`
        : `the range ${to} holds ${from}, so a value written as before is still read`,
    };
  }
  const b = parse(from);
  const h = parse(to);
  if (!b || !h) return { kind: 'other' };
  for (const [k, v] of b.params)
    if (k !== 'charset' && h.params.has(k) && h.params.get(k) !== v) return { kind: 'other' };
  const charset = charsetVerdict(b, h, clientReads);
  if (charset?.kind === 'other') return charset;
  const refines = (x: MediaName, y: MediaName) =>
    x.type === y.type && x.suffix === undefined && y.suffix === x.subtype;
  if (how === 'suffix' || refines(b, h) || refines(h, b))
    return {
      kind: 'compatible',
      why: `both are ${b.suffix ?? b.subtype} (a structured-syntax suffix names the other), the value is written as before`,
    };
  if (b.essence !== h.essence) return { kind: 'other' };
  return (
    charset ?? {
      kind: 'compatible',
      why: 'only its media type parameters changed, the value is written as before',
    }
  );
}

/** Charsets that write US-ASCII text as US-ASCII does: a reader in one reads ASCII text alike. */
const ASCII_NAMES: ReadonlySet<string> = new Set([
  'us-ascii',
  'ascii',
  'iso646-us',
  'ansi_x3.4-1968',
  'csascii',
]);
function holdsAscii(charset: string): boolean {
  return (
    ASCII_NAMES.has(charset) ||
    charset === 'utf-8' ||
    /^iso-8859-(?:[1-9]|1[0-6])$/.test(charset) ||
    /^windows-125[0-8]$/.test(charset)
  );
}

/**
 * A charset added, dropped or changed on a parameter's or header's media type, which no
 * `Content-Type` carries: the reader decodes the value in the charset it was told. In `text/*`
 * no charset means US-ASCII (RFC 2046, 4.1.2), so only a writer in US-ASCII read by a charset
 * that writes ASCII alike (UTF-8, ISO-8859-*, windows-125*) reads as before; anything else is
 * `other`. A JSON charset is ignored (JSON is UTF-8, RFC 8259, 8.1); on another type only a
 * charset named on both sides with another value is `other` (without one, that type's own rules
 * say the encoding, as XML's declaration does). Undefined when the charset says nothing new.
 */
function charsetVerdict(b: MediaName, h: MediaName, clientReads: boolean): Verdict | undefined {
  const cb = b.params.get('charset');
  const ch = h.params.get('charset');
  if (cb === ch) return undefined;
  const json = (m: MediaName) => m.essence === 'application/json' || m.suffix === 'json';
  if (json(b) || json(h)) return undefined;
  if (b.type !== 'text' && h.type !== 'text')
    return cb !== undefined && ch !== undefined
      ? { kind: 'other', why: `its charset ${cb} became ${ch}` }
      : undefined;
  const [writer, reader] = clientReads ? [ch, cb] : [cb, ch];
  const named = (cs: string | undefined) => cs ?? 'us-ascii (no charset, RFC 2046)';
  const ascii = writer === undefined || ASCII_NAMES.has(writer);
  return ascii && holdsAscii(reader ?? 'us-ascii')
    ? { kind: 'compatible', why: `a value written in ${named(writer)} reads the same in ${named(reader)}` }
    : { kind: 'other', why: `a value written in ${named(writer)} is not read the same in ${named(reader)}` };
}

/** Names of one syntax: `application/json` and `application/problem+json`, `text/plain` whatever its parameters. */
function syntaxKey(m: MediaName): string {
  return `${m.type}/${m.suffix ?? m.subtype}`;
}

/** Reader names of one syntax a writer name looks at, at most, in the pass after `pairMedia`. */
const SYNTAX_SCAN = 32;

/** A base entry paired with a revision entry and the verdict, or a written entry nothing reads. */
export type ContentPair =
  | { readonly from: string; readonly to: string; readonly verdict: Verdict }
  | { readonly from: string; readonly to?: undefined; readonly verdict?: undefined }
  | { readonly from?: undefined; readonly to: string; readonly verdict?: undefined };

/**
 * The entries of two `content` maps of a parameter or header paired, whatever the order of their
 * keys, from the side that writes the value (the base where the server reads, the revision where
 * the client reads) to the side that reads it: each written name must be read by a name of the
 * reader, and one reader name may read several. First as a request body's are (`pairMedia`: the
 * same name, once normalised, one essence with other parameters, a reader's range that holds the
 * written type or range); then names of one syntax whose verdict is not `other` (a suffix
 * refinement either way, a charset read alike), each written name looking at SYNTAX_SCAN reader
 * names at most; then, when one name is left on each side, those two (the case OpenAPI allows:
 * one entry each). A written name left is read by nothing. Sorted by base name, then revision name.
 */
export function pairContent(
  base: ReadonlyMap<string, MediaType>,
  head: ReadonlyMap<string, MediaType>,
  clientReads: boolean,
  work?: PairingWork,
): ContentPair[] {
  const [writer, reader] = clientReads ? [head, base] : [base, head];
  const out: ContentPair[] = [];
  // Each name is read once.
  const read = new Map<string, MediaName | undefined>();
  const parse = (name: string) => {
    if (!read.has(name)) read.set(name, parseMedia(name));
    return read.get(name);
  };
  const pair = (w: string, r: string, how: MediaPairing['how'] | undefined): ContentPair => {
    if (work && how === undefined) work.comparisons++;
    const [from, to] = clientReads ? [r, w] : [w, r];
    return { from, to, verdict: mediaVerdict(from, to, clientReads, how, parse) };
  };
  const used = new Set<string>();
  const written = new Set<string>();
  for (const [w, { to: r, how }] of pairMedia(writer.keys(), reader.keys(), false, parse)) {
    out.push(pair(w, r, how));
    used.add(r);
    written.add(w);
  }
  const writerLeft = [...writer.keys()].filter((n) => !written.has(n)).sort();
  const bySyntax = new Map<string, string[]>();
  for (const name of [...reader.keys()].sort()) {
    const parsed = parse(name);
    if (!parsed) continue;
    const key = syntaxKey(parsed);
    const list = bySyntax.get(key);
    if (list) list.push(name);
    else bySyntax.set(key, [name]);
  }
  const unread: string[] = [];
  for (const w of writerLeft) {
    const parsed = parse(w);
    const list = parsed ? (bySyntax.get(syntaxKey(parsed)) ?? []) : [];
    let found: ContentPair | undefined;
    for (const r of list.slice(0, SYNTAX_SCAN)) {
      const candidate = pair(w, r, undefined);
      if (candidate.verdict?.kind !== 'other') {
        found = candidate;
        used.add(r);
        break;
      }
    }
    if (found) out.push(found);
    else unread.push(w);
  }
  const readerLeft = [...reader.keys()].filter((n) => !used.has(n));
  if (unread.length === 1 && readerLeft.length === 1) out.push(pair(unread[0]!, readerLeft[0]!, undefined));
  else for (const w of unread) out.push(clientReads ? { to: w } : { from: w });
  const order = (x: string | undefined, y: string | undefined) =>
    x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1;
  return out.sort((x, y) => order(x.from, y.from) || order(x.to, y.to));
}

export interface MediaType {
  readonly pointer: string;
  readonly schema: Located | undefined;
  /** The media type object's `encoding` (multipart parts' content types), as written. */
  readonly encoding?: unknown;
}

/** A media type name read once: its essence, structured-syntax suffix and normalised parameters. */
export interface MediaName {
  /** `type/subtype`, lower case. */
  readonly essence: string;
  readonly type: string;
  readonly subtype: string;
  /** What follows the subtype's last `+` (RFC 6838, 4.2.8), if anything. */
  readonly suffix: string | undefined;
  /** Parameters by lower-case name; values unquoted, `charset` lower case (RFC 9110, 8.3.1). */
  readonly params: ReadonlyMap<string, string>;
  /** Essence and sorted parameters: two names equal here are one media type. */
  readonly normal: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * Reads a media type name as RFC 9110 (8.3.1, 5.6.6) does: type, subtype and parameter names
 * without case, whitespace around `;` and `=` ignored, a quoted value equal to its unquoted form,
 * and the `charset` value without case (the one parameter whose values are defined so). Other
 * values keep their case. A quoted value (5.6.4) may hold `;` and `\`-escaped characters: the
 * name is split only at a `;` outside quotes, and the normal form quotes again a value that is
 * not a token. Undefined for a name that is not `type/subtype`.
 */
export function parseMedia(name: string): MediaName | undefined {
  const [essencePart = '', ...rest] = splitParameters(name);
  const slash = essencePart.indexOf('/');
  const type = essencePart.slice(0, slash).trim().toLowerCase();
  const subtype = essencePart
    .slice(slash + 1)
    .trim()
    .toLowerCase();
  if (slash < 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const plus = subtype.lastIndexOf('+');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key === '') continue;
    const value = unquote(eq < 0 ? '' : part.slice(eq + 1).trim());
    params.set(key, key === 'charset' ? value.toLowerCase() : value);
  }
  const essence = `${type}/${subtype}`;
  const written = (v: string) =>
    v === '' || TOKEN.test(v.toLowerCase()) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`;
  const sorted = [...params.keys()].sort().map((k) => `;${k}=${written(params.get(k)!)}`);
  return {
    essence,
    type,
    subtype,
    suffix: plus > 0 ? subtype.slice(plus + 1) : undefined,
    params,
    normal: essence + sorted.join(''),
  };
}

/** Splits a media type name at each `;` outside a quoted-string (RFC 9110 5.6.4). */
function splitParameters(name: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      parts.push(name.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(name.slice(start));
  return parts;
}

/**
 * A parameter value as meant: a quoted-string without its quotes and with each quoted-pair
 * (`\x`) read as the character it escapes; any other value (a token, or a quote left open or
 * followed by more text) as written.
 */
function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  let out = '';
  for (let i = 1; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) out += value[++i];
    else if (c === '"') return i === value.length - 1 ? out : value;
    else out += c;
  }
  return value;
}

/**
 * How a base media type name was paired with a revision's: `same` (equal, or equal once
 * normalised: nothing to report), `parameters` (one essence, parameters added or dropped) or
 * `suffix` (`to` is a structured-syntax type of `from`'s subtype, parameters aside) or `range`
 * (a request type became a range that holds it, a response range became a type it holds).
 */
export type MediaPairing = { readonly to: string; readonly how: 'same' | 'parameters' | 'suffix' | 'range' };

/**
 * Pairs the base's media type names with the revision's, in passes that each take only names
 * still unpaired: the same name; the same normalised name; the same essence with compatible
 * parameters (none named on both sides with another value: `version=1` → `version=2` or a charset
 * changed names another media type); and, when `suffixes`, a name without suffix with one whose
 * suffix is its subtype (`application/json` → `application/problem+json`); last, a media range
 * that holds the other side's type or range, wider on the side that receives: in a request
 * (`!suffixes`) a type that became `type/*` or the range of all types, or a range `type/*` that
 * became the range of all types; in a response a range that became a type or a narrower range in it (the server's range
 * said any of those may come; a type within is one of them). Within a pass, names
 * are taken in sorted order, so the result does not depend on the order of the keys. Each name is
 * read once (`parse`) and indexed by its key, so the work grows with the number of names.
 */
export function pairMedia(
  baseNames: Iterable<string>,
  headNames: Iterable<string>,
  suffixes: boolean,
  parse: (name: string) => MediaName | undefined = parseMedia,
  work?: PairingWork,
): Map<string, MediaPairing> {
  const pairs = new Map<string, MediaPairing>();
  const headSet = new Set(headNames);
  const taken = new Set<string>();
  const baseLeft: [string, MediaName][] = [];
  for (const name of baseNames) {
    if (headSet.has(name)) {
      pairs.set(name, { to: name, how: 'same' });
      taken.add(name);
    } else {
      const parsed = parse(name);
      if (parsed) baseLeft.push([name, parsed]);
    }
  }
  if (baseLeft.length === 0) return pairs;
  const headLeft: [string, MediaName][] = [];
  for (const name of headSet) {
    if (taken.has(name)) continue;
    const parsed = parse(name);
    if (parsed) headLeft.push([name, parsed]);
  }
  const byName = (x: [string, MediaName], y: [string, MediaName]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
  // Request ranges listed on both sides still hold the types clients sent (`suffixes` is false).
  // In a request, a revision name paired already still takes what other base names sent: several
  // base names of one essence (`v=1` and `v=2`, two charsets, two spellings) pair with one name.
  const headKept: [string, MediaName][] = [];
  for (const name of taken) {
    const parsed = parse(name);
    if (parsed) headKept.push([name, parsed]);
  }
  baseLeft.sort(byName);
  headLeft.sort(byName);
  const headAll = [...headLeft, ...headKept].sort(byName);
  const pass = (
    baseKey: (m: MediaName) => string | undefined,
    headKey: (m: MediaName) => string | undefined,
    how: MediaPairing['how'],
    sharing?: readonly [string, MediaName][],
  ) => {
    const shared = sharing !== undefined;
    const index = new Map<string, [string, MediaName][]>();
    // A shared range may hold types although the same range was listed on both sides.
    for (const entry of sharing ?? headLeft) {
      if (!shared && taken.has(entry[0])) continue;
      const key = headKey(entry[1]);
      if (key === undefined) continue;
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
    for (const [name, parsed] of baseLeft) {
      if (pairs.has(name)) continue;
      const key = baseKey(parsed);
      const candidates = key === undefined ? undefined : index.get(key);
      if (!candidates) continue;
      const to = shared ? candidates[0]![0] : firstLeft(candidates, taken);
      if (to === undefined) continue;
      pairs.set(name, { to, how });
      if (!shared) taken.add(to);
    }
  };
  // A name left unpaired is taken first; in a request, then one already paired.
  const normal = (m: MediaName) => m.normal;
  const paired = () => [...headKept, ...headLeft.filter((e) => taken.has(e[0]))].sort(byName);
  pass(normal, normal, 'same');
  if (!suffixes) pass(normal, normal, 'same', paired());
  sameEssence(baseLeft, headLeft, pairs, taken, false, work);
  if (!suffixes) sameEssence(baseLeft, paired(), pairs, taken, true, work);
  if (suffixes)
    pass(
      (m) => (m.suffix === undefined ? m.essence : undefined),
      (m) => (m.suffix === undefined ? undefined : `${m.type}/${m.suffix}`),
      'suffix',
    );
  // The range's key on the range's side; the held type tries `type/*`, then `*/*`.
  const range = (m: MediaName) => (m.subtype === '*' && m.params.size === 0 ? m.essence : undefined);
  for (const held of ['type', 'any'] as const) {
    // A range is held by a wider one (`application/*` by `*/*`), as the types in it are.
    const holder = (m: MediaName) =>
      m.type === '*' ? undefined : held === 'any' ? '*/*' : m.subtype === '*' ? undefined : `${m.type}/*`;
    // A response range may also become a type paired already: what comes is still in it.
    if (suffixes) {
      pass(range, holder, 'range');
      pass(range, holder, 'range', paired());
    }
    // A request range holds every type clients sent: several may pair with it.
    else pass(holder, range, 'range', headAll);
  }
  return pairs;
}

/** The first name of a sorted list not taken yet; taken ones leave its front, so none is read twice. */
function firstLeft(list: [string, MediaName][] | undefined, taken: ReadonlySet<string>): string | undefined {
  while (list && list.length > 0 && taken.has(list[0]![0])) list.shift();
  return list?.[0]?.[0];
}

/** Work of the parameters pass, for tests: head names looked at, one per comparison. */
export interface PairingWork {
  comparisons: number;
}

/** Head names of one essence a base name looks at in order before the indexed lookup. */
const ESSENCE_SCAN = 32;
/** Groups (sets of parameter names) of one essence, and indexes built, the lookup goes through at most. */
const ESSENCE_GROUPS = 16;

/**
 * The pass of one essence with other parameters: a base name pairs with the first revision name
 * (sorted) whose parameters named on both sides have the same values. A base name first looks at
 * the first names of its essence not yet taken (at most ESSENCE_SCAN: most pair there, say names
 * whose parameter names differ); then, when the essence has few sets of parameter names (at most
 * ESSENCE_GROUPS), the revision's names are grouped by that set and indexed once per set of names
 * shared with the base name by their values (`application/json; v=1` … `v=2000` on each side), at
 * most ESSENCE_GROUPS indexes per essence. A name past both pairs with none: the work stays near
 * linear in the number of names, whatever their shape. `shared` (a request): a revision name is
 * not used up, several base names of one essence pair with it.
 */
function sameEssence(
  baseLeft: readonly [string, MediaName][],
  headLeft: readonly [string, MediaName][],
  pairs: Map<string, MediaPairing>,
  taken: Set<string>,
  shared: boolean,
  work: PairingWork = { comparisons: 0 },
): void {
  type Group = {
    keys: string[];
    entries: [string, MediaName][];
    by: Map<string, Map<string, [string, MediaName][]>>;
  };
  type Essence = {
    sorted: [string, MediaName][];
    /** Index of the next name not taken at or after each index (followed and shortened). */
    next: number[];
    groups: Map<string, Group>;
    indexes: number;
  };
  const essences = new Map<string, Essence>();
  for (const entry of headLeft) {
    if (!shared && taken.has(entry[0])) continue;
    const m = entry[1];
    let essence = essences.get(m.essence);
    if (!essence) {
      essence = { sorted: [], next: [], groups: new Map(), indexes: 0 };
      essences.set(m.essence, essence);
    }
    essence.next.push(essence.sorted.length);
    essence.sorted.push(entry);
    const keys = [...m.params.keys()].sort();
    const signature = JSON.stringify(keys);
    const group = essence.groups.get(signature);
    if (group) group.entries.push(entry);
    else essence.groups.set(signature, { keys, entries: [entry], by: new Map() });
  }
  const nextLeft = (essence: Essence, from: number): number => {
    const { sorted, next } = essence;
    let i = from;
    while (i < sorted.length) {
      if (next[i] !== i) i = next[i]!;
      else if (!shared && taken.has(sorted[i]![0])) {
        next[i] = i + 1;
        i += 1;
      } else break;
    }
    // Every index walked over now points at the first name left after it.
    for (let j = from; j < i; ) {
      const after = next[j]!;
      next[j] = i;
      j = after;
    }
    return i;
  };
  const agree = (b: MediaName, h: MediaName): boolean => {
    work.comparisons += 1;
    const [few, many] = b.params.size <= h.params.size ? [b.params, h.params] : [h.params, b.params];
    for (const [k, v] of few) if (many.has(k) && many.get(k) !== v) return false;
    return true;
  };
  for (const [name, parsed] of baseLeft) {
    if (pairs.has(name)) continue;
    const essence = essences.get(parsed.essence);
    if (!essence) continue;
    let best: string | undefined;
    let i = nextLeft(essence, 0);
    for (let looked = 0; i < essence.sorted.length && looked < ESSENCE_SCAN; looked += 1) {
      const entry = essence.sorted[i]!;
      if (agree(parsed, entry[1])) {
        best = entry[0];
        break;
      }
      i = nextLeft(essence, i + 1);
    }
    if (best === undefined && i < essence.sorted.length && essence.groups.size <= ESSENCE_GROUPS) {
      for (const group of essence.groups.values()) {
        const common = group.keys.filter((k) => parsed.params.has(k));
        const sharedKey = JSON.stringify(common);
        let byValues = group.by.get(sharedKey);
        if (!byValues) {
          if (essence.indexes >= ESSENCE_GROUPS) continue;
          essence.indexes += 1;
          byValues = new Map();
          for (const entry of group.entries) {
            work.comparisons += 1;
            const values = JSON.stringify(common.map((k) => entry[1].params.get(k)));
            const list = byValues.get(values);
            if (list) list.push(entry);
            else byValues.set(values, [entry]);
          }
          group.by.set(sharedKey, byValues);
        }
        work.comparisons += 1;
        const list = byValues.get(JSON.stringify(common.map((k) => parsed.params.get(k))));
        const to = shared ? list?.[0]?.[0] : firstLeft(list, taken);
        if (to !== undefined && (best === undefined || to < best)) best = to;
      }
    }
    if (best === undefined) continue;
    pairs.set(name, { to: best, how: 'parameters' });
    if (!shared) taken.add(best);
  }
}

/**
 * A schema that constrains nothing: `true`, or an object of annotations only (also through
 * `$ref`s and `allOf` members that constrain nothing, each followed once).
 */
function describesNothing(doc: Document, located: Located, seen = new Set<string>()): boolean {
  const resolved = doc.resolve(located);
  if (resolved.unresolved !== undefined) return false;
  const node = resolved.node;
  if (node === true) return true;
  if (!isObject(node)) return false;
  if (seen.has(resolved.pointer)) return true;
  seen.add(resolved.pointer);
  return Object.entries(node).every(
    ([k, v]) =>
      NOTHING_KEYS.has(k) ||
      k.startsWith('x-') ||
      (k === 'allOf' &&
        Array.isArray(v) &&
        v.every((m, i) =>
          describesNothing(doc, { node: m, pointer: child(resolved.pointer, 'allOf', String(i)) }, seen),
        )),
  );
}

/** Keywords that say something of a schema (annotations, identifiers) and constrain no value. */
const NOTHING_KEYS = new Set([
  'title',
  'description',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$defs',
]);

function contentOf(located: Located): Map<string, MediaType> {
  const found = new Map<string, MediaType>();
  const content = isObject(located.node) ? located.node.content : undefined;
  if (!isObject(content)) return found;
  const at = child(located.pointer, 'content');
  for (const [media, node] of Object.entries(content)) {
    const pointer = child(at, media);
    const schema =
      isObject(node) && node.schema !== undefined
        ? { node: node.schema, pointer: child(pointer, 'schema') }
        : undefined;
    found.set(media, { pointer, schema, encoding: isObject(node) ? node.encoding : undefined });
  }
  return found;
}

/** What differs between the security requirements of an operation: the rules and their texts. */
function securityFindings(
  b: ReadonlyMap<string, Alternative>,
  h: ReadonlyMap<string, Alternative>,
): [RuleId, string][] {
  const found: [RuleId, string][] = [];
  const open = (alternatives: ReadonlyMap<string, Alternative>) =>
    alternatives.size === 0 || [...alternatives.values()].some((alt) => alt.schemes.size === 0);
  const baseOpen = open(b);
  const headOpen = open(h);
  if (baseOpen && headOpen) return found;
  if (baseOpen) {
    found.push(['security-requirement-added', `now requires authentication (${describe(h)})`]);
    return found;
  }
  if (headOpen) {
    found.push(['security-requirement-removed', 'no longer requires authentication']);
    return found;
  }
  // Built only for a change reported: a root requirement may list thousands of schemes.
  const text = () => `security changed from ${describe(b)} to ${describe(h)}`;
  // Each alternative is a set of schemes a client satisfies together. A base alternative is still
  // honoured when some head alternative asks for no more: a subset of its schemes, each with no
  // scope it did not have. Same schemes with other scopes: scopes added break, scopes removed do not.
  const bAlts = [...b.values()];
  const hAlts = [...h.values()];
  // Head alternatives by their schemes (read once each: a document may list thousands).
  const bySchemes = new Map<string, Alternative>();
  for (const hAlt of hAlts) if (!bySchemes.has(hAlt.names)) bySchemes.set(hAlt.names, hAlt);
  const baseSchemes = new Set(bAlts.map((alt) => alt.names));
  let dropped = false;
  let relaxed = false;
  for (const bAlt of bAlts) {
    const same = bySchemes.get(bAlt.names);
    if (same) {
      const more = [...same.schemes].flatMap(([s, scopes]) =>
        [...scopes].filter((x) => !bAlt.schemes.get(s)!.has(x)),
      );
      const fewer = [...bAlt.schemes].flatMap(([s, scopes]) =>
        [...scopes].filter((x) => !same.schemes.get(s)!.has(x)),
      );
      if (more.length > 0)
        found.push(['security-scope-added', `now needs scope ${more.sort().join(', ')} (${same.text})`]);
      if (fewer.length > 0)
        found.push([
          'security-scope-removed',
          `no longer needs scope ${fewer.sort().join(', ')} (${same.text})`,
        ]);
      continue;
    }
    const weaker = hAlts.some((hAlt) =>
      [...hAlt.schemes].every(
        ([s, scopes]) => bAlt.schemes.has(s) && [...scopes].every((x) => bAlt.schemes.get(s)!.has(x)),
      ),
    );
    if (weaker) relaxed = true;
    else dropped = true;
  }
  const added = hAlts.some((hAlt) => !baseSchemes.has(hAlt.names));
  if (dropped) found.push(['security-requirement-changed', text()]);
  else if (relaxed) found.push(['security-requirement-relaxed', text()]);
  else if (added) found.push(['security-alternative-added', text()]);
  return found;
}

/** The root requirement's alternatives of each document, read once for all operations. */
const rootAlternatives = new WeakMap<Document, ReadonlyMap<string, Alternative>>();

/** The security requirement in force for an operation: its own, else the document's. */
function security(
  doc: Document,
  { op }: Operation,
): { alternatives: ReadonlyMap<string, Alternative>; pointer: string | undefined } {
  const own = op.node.security;
  if (Array.isArray(own))
    return { alternatives: alternativesOf(own), pointer: child(op.pointer, 'security') };
  const global = doc.root.security;
  if (!Array.isArray(global)) return { alternatives: new Map(), pointer: undefined };
  let alternatives = rootAlternatives.get(doc);
  if (alternatives === undefined) {
    alternatives = alternativesOf(global);
    rootAlternatives.set(doc, alternatives);
  }
  return { alternatives, pointer: '/security' };
}

/** A requirement's alternatives, each once. */
function alternativesOf(list: readonly unknown[]): Map<string, Alternative> {
  // Keyed by JSON of the sorted schemes and scopes: names may hold any text (` + `, `, `, `[`),
  // so no text joined from them could be split back apart without mistaking one for two.
  const alternatives = new Map<string, Alternative>();
  for (const requirement of list) {
    if (!isObject(requirement)) continue;
    const entries = Object.entries(requirement)
      .map(
        ([scheme, scopes]) =>
          [scheme, Array.isArray(scopes) ? [...new Set(scopes.map(scopeName))].sort() : []] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify(entries);
    if (alternatives.has(key)) continue;
    const text = entries
      .map(([scheme, names]) => (names.length > 0 ? `${scheme} [${names.join(', ')}]` : scheme))
      .join(' + ');
    const schemes: Requirement = new Map(entries.map(([scheme, names]) => [scheme, new Set(names)]));
    alternatives.set(key, { text, names: JSON.stringify(entries.map(([scheme]) => scheme)), schemes });
  }
  return alternatives;
}

/** A scope as text: a name as it is, anything else (a hostile document) as JSON key order aside. */
function scopeName(scope: unknown): string {
  return typeof scope === 'string' ? scope : contentKey(scope);
}

function describe(alternatives: ReadonlyMap<string, Alternative>): string {
  return [...alternatives.values()].map((a) => a.text || 'none').join(' or ');
}

function webhooks(doc: Document): Map<string, PathItem> {
  const items = new Map<string, PathItem>();
  const hooks = doc.root.webhooks;
  if (!isObject(hooks)) return items;
  for (const [name, node] of Object.entries(hooks)) {
    const item = doc.resolve({ node, pointer: child('/webhooks', name) });
    if (item.unresolved !== undefined || !isObject(item.node)) continue;
    items.set(name, { path: `webhook ${name}`, item: { node: item.node, pointer: item.pointer } });
  }
  return items;
}

/**
 * An operation's callbacks by name, each resolved (a `$ref` to `components.callbacks`); a name
 * whose callback cannot be read (an unresolved `$ref`, not a mapping) is there as undefined, so
 * that it is neither compared nor said to be added or removed.
 */
function callbacks(doc: Document, { op }: Operation): Map<string, Located | undefined> {
  const out = new Map<string, Located | undefined>();
  const map = op.node.callbacks;
  if (!isObject(map)) return out;
  for (const [name, node] of Object.entries(map)) {
    const r = doc.resolve({ node, pointer: child(op.pointer, 'callbacks', name) });
    out.set(name, r.unresolved === undefined && isObject(r.node) ? r : undefined);
  }
  return out;
}

/**
 * A callback's path items by expression (`x-` keys are extensions), each resolved (3.1: a `$ref`
 * to `components.pathItems`); one that cannot be read is there as undefined.
 */
function expressions(doc: Document, callback: Located): Map<string, PathItem | undefined> {
  const out = new Map<string, PathItem | undefined>();
  if (!isObject(callback.node)) return out;
  for (const [expression, node] of Object.entries(callback.node)) {
    if (expression.startsWith('x-')) continue;
    const r = doc.resolve({ node, pointer: child(callback.pointer, expression) });
    out.set(
      expression,
      r.unresolved === undefined && isObject(r.node)
        ? { path: expression, item: { node: r.node, pointer: r.pointer } }
        : undefined,
    );
  }
  return out;
}

/** One change of a security scheme; `scope` names a scope an operation in use still requires. */
interface Part {
  readonly text: string;
  readonly scope?: string;
}

/** A scheme's changes by what they mean to a client of an operation using it. */
interface SchemeChanges {
  /** Clients authenticate the old way and are refused. */
  readonly breaking: Part[];
  /** A URL clients get or refresh tokens at changed: they may be cut off. */
  readonly warning: Part[];
  /** OAuth flows added: another way to get a token. */
  readonly added: Part[];
  /** Documentation, or what adds and removes nothing a client uses. */
  readonly note: Part[];
}

const OAUTH_FLOWS = ['implicit', 'password', 'clientCredentials', 'authorizationCode'] as const;

/**
 * What changed between two versions of one security scheme. Only the fields the spec defines are
 * read (its `x-` keys and those of its flows are extensions). `required(scope)` says whether an
 * operation in use still requires a scope of this scheme, or required it before only.
 */
function schemeChanges(
  b: JsonObject,
  h: JsonObject,
  required: (scope: string) => 'still' | 'before' | 'after' | 'gone' | undefined,
): SchemeChanges {
  const out: SchemeChanges = { breaking: [], warning: [], added: [], note: [] };
  const same = (x: unknown, y: unknown, caseless = false) =>
    caseless && typeof x === 'string' && typeof y === 'string'
      ? x.toLowerCase() === y.toLowerCase()
      : contentKey(x) === contentKey(y);
  const from = (field: string, x: unknown, y: unknown) =>
    x === undefined
      ? `${field} ${shown(y)} was added`
      : y === undefined
        ? `${field} ${shown(x)} was removed`
        : `${field} changed from ${shown(x)} to ${shown(y)}`;
  if (!same(b.type, h.type)) {
    // Another kind of credential: nothing else of the old one still applies.
    out.breaking.push({ text: from('type', b.type, h.type) });
    return out;
  }
  if (!same(b.in, h.in)) out.breaking.push({ text: from('in', b.in, h.in) });
  // Header names are read without case (RFC 9110 5.1); query and cookie names with it.
  const header = typeof b.in === 'string' && b.in.toLowerCase() === 'header' && same(b.in, h.in);
  if (!same(b.name, h.name, header)) out.breaking.push({ text: from('name', b.name, h.name) });
  // HTTP authentication scheme names are read without case (RFC 9110 11.1).
  if (!same(b.scheme, h.scheme, true)) out.breaking.push({ text: from('HTTP scheme', b.scheme, h.scheme) });
  if (!same(b.openIdConnectUrl, h.openIdConnectUrl))
    out.breaking.push({ text: from('openIdConnectUrl', b.openIdConnectUrl, h.openIdConnectUrl) });
  // bearerFormat is "primarily for documentation purposes" (OpenAPI).
  if (!same(b.bearerFormat, h.bearerFormat))
    out.note.push({ text: from('bearerFormat', b.bearerFormat, h.bearerFormat) });
  const bFlows = isObject(b.flows) ? b.flows : {};
  const hFlows = isObject(h.flows) ? h.flows : {};
  for (const flow of OAUTH_FLOWS) {
    // A flow that is no object (`null`) offers nothing: it is read as absent.
    const bf = Object.hasOwn(bFlows, flow) && isObject(bFlows[flow]) ? bFlows[flow] : undefined;
    const hf = Object.hasOwn(hFlows, flow) && isObject(hFlows[flow]) ? hFlows[flow] : undefined;
    if (bf === undefined && hf === undefined) continue;
    if (hf === undefined) {
      out.breaking.push({ text: `OAuth flow ${flow} was removed` });
      continue;
    }
    if (bf === undefined) {
      out.added.push({ text: `OAuth flow ${flow} was added` });
      continue;
    }
    const bo = isObject(bf) ? bf : {};
    const ho = isObject(hf) ? hf : {};
    for (const url of ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const) {
      if (same(bo[url], ho[url])) continue;
      // A URL to get or refresh tokens at, where there was none, takes nothing away.
      if (bo[url] === undefined) out.note.push({ text: `flow ${flow} ${url} ${shown(ho[url])} was added` });
      else if (ho[url] === undefined)
        out.warning.push({ text: `flow ${flow} ${url} ${shown(bo[url])} was removed` });
      else out.warning.push({ text: `flow ${flow} ${from(url, bo[url], ho[url])}` });
    }
    const bs = isObject(bo.scopes) ? Object.keys(bo.scopes) : [];
    const hs = isObject(ho.scopes) ? Object.keys(ho.scopes) : [];
    const hasB = new Set(bs);
    const hasH = new Set(hs);
    for (const scope of bs.filter((s) => !hasH.has(s)).sort()) {
      const need = required(scope);
      if (need === 'still')
        out.breaking.push({ text: `flow ${flow} no longer offers scope ${scope}`, scope });
      // A scope operations stopped requiring is said by their own rule (security-scope-removed).
      else if (need !== 'before')
        out.note.push({
          text: `flow ${flow} no longer offers scope ${scope}, which ${
            need === 'after'
              ? 'only operations that did not require it before require'
              : need === 'gone'
                ? 'no operation requires any more'
                : 'no operation requires'
          }`,
        });
    }
    for (const scope of hs.filter((s) => !hasB.has(s)).sort())
      out.note.push({ text: `flow ${flow} offers scope ${scope}` });
  }
  return out;
}

/**
 * The operations using `scheme` in both documents (by their own requirement or the root's):
 * how many, the first by key, the first that still requires a scope (`still`), whether any
 * required a scope before (`before`), and whether any operation of the revision uses it
 * (`usedAfter`). Work: the requirements naming the scheme; operations inheriting it in both
 * are `inheritBoth`, shared.
 */
function schemeUsersOf(
  scheme: string,
  before: Usage,
  after: Usage,
  inheritBoth: readonly string[],
): {
  count: number;
  first: string | undefined;
  still: (scope: string) => string | undefined;
  before: (scope: string) => boolean;
  usedAfter: boolean;
  anyAfter: Set<string>;
  anyBefore: Set<string>;
} {
  const headOwn = after.own.get(scheme);
  const explicit: string[] = [];
  for (const key of headOwn?.keys() ?? []) if (before.scopes(scheme, key)) explicit.push(key);
  // Operations that named the scheme themselves and now inherit a root requirement naming it.
  if (after.root.has(scheme))
    for (const key of before.own.get(scheme)?.keys() ?? []) if (after.inheriting.has(key)) explicit.push(key);
  explicit.sort();
  const group = after.root.has(scheme) && before.root.has(scheme) ? inheritBoth : [];
  const heads = [explicit[0], group[0]].filter((key): key is string => key !== undefined).sort();
  // Each scope to the first operation (by key) still requiring it, and the scopes required
  // before: read once, so many scopes withdrawn cost no more than the requirements.
  const stillBy = new Map<string, string>();
  const required = new Set<string>();
  for (const key of explicit) {
    const was = before.scopes(scheme, key);
    // Still required: by this operation in both documents, not newly (security-scope-added).
    for (const scope of after.scopes(scheme, key) ?? [])
      if (!stillBy.has(scope) && was?.has(scope)) stillBy.set(scope, key);
    for (const scope of was ?? []) required.add(scope);
  }
  // The scopes any operation requires of the scheme in each document, to say why a scope
  // withdrawn breaks no client.
  const any = (usage: Usage) => {
    const found = new Set<string>();
    for (const scopes of usage.own.get(scheme)?.values() ?? []) for (const scope of scopes) found.add(scope);
    if (usage.inheriting.size > 0) for (const scope of usage.root.get(scheme) ?? []) found.add(scope);
    return found;
  };
  return {
    count: explicit.length + group.length,
    first: heads[0],
    still: (scope) =>
      stillBy.get(scope) ??
      (after.root.get(scheme)?.has(scope) && before.root.get(scheme)?.has(scope) ? group[0] : undefined),
    before: (scope) =>
      required.has(scope) || (group.length > 0 && before.root.get(scheme)?.has(scope) === true),
    usedAfter: (headOwn?.size ?? 0) > 0 || (after.root.has(scheme) && after.inheriting.size > 0),
    anyAfter: any(after),
    anyBefore: any(before),
  };
}

/**
 * Which operations use which security schemes in one document. An operation with a `security` of
 * its own uses the schemes it names (`own`: scheme → operation key → scopes); one without
 * inherits the root's (`root`: scheme → scopes, once for all of `inheriting`), so a root
 * requirement read by every operation takes no room per operation. `labels` name operations in
 * messages, `scopes` gives the scopes an operation requires of a scheme, if it uses it.
 */
interface Usage {
  readonly own: Map<string, Map<string, Set<string>>>;
  readonly root: Map<string, Set<string>>;
  readonly inheriting: Set<string>;
  readonly labels: Map<string, string>;
  scopes(scheme: string, key: string): Set<string> | undefined;
}

/**
 * The operations using each security scheme (Usage), by a key that names an operation in both
 * documents: those of the paths (by their template, parameter names blanked), of the webhooks and
 * of the callbacks (by callback name and expression, whatever operation holds them). Callbacks
 * and the path items they lead to are followed through `$ref`s, each once (a path item reached
 * again is its first operation's), on a stack of their own: the walk is linear in the document.
 */
function schemeUsage(doc: Document): Usage {
  const own = new Map<string, Map<string, Set<string>>>();
  const root = new Map<string, Set<string>>();
  const inheriting = new Set<string>();
  const labels = new Map<string, string>();
  const require = (requirements: unknown, add: (scheme: string) => Set<string>) => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements) {
      if (!isObject(requirement)) continue;
      for (const [scheme, scopes] of Object.entries(requirement)) {
        const set = add(scheme);
        if (Array.isArray(scopes)) for (const scope of scopes) if (typeof scope === 'string') set.add(scope);
      }
    }
  };
  require(doc.root.security, (scheme) => {
    const set = root.get(scheme) ?? new Set<string>();
    root.set(scheme, set);
    return set;
  });
  const pending: { key: string; label: string; op: Located & { node: JsonObject } }[] = [];
  const addItem = (key: string, path: string, item: PathItem) => {
    for (const { method, op } of operations(item))
      pending.push({ key: `${method} ${key}`, label: `${method} ${path}`, op });
  };
  for (const [key, item] of pathItems(doc)) addItem(key, item.path, item);
  for (const [name, item] of webhooks(doc)) addItem(`webhook ${name}`, `webhook ${name}`, item);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const { key, label, op } = pending.pop()!;
    labels.set(key, label);
    if (!Array.isArray(op.node.security)) inheriting.add(key);
    else
      require(op.node.security, (scheme) => {
        const byKey = own.get(scheme) ?? new Map<string, Set<string>>();
        own.set(scheme, byKey);
        const set = byKey.get(key) ?? new Set<string>();
        byKey.set(key, set);
        return set;
      });
    const callbacks = op.node.callbacks;
    if (!isObject(callbacks)) continue;
    for (const [name, node] of Object.entries(callbacks)) {
      const callback = doc.resolve({ node, pointer: child(op.pointer, 'callbacks', name) });
      if (callback.unresolved !== undefined || !isObject(callback.node) || seen.has(callback.pointer))
        continue;
      seen.add(callback.pointer);
      // A Callback object may be extended: its `x-` keys are no expressions (decision 92).
      for (const [expression, itemNode] of Object.entries(callback.node)) {
        if (expression.startsWith('x-')) continue;
        const item = doc.resolve({ node: itemNode, pointer: child(callback.pointer, expression) });
        if (item.unresolved !== undefined || !isObject(item.node) || seen.has(`item ${item.pointer}`))
          continue;
        seen.add(`item ${item.pointer}`);
        const located = { node: item.node, pointer: item.pointer };
        addItem(`callback ${name} ${expression}`, `${expression} (callback ${name})`, {
          path: expression,
          item: located,
        });
      }
    }
  }
  return {
    own,
    root,
    inheriting,
    labels,
    scopes: (scheme, key) =>
      own.get(scheme)?.get(key) ?? (inheriting.has(key) ? root.get(scheme) : undefined),
  };
}

/** The security schemes by name, each resolved: `pointer` is where its object is. */
function securitySchemes(doc: Document): Map<string, { node: JsonObject; pointer: string }> {
  const out = new Map<string, { node: JsonObject; pointer: string }>();
  const components = doc.root.components;
  const schemes =
    isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, node] of Object.entries(schemes)) {
    const r = doc.resolve({ node, pointer: child('/components/securitySchemes', name) });
    if (r.unresolved === undefined && isObject(r.node)) out.set(name, { node: r.node, pointer: r.pointer });
  }
  return out;
}

/** A parameter's or header's style/explode with the defaults of its location filled in. */
/** A schema's `type` names without `null`; undefined when it has no `type`. */
/**
 * The values a schema's `enum` and `const` allow, both applying: with `lists`, the single item of
 * each allowed list of one (`enum: [[a], [b], [a, b]]` gives a and b; other entries allow no list
 * of one); `keyword` names the one that decides (`const` where given). Undefined without either.
 */
function listsOfOne(
  schema: JsonObject,
  lists = true,
): { values: unknown[]; texts: Set<string>; keyword: 'enum' | 'const' } | undefined {
  const sets: unknown[][] = [];
  if (Array.isArray(schema.enum)) sets.push(schema.enum);
  if ('const' in schema) sets.push([schema.const]);
  if (sets.length === 0) return undefined;
  let values: unknown[] | undefined;
  for (const set of sets) {
    const allowed = lists
      ? set.filter((v): v is unknown[] => Array.isArray(v) && v.length === 1).map((v) => v[0])
      : set;
    const texts = new Set(allowed.map((v) => contentKey(v)));
    values = values === undefined ? allowed : values.filter((v) => texts.has(contentKey(v)));
  }
  const unique = new Map((values ?? []).map((v) => [contentKey(v), v]));
  return {
    values: [...unique.values()],
    texts: new Set(unique.keys()),
    keyword: 'const' in schema ? 'const' : 'enum',
  };
}

/**
 * Why an array's own `enum`/`const` leaves no single value (`listOfOne`), given the values its
 * lists of one allow (`allowed`, before the items' own enum and const are applied).
 */
function refusal(array: JsonObject, allowed: readonly unknown[]): string {
  const hasEnum = Array.isArray(array.enum);
  const hasConst = 'const' in array;
  const both = hasEnum && hasConst;
  if (allowed.length > 0) {
    const keywords = both ? 'enum and const' : hasConst ? 'const' : 'enum';
    return `no list of one value of the array's ${keywords} is also allowed by its items`;
  }
  const enumOnes = hasEnum && (array.enum as unknown[]).some((v) => Array.isArray(v) && v.length === 1);
  const constOne = hasConst && Array.isArray(array.const) && array.const.length === 1;
  if (hasEnum && !enumOnes) return 'enum lists no list of one value';
  if (hasConst && !constOne) return 'const is no list of one value';
  return 'no list of one value is allowed by both enum and const';
}

/** The keywords of an array that can leave a list of one no value (`listOfOne`). */
type RefusingKeyword = 'enum' | 'const' | 'contains' | 'minContains' | 'maxContains';

/** Keywords that say something about a value without limiting it: neither side's is a conflict. */
const NOTES = new Set([
  'title',
  'description',
  'default',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  '$id',
  '$anchor',
  '$schema',
  'externalDocs',
  'xml',
]);
const LOWER = new Set([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
  'minContains',
]);
const UPPER = new Set([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
  'maxContains',
]);

/**
 * Writes into `node` (a fresh copy, changed in place) the schema of values it and `extra` both
 * allow, where that can be written exactly: a keyword only one of them sets is taken (unless an
 * inline `allOf` member of the other sets it too, which the view's merge would lose), equal
 * values are kept, `type` lists and `enum`/`const` values (those of `node`'s inline `allOf`
 * members too) are intersected (an integer is a number), bounds take the tighter value,
 * `required` lists are joined. Any other keyword both set differently (a `pattern`, `format`,
 * `properties`, …) keeps `node`'s and is listed in `undecided`: the result is then wider than
 * the truth, never narrower. `empty` says why no value is allowed by both, when the types or
 * values are disjoint.
 */
function intersect(node: JsonObject, extra: JsonObject): { empty?: string; undecided: string[] } {
  const undecided: string[] = [];
  const inMembers = (schema: JsonObject): Set<string> =>
    new Set(
      (Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((m) => (isObject(m) ? Object.keys(m) : [])),
    );
  const nodeMembers = inMembers(node);
  const extraMembers = inMembers(extra);
  for (const [key, value] of Object.entries(extra)) {
    if (NOTES.has(key) || key.startsWith('x-') || key === 'enum' || key === 'const') continue;
    if (!(key in node)) {
      const lost =
        key === '$ref' ||
        nodeMembers.has(key) ||
        (key === 'allOf' && [...extraMembers].some((k) => k in node && !NOTES.has(k)));
      if (lost) undecided.push(key);
      else node[key] = value;
      continue;
    }
    const mine = node[key];
    if (contentKey(mine) === contentKey(value)) continue;
    if (key === 'type') {
      const both = intersectTypes(typeList(mine), typeList(value));
      if (!both || both.length === 0) {
        if (both)
          return { empty: `items of type ${jsonText(mine)}, contains of type ${jsonText(value)}`, undecided };
        undecided.push(key);
      } else node.type = both.length === 1 ? both[0] : both;
    } else if ((LOWER.has(key) || UPPER.has(key)) && typeof mine === 'number' && typeof value === 'number')
      node[key] = LOWER.has(key) ? Math.max(mine, value) : Math.min(mine, value);
    else if (key === 'required' && Array.isArray(mine) && Array.isArray(value))
      node.required = [...new Set([...mine, ...value])];
    else if (key === 'uniqueItems' && typeof mine === 'boolean' && typeof value === 'boolean')
      node.uniqueItems = mine || value;
    else undecided.push(key);
  }
  // Values: every enum and const of both apply, and each value must be of the merged type.
  const sets: unknown[][] = [];
  const members = (Array.isArray(node.allOf) ? node.allOf : []).filter(isObject);
  for (const schema of [node, ...members, extra]) {
    if (Array.isArray(schema.enum)) sets.push(schema.enum);
    if ('const' in schema) sets.push([schema.const]);
  }
  const typed = typeList(node.type);
  if (sets.length > 0 && (Array.isArray(extra.enum) || 'const' in extra || 'type' in extra)) {
    let values = sets[0]!;
    for (const set of sets.slice(1)) {
      const texts = new Set(set.map((v) => contentKey(v)));
      values = values.filter((v) => texts.has(contentKey(v)));
    }
    if (typed) values = values.filter((v) => typed.some((t) => ofType(v, t)));
    const unique = [...new Map(values.map((v) => [contentKey(v), v])).values()];
    if (unique.length === 0) return { empty: 'they list no value in common of a type both allow', undecided };
    delete node.const;
    node.enum = unique;
  }
  return { undecided };
}

function typeList(type: unknown): string[] | undefined {
  if (typeof type === 'string') return [type];
  if (Array.isArray(type) && type.every((t) => typeof t === 'string')) return type as string[];
  return undefined;
}

/** The types both lists allow (an integer is a number); undefined when either is unreadable. */
function intersectTypes(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a || !b) return undefined;
  const out = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) out.add(t);
    else if ((t === 'integer' && b.includes('number')) || (t === 'number' && b.includes('integer')))
      out.add('integer');
  }
  return [...out];
}

function ofType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return true;
  }
}

function nonNullTypes(node: unknown): string[] | undefined {
  if (!isObject(node)) return undefined;
  const type = node.type;
  const list = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  return list?.filter((t): t is string => typeof t === 'string' && t !== 'null');
}

function serialisation(node: JsonObject, location: string): string {
  const fallback = location === 'query' || location === 'cookie' ? 'form' : 'simple';
  const style = typeof node.style === 'string' ? node.style : fallback;
  const explode = typeof node.explode === 'boolean' ? node.explode : style === 'form';
  return `${style}/${explode ? 'explode' : 'no explode'}`;
}

/** One security alternative's schemes and their scopes. */
type Requirement = Map<string, Set<string>>;

/** One security alternative: as shown (`a + b [read]`), its scheme names as a key, and its schemes with their scopes. */
interface Alternative {
  readonly text: string;
  readonly names: string;
  readonly schemes: Requirement;
}
