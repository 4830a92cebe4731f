/**
 * What an action is: a spec plus `run`. The entry (GitHub main.ts or the CLI) parses inputs,
 * calls run, sets outputs and alone decides the exit code.
 */
import type { Platform } from './platform';
import type { Report, Verdict } from './report';
import type { ActionSpec, Inputs, OutputName } from './spec';

export interface ActionContext<S extends ActionSpec> {
  readonly platform: Platform;
  readonly inputs: Inputs<S>;
}

export interface ActionResult<S extends ActionSpec> {
  readonly verdict: Verdict;
  /** One line for the failure message and the `summary` output. */
  readonly summary: string;
  readonly outputs: Partial<Record<OutputName<S>, string>>;
  readonly report?: Report;
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
