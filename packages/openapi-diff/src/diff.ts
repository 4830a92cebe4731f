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
import { day, lifecycleChanges, stability } from './lifecycle';
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
): { result: DiffResult; comparisons: number; targetChecks: number; sameSteps: number } {
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
}

class Differ {
  readonly changes: Change[] = [];
  private readonly schemas: SchemaComparer;
  /** True while comparing webhooks, whose request and response directions are swapped. */
  private webhook = false;
  /** Endpoints of draft or alpha stability: their breaking changes are info. */
  private unstable = new Set<string>();
  private readonly today: string;

  get comparisons(): number {
    return this.schemas.comparisons;
  }

  get targetChecks(): number {
    return this.schemas.targetChecks;
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
      this.emit('path-removed', { path: b.path }, b.item.pointer, `path was removed${what}`);
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

  private compareSecuritySchemes(): void {
    const base = securitySchemes(this.base);
    const head = securitySchemes(this.head);
    for (const [name, b] of base) {
      const h = head.get(name);
      const pointer = child('/components/securitySchemes', name);
      if (!h) {
        this.emit('security-scheme-removed', { path: '' }, pointer, `security scheme "${name}" was removed`);
        continue;
      }
      const fields = ['type', 'in', 'name', 'scheme', 'bearerFormat', 'openIdConnectUrl'];
      const changed = fields.filter((f) => contentKey(b[f]) !== contentKey(h[f]));
      const flows = (x: JsonObject) => (isObject(x.flows) ? Object.keys(x.flows).sort().join(',') : '');
      if (flows(b) !== flows(h)) changed.push('flows');
      else if (isObject(b.flows) && isObject(h.flows)) {
        for (const [flow, bf] of Object.entries(b.flows)) {
          const hf = (h.flows as JsonObject)[flow];
          if (!isObject(bf) || !isObject(hf)) continue;
          for (const url of ['authorizationUrl', 'tokenUrl', 'refreshUrl'])
            if (contentKey(bf[url]) !== contentKey(hf[url])) changed.push(`flows.${flow}.${url}`);
        }
      }
      if (changed.length > 0)
        this.emit(
          'security-scheme-changed',
          { path: '' },
          pointer,
          `security scheme "${name}" changed its ${changed.join(', ')}`,
        );
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

  /** Removing an operation breaks, unless it was deprecated and its sunset (if any) has passed. */
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
    if (node.deprecated !== true) {
      this.emit('operation-removed', ep, bo.op.pointer, 'operation was removed');
      return;
    }
    const sunset = day(node['x-sunset']);
    if (sunset && sunset > this.today)
      this.emit(
        'operation-removed-before-sunset',
        ep,
        bo.op.pointer,
        `deprecated operation was removed before its sunset ${sunset}`,
      );
    else if (node['x-sunset'] !== undefined && !sunset)
      // A sunset nobody can read cannot be shown to have passed.
      this.emit(
        'operation-removed-before-sunset',
        ep,
        bo.op.pointer,
        `deprecated operation was removed, and its x-sunset "${shown(node['x-sunset'])}" is not a date`,
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
    const options = { today: this.today, stability: true };
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
    if (level === 'draft' || level === 'alpha') this.unstable.add(`${ep.method} ${ep.path}`);
    this.compareParameters(ep, parameters(this.base, bItem, bo, renames), parameters(this.head, hItem, ho));
    this.compareRequestBodies(ep, bo, ho);
    this.compareResponses(ep, bo, ho);
    this.compareSecurity(ep, bo, ho);
    this.compareLifecycle(ep, bo, ho);
    const sunset = ho.op.node['x-sunset'];
    if (bo.op.node.deprecated !== true && ho.op.node.deprecated === true) {
      const when =
        typeof sunset === 'string' ? sunset : sunset instanceof Date ? sunset.toISOString().slice(0, 10) : '';
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
      if (!b.required && h.required)
        this.emit('parameter-made-required', ep, h.location, `${label} is now required`);
      if (b.required && !h.required && h.in !== 'path')
        this.emit('parameter-made-optional', ep, h.location, `${label} is no longer required`);
      if (b.node.deprecated !== true && h.node.deprecated === true)
        this.emit('parameter-deprecated', ep, h.location, `${label} is deprecated`);
      const options = { today: this.today, stability: false };
      for (const change of lifecycleChanges(b.node, h.node, options))
        this.emit(change.rule, ep, child(h.location, change.keyword), `${label}: ${change.text}`);
      // Spelled-out defaults (`style: form` on a query parameter) change nothing.
      if (serialisation(b.node, b.in) !== serialisation(h.node, h.in))
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
      // A list that refuses every single value: how its items compare no longer matters.
      if (b.schema && h.schema && !list?.refusedBy)
        this.compareSchemas(
          ep,
          label,
          b.schema,
          items ?? h.schema,
          this.webhook ? 'response' : 'parameter',
          // A client always sends a required parameter, so its own default is never applied. Only
          // a spelled-out `required: true` counts: a path parameter without it (an invalid
          // document) keeps its default compared, as oasdiff does.
          b.node.required === true || h.node.required === true,
          // A parameter described by a schema is serialised as text by its style, items and
          // properties too; one described by `content` is text only in a text media type.
          h.media === undefined ? 'all' : textMode(h.media),
        );
    }
    for (const [key, b] of base) {
      if (head.has(key)) continue;
      const sunset = day(b.node['x-sunset']);
      const unreadable = b.node['x-sunset'] !== undefined && !sunset;
      if (b.node.deprecated === true && ((sunset && sunset > this.today) || unreadable))
        this.emit(
          'parameter-removed-before-sunset',
          ep,
          b.location,
          unreadable
            ? `deprecated ${b.in} parameter "${b.name}" was removed, and its x-sunset "${shown(b.node['x-sunset'])}" is not a date`
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
    const base = isObject(bo.op.node.responses) ? bo.op.node.responses : {};
    const head = isObject(ho.op.node.responses) ? ho.op.node.responses : {};
    for (const [status, node] of Object.entries(head)) {
      const pointer = child(headAt, status);
      if (!Object.hasOwn(base, status)) {
        this.emit('response-status-added', ep, pointer, `response ${status} was added`);
        continue;
      }
      const b = this.base.resolve({ node: base[status], pointer: child(baseAt, status) });
      const h = this.head.resolve({ node, pointer });
      if (b.unresolved === undefined && h.unresolved === undefined) {
        this.compareContents(ep, `response ${status}`, b, h, this.webhook ? 'request' : 'response');
        this.compareHeaders(ep, `response ${status}`, b, h);
      }
    }
    for (const status of Object.keys(base)) {
      if (!Object.hasOwn(head, status)) {
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
      if (serialisation(bh.node, 'header') !== serialisation(hh.node, 'header'))
        this.emit(
          'response-header-style-changed',
          ep,
          hh.pointer,
          `${subject} header "${name}" style/explode changed from ${serialisation(bh.node, 'header')} to ${serialisation(hh.node, 'header')}`,
        );
      const schema = (x: { node: JsonObject; pointer: string }) =>
        x.node.schema !== undefined
          ? { node: x.node.schema, pointer: child(x.pointer, 'schema') }
          : undefined;
      const bs = schema(bh);
      const hs = schema(hh);
      // A header described by a schema is text (style `simple`), all the way down.
      if (bs && hs) this.compareSchemas(ep, `${subject} header "${name}"`, bs, hs, 'response', false, 'all');
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
    const open = (alternatives: ReadonlyMap<string, Alternative>) =>
      alternatives.size === 0 || [...alternatives.values()].some((alt) => alt.schemes.size === 0);
    const baseOpen = open(b.alternatives);
    const headOpen = open(h.alternatives);
    if (baseOpen && headOpen) return;
    if (baseOpen) {
      this.emit(
        'security-requirement-added',
        ep,
        location,
        `now requires authentication (${describe(h.alternatives)})`,
      );
      return;
    }
    if (headOpen) {
      this.emit('security-requirement-removed', ep, location, 'no longer requires authentication');
      return;
    }
    const text = `security changed from ${describe(b.alternatives)} to ${describe(h.alternatives)}`;
    // Each alternative is a set of schemes a client satisfies together. A base alternative is still
    // honoured when some head alternative asks for no more: a subset of its schemes, each with no
    // scope it did not have. Same schemes with other scopes: scopes added break, scopes removed do not.
    const bAlts = [...b.alternatives.values()];
    const hAlts = [...h.alternatives.values()];
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
          this.emit(
            'security-scope-added',
            ep,
            location,
            `now needs scope ${more.sort().join(', ')} (${same.text})`,
          );
        if (fewer.length > 0)
          this.emit(
            'security-scope-removed',
            ep,
            location,
            `no longer needs scope ${fewer.sort().join(', ')} (${same.text})`,
          );
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
    if (dropped) this.emit('security-requirement-changed', ep, location, text);
    else if (relaxed) this.emit('security-requirement-relaxed', ep, location, text);
    else if (added) this.emit('security-alternative-added', ep, location, text);
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
    this.say(ep, subject, root.findings, '', requiredParameter);
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

  private emit(rule: RuleId, ep: Endpoint, location: string, text: string): void {
    let level = this.options.levels?.[rule] ?? RULES[rule].level;
    if (level === 'breaking' && this.unstable.has(`${ep.method} ${ep.path}`)) level = 'info';
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
          : firstMedia(contentOf(resolved))),
      });
    }
  }
  return found;
}

function firstMedia(content: Map<string, MediaType>): { schema: Located | undefined; media?: string } {
  const first = content.entries().next().value;
  return first ? { schema: first[1].schema, media: first[0] } : { schema: undefined };
}

interface MediaType {
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
 * that holds the other side's type, wider on the side that receives: in a request (`!suffixes`) a
 * type that became `type/*` or the range of all types, in a response a range that became a type in it (the
 * server's range said any of those may come; a type within is one of them). Within a pass, names
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
    const holder = (m: MediaName) =>
      m.type === '*' || m.subtype === '*' ? undefined : held === 'type' ? `${m.type}/*` : '*/*';
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

/** The security requirement in force for an operation: its own, else the document's. */
function security(
  doc: Document,
  { op }: Operation,
): { alternatives: Map<string, Alternative>; pointer: string | undefined } {
  const own = op.node.security;
  const global = doc.root.security;
  const [list, pointer] = Array.isArray(own)
    ? [own, child(op.pointer, 'security')]
    : Array.isArray(global)
      ? [global, '/security']
      : [[], undefined];
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
  return { alternatives, pointer };
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

function securitySchemes(doc: Document): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const components = doc.root.components;
  const schemes =
    isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, node] of Object.entries(schemes)) {
    const r = doc.resolve({ node, pointer: child('/components/securitySchemes', name) });
    if (r.unresolved === undefined && isObject(r.node)) out.set(name, r.node);
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
