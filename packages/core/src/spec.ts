/**
 * One action, one spec: the single declaration of an action's interface. action.yml, README
 * tables, GitLab `spec: inputs`, CLI flags/--help and the `.maint-actions.yml` JSON Schema are
 * all generated from it (see scripts/generate.ts).
 */

export type InputType = 'string' | 'boolean' | 'number' | 'enum' | 'list' | 'path';

export interface InputSpec {
  readonly type: InputType;
  readonly description: string;
  /** Typed default; applied at parse time (never written into action.yml, so config files can fill gaps). */
  readonly default?: string | number | boolean | readonly string[];
  readonly required?: boolean;
  /** Allowed values: for `enum`, the value; for `list`, each item. */
  readonly values?: readonly string[];
  /** A secret: masked before any use, never echoed. */
  readonly secret?: boolean;
  /**
   * `add`: for a `list` input, an explicit value (workflow input, component variable, flag)
   * adds to the repo config's list instead of replacing it, such as quality-gates `warn`: the
   * exceptions a repo records once stay when a job or a terminal adds one more.
   */
  readonly combine?: 'add';
  /**
   * A default that only GitHub can evaluate, written as `default:` into action.yml, such as
   * `${{ github.token }}`. Elsewhere the input stays unset unless given.
   */
  readonly githubDefault?: string;
}

/**
 * An input that no longer exists: setting it fails with a message naming what replaced it (or
 * why it went), so an upgrade never silently ignores a setting. Kept for at least a whole major.
 */
export type RetiredInput =
  | { readonly replacedBy: string; readonly since: string }
  | { readonly removed: string; readonly since: string };

export interface OutputSpec {
  readonly description: string;
}

export interface ActionSpec {
  /** kebab-case name: folder, CLI sub-command and config key. */
  readonly name: string;
  /** Human title, such as "Quality gates". */
  readonly title: string;
  /** One sentence: what it does. */
  readonly description: string;
  readonly branding?: { readonly icon: string; readonly color: string };
  /** A sub-command of the tool only (such as `restore`, run from a terminal or a runbook): no action.yml, no component. */
  readonly cliOnly?: boolean;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly outputs: Readonly<Record<string, OutputSpec>>;
  /** Inputs renamed or removed, by their old name (see `RetiredInput`). */
  readonly retired?: Readonly<Record<string, RetiredInput>>;
}

/** The values of the `status` output that every action has. */
export type ActionStatus = 'passed' | 'failed' | 'skipped';

/**
 * The `status` output every action has, added by `defineAction` (and set by the entry on every
 * path), so one `if: steps.<id>.outputs.status == 'failed'` works across the library.
 */
export const STATUS_OUTPUT: OutputSpec = {
  description:
    '`passed`, `failed` or `skipped`, set on every path and named alike on every action: `failed` also on a configuration error (with every other output set empty), `skipped` when there was nothing to do.',
};

/** A spec with the common `status` output. */
export type WithStatus<S extends ActionSpec> = Omit<S, 'outputs'> & {
  readonly outputs: S['outputs'] & { readonly status: OutputSpec };
};

/**
 * Declares an action's spec, keeping literal types so `Inputs<typeof spec>` is precise, and adds
 * the `status` output every action has (`STATUS_OUTPUT`; it replaces one the spec declares).
 */
export function defineAction<const S extends ActionSpec>(spec: S): WithStatus<S> {
  return { ...spec, outputs: { ...spec.outputs, status: STATUS_OUTPUT } };
}

/** `working-directory` -> `workingDirectory`. */
export type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

type ValueOf<I> = I extends { readonly type: 'boolean' }
  ? boolean
  : I extends { readonly type: 'number' }
    ? number
    : I extends { readonly type: 'list' }
      ? string[]
      : I extends { readonly type: 'enum'; readonly values: readonly (infer V)[] }
        ? V
        : string;

type HasValue<I> = I extends { readonly required: true }
  ? true
  : I extends { readonly default: unknown }
    ? true
    : false;

/** The typed, parsed inputs of an action: camelCase keys; optional inputs without default may be undefined. */
export type Inputs<S extends ActionSpec> = {
  -readonly [K in keyof S['inputs'] & string as CamelCase<K>]: HasValue<S['inputs'][K]> extends true
    ? ValueOf<S['inputs'][K]>
    : ValueOf<S['inputs'][K]> | undefined;
};

/** Output names of a spec, for typed `outputs` in an ActionResult. */
export type OutputName<S extends ActionSpec> = keyof S['outputs'] & string;
