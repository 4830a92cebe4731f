/**
 * The policy presets' frame: the major they belong to and how one is built. The presets
 * themselves live with the action whose gates they name (quality-gates' in its presets.ts),
 * and an action hands its presets to `loadPolicy`.
 */
import type { Policy, PolicySection } from './model';

/** The major the presets belong to; a new major revisits every preset (see docs/versioning.md). */
export const POLICY_MAJOR = 1;

/** Presets by name. */
export type PolicyPresets = Readonly<Record<string, Policy>>;

/** A built-in preset of the current major with a section per action. */
export function presetPolicy(
  name: string,
  description: string,
  actions: Readonly<Record<string, PolicySection>>,
): Policy {
  return { name, version: String(POLICY_MAJOR), source: 'preset', description, actions };
}
