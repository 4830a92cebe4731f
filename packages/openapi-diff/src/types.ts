import type { RuleId } from './rules';

/** How much a change matters to an API's existing clients. */
export type Level = 'breaking' | 'warning' | 'info';

/** One difference between two versions of an API, as seen by its clients. */
export interface Change {
  /** Stable kebab-case rule id, such as `parameter-added-required` (see the package README). */
  readonly rule: RuleId;
  readonly level: Level;
  /**
   * The URL path template, such as `/api/submissions/{id}/` (the head's, or the base's when
   * removed); for a webhook `webhook <name>`, for a callback the operation's path followed by
   * `callback <name> <METHOD> <expression>` (`method` is then the operation's).
   */
  readonly path: string;
  /** The HTTP method, upper-case; absent for changes to a whole path. */
  readonly method?: string;
  /**
   * A JSON pointer to the changed node: in the head document, or in the base one when the node
   * was removed. Changes inside a shared component point into `/components/...`.
   */
  readonly location: string;
  /** One line for humans, starting with `METHOD path: `. */
  readonly message: string;
}

/** The semantic-version bump the changes call for. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface DiffResult {
  /** Breaking first, then warnings, then info; within a level by path, method and location. */
  readonly changes: readonly Change[];
  readonly counts: { readonly breaking: number; readonly warning: number; readonly info: number };
  /** major: anything breaking; minor: something added; patch: any other change; none: no change. */
  readonly bump: Bump;
}

export interface DiffOptions {
  /**
   * Overrides the level of some rules, for teams that read a change differently (for example
   * `{ 'response-enum-value-added': 'breaking' }` for clients with exhaustive switches).
   */
  readonly levels?: Partial<Record<RuleId, Level>>;
  /** Today as YYYY-MM-DD (UTC), for x-sunset dates; the real day by default. */
  readonly today?: string;
}
