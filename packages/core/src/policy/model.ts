/**
 * Central quality policy: a named, versioned set of gate modes and input values (such as
 * thresholds) that a platform team chooses once for every repo. A repo names a preset
 * (`policy: standard`) or a policy file; its own inputs still win (see docs/versioning.md).
 */

import { ConfigError } from '../errors';
import { closest } from '../suggest';

/** A gate's mode under a policy: `off` does not run it. */
export type GatePolicyMode = 'enforce' | 'warn' | 'off';

/** The modes a policy may give a gate, for messages and parsing. */
export const GATE_POLICY_MODES: readonly GatePolicyMode[] = ['enforce', 'warn', 'off'];

export interface GatePolicy {
  readonly mode: GatePolicyMode;
  /** The release that introduced the gate, such as `1.0.0`; every preset entry notes it. */
  readonly since?: string;
}

/** What a policy says about one action: its gates' modes and values of its inputs. */
export interface PolicySection {
  readonly gates: Readonly<Record<string, GatePolicy>>;
  /** Input values by kebab-case name: typed in a preset, the text written in a policy file. */
  readonly inputs: Readonly<Record<string, unknown>>;
}

export interface Policy {
  readonly name: string;
  /** A preset's version is the tool's major (`1`); a policy file states its own. */
  readonly version: string;
  /** `preset`, or the policy file's path as the repo named it. */
  readonly source: string;
  readonly description: string;
  /** Sections by action name, such as `quality-gates`. */
  readonly actions: Readonly<Record<string, PolicySection>>;
}

/** `standard@1`: how reports name a policy. */
export function policyLabel(policy: Pick<Policy, 'name' | 'version'>): string {
  return `${policy.name}@${policy.version}`;
}

/**
 * An action's section of a policy; empty when the policy says nothing about it. Sections for
 * other actions are left alone (a policy may be newer than this tool).
 *
 * @throws ConfigError when the action has no section but one is named like it (`quality-gate:`),
 *   which would otherwise leave every gate at its default without a word.
 */
export function policySection(policy: Policy | undefined, action: string): PolicySection {
  const section = policy?.actions[action];
  if (section) return section;
  const near = policy && closest(action, Object.keys(policy.actions));
  if (near) {
    throw new ConfigError(
      `${policy.source}: the policy has no "${action}" section but has "${near}"; rename it to "${action}".`,
      { input: 'policy' },
    );
  }
  return { gates: {}, inputs: {} };
}

/**
 * The rollout promise of docs/versioning.md, checked on a policy whose version is a major: a
 * gate introduced in a minor or patch release of that major (`since: 1.3.0` in a major-1 policy)
 * is `warn` or `off`, never `enforce`, until the next major; and no gate comes from a later
 * major. Returns one line per breach (none when the policy keeps the promise).
 */
export function rolloutProblems(policy: Policy): string[] {
  const major = Number(policy.version);
  const label = policyLabel(policy);
  if (!Number.isInteger(major)) return [`${label}: the version of a preset is a major, such as 1`];
  const problems: string[] = [];
  for (const [action, section] of Object.entries(policy.actions)) {
    for (const [gate, { mode, since }] of Object.entries(section.gates)) {
      const released = since?.match(/^(\d+)\.(\d+)\.(\d+)$/);
      if (!released) {
        problems.push(`${label}: ${action} gate ${gate} needs "since", the release that introduced it`);
        continue;
      }
      const [sinceMajor, minor, patch] = released.slice(1).map(Number) as [number, number, number];
      if (sinceMajor > major) {
        problems.push(`${label}: ${action} gate ${gate} arrived in ${since}, after major ${major}`);
      } else if (sinceMajor === major && (minor > 0 || patch > 0) && mode === 'enforce') {
        problems.push(
          `${label}: ${action} gate ${gate} arrived in ${since}, a minor release, so it is warn or off until ${major + 1}.0.0 (not enforce)`,
        );
      }
    }
  }
  return problems;
}
