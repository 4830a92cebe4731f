/**
 * What an action is: a spec plus `run`. The entry (GitHub main.ts or the CLI) parses inputs,
 * calls run, sets outputs and alone decides the exit code.
 */
import type { RepoConfig } from './config';
import type { Platform } from './platform';
import type { ReportPublication } from './publish';
import type { Report, Verdict } from './report';
import type { ActionSpec, Inputs, OutputName } from './spec';

export interface ActionContext<S extends ActionSpec> {
  readonly platform: Platform;
  readonly inputs: Inputs<S>;
  /**
   * The repo config file the entry loaded: the one `--config` names, else `.maint-actions.yml`
   * (or `.yaml`) at the workspace root. An action that reads the file's other keys (checklists,
   * the top-level `python-version:`, an ignore list) reads them here, so it reads the file in
   * force. Unset when the caller loaded none (unit tests): then `repoConfigOf` looks it up by
   * its default names, as an entry does without `--config`.
   */
  readonly repoConfig?: RepoConfig;
}

export interface ActionResult<S extends ActionSpec> {
  readonly verdict: Verdict;
  /** One line for the failure message and the `summary` output. */
  readonly summary: string;
  /**
   * Outputs by name. The entry sets every declared output, empty when left out here, and sets
   * `status` itself (from `verdict` and `skipped`): a value given for it is ignored.
   */
  readonly outputs: Partial<Record<OutputName<S>, string>>;
  /**
   * Nothing to do (with a `passed` verdict): the `status` output is `skipped`. Unset: skipped
   * when the report has checks and every one was skipped.
   */
  readonly skipped?: boolean;
  readonly report?: Report;
  /**
   * How the entry publishes `report` (files, job summary, annotations) before it sets the
   * outputs. Unset: the report is not published.
   */
  readonly publish?: ReportPublication;
}

export interface ActionDefinition<S extends ActionSpec = ActionSpec> {
  readonly spec: S;
  run(ctx: ActionContext<S>): Promise<ActionResult<S>>;
}

export function defineActionRun<S extends ActionSpec>(
  spec: S,
  run: (ctx: ActionContext<S>) => Promise<ActionResult<S>>,
): ActionDefinition<S> {
  return { spec, run };
}
