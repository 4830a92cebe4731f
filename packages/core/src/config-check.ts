/**
 * The whole of `.maint-actions.yml` checked up front, by every action and command that reads it:
 * a key the tool does not read (a typo such as `polcy:`, `quality-gate:` or, inside another
 * action's section, `smoke-test-gate: { ready-pth: ... }`) is a one-line configuration error
 * naming the file, the line, the key path and the key meant, before anything runs. Values stay
 * for their owners to parse (an action's inputs when that action runs; the `checklists:` items
 * when the checklist runs), since each knows what it accepts.
 *
 * The keys come from `CONFIG_KEYS` (config-keys.ts), which `pnpm generate` writes from the
 * action specs and the owners' sections, as it writes schemas/maint-actions.schema.json: the
 * schema and this check close the same keys.
 */
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { ConfigError } from './errors';
import type { ActionSpec } from './spec';
import { closest } from './suggest';

/** What the config may hold at one place of the tree. */
export interface ConfigKeyNode {
  /** A closed mapping: its keys, each with its own node. */
  readonly keys?: Readonly<Record<string, ConfigKeyNode>>;
  /** A list: the node of each item. */
  readonly items?: ConfigKeyNode;
  /** What the keys of this mapping are, for the message, such as `an input of smoke-test-gate`. */
  readonly what?: string;
  /** A secret input: never in a committed file. */
  readonly secret?: boolean;
}

/** The keys of an action's section: its inputs (secrets marked), and its retired names, whose own message names what replaced them. */
export function actionKeyNode(spec: ActionSpec): ConfigKeyNode {
  const keys: Record<string, ConfigKeyNode> = {};
  for (const [name, input] of Object.entries(spec.inputs)) keys[name] = input.secret ? { secret: true } : {};
  for (const name of Object.keys(spec.retired ?? {})) keys[name] = {};
  return { keys, what: `an input of ${spec.name}` };
}

/** What pnpm generate writes to config-keys.json: each action's section, then the owners' sections. */
export interface ConfigKeys {
  readonly actions: Readonly<Record<string, ConfigKeyNode>>;
  readonly owners: Readonly<Record<string, ConfigKeyNode>>;
}

/**
 * The tree of the whole file: every action's section and the owners' sections. An action given
 * in `specs` (the one running, or the CLI's registry) is read from its spec, the others from what
 * pnpm generate recorded.
 */
export function configKeyTree(known: ConfigKeys, specs: readonly ActionSpec[] = []): ConfigKeyNode {
  const actions = Object.fromEntries(specs.map((spec) => [spec.name, actionKeyNode(spec)]));
  return { keys: { ...known.actions, ...actions, ...known.owners }, what: 'a top-level key' };
}

/**
 * Checks every key of a parsed config document against `tree`.
 * @param name the file's name as the message shows it, such as `.maint-actions.yml`.
 * @throws ConfigError for the first unknown key (with a "did you mean" when one is near), a
 *   secret input, or a section that is not the mapping or list it must be.
 */
export function checkConfigKeys(doc: Document, lines: LineCounter, name: string, tree: ConfigKeyNode): void {
  walk(doc.contents, tree, [], { name, lines });
}

interface Where {
  readonly name: string;
  readonly lines: LineCounter;
}

function walk(
  node: Node | null | undefined,
  tree: ConfigKeyNode,
  path: readonly string[],
  where: Where,
): void {
  if (!node || isEmpty(node)) return;
  if (tree.keys) {
    if (!isMap(node))
      fail(
        where,
        node,
        `${label(path)} must be a mapping of ${tree.what ? plural(tree.what) : 'keys'} to their values.`,
      );
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const text = isScalar(key) ? String(key.value) : String(key);
      const child = tree.keys[text];
      const keyPath = [...path, text];
      if (!child) fail(where, key, unknownKey(keyPath, text, tree));
      if (child.secret) {
        fail(
          where,
          key,
          `${dotted(keyPath)} is a secret; pass it from a CI secret variable, not a committed file.`,
        );
      }
      walk(pair.value as Node | null, child, keyPath, where);
    }
  } else if (tree.items) {
    if (!isSeq(node))
      fail(where, node, `${label(path)} must be a list, each item a line starting with "- ".`);
    node.items.forEach((item, index) => {
      walk(
        item as Node | null,
        tree.items as ConfigKeyNode,
        [...path.slice(0, -1), `${path.at(-1)}[${index + 1}]`],
        where,
      );
    });
  }
}

function unknownKey(keyPath: readonly string[], key: string, tree: ConfigKeyNode): string {
  // A secret is never offered: it has no place in the file.
  const names = Object.entries(tree.keys ?? {})
    .filter(([, node]) => !node.secret)
    .map(([name]) => name);
  const meant = closest(key, names);
  const what = tree.what ?? 'key';
  const subject =
    keyPath.length === 1 ? `"${key}" is not a top-level key` : `${dotted(keyPath)} is not ${what}`;
  if (meant) return `${subject}; did you mean "${meant}"?`;
  return `${subject}; remove it or use one of: ${names.join(', ')}.`;
}

function fail(where: Where, node: Node | null, message: string): never {
  const offset = node?.range?.[0];
  const line = offset === undefined ? undefined : where.lines.linePos(offset).line;
  throw new ConfigError(`${where.name}${line ? `:${line}` : ''}: ${message}`);
}

/** An empty value (`key:` or `key: ''`) is an unset section: nothing to check. */
function isEmpty(node: Node): boolean {
  return isScalar(node) && (node.value === null || node.value === '');
}

function label(path: readonly string[]): string {
  return path.length === 0 ? 'The file' : dotted(path);
}

function dotted(path: readonly string[]): string {
  return path.join('.');
}

function plural(what: string): string {
  return what.replace(/^an? /, '').replace(/^(\w+)/, '$1s');
}
