import { loadPolicy, POLICY_MAJOR, type Policy, policyLabel, rolloutProblems } from '@maint-actions/core';
import { describe, expect, it } from 'vitest';
import { QUALITY_GATES_PRESETS } from './presets';

describe('the quality-gates presets', () => {
  it.each(Object.keys(QUALITY_GATES_PRESETS))('%s keeps the rollout promise', (name) => {
    expect(rolloutProblems(QUALITY_GATES_PRESETS[name] as Policy)).toEqual([]);
  });

  it('note the same introducing release for a gate in every preset', () => {
    const since = new Map<string, Set<string | undefined>>();
    for (const preset of Object.values(QUALITY_GATES_PRESETS)) {
      for (const [gate, entry] of Object.entries(preset.actions['quality-gates']?.gates ?? {})) {
        since.set(gate, (since.get(gate) ?? new Set()).add(entry.since));
      }
    }
    for (const [gate, versions] of since) expect([gate, versions.size]).toEqual([gate, 1]);
  });
});

describe('loadPolicy with the quality-gates presets', () => {
  it('finds a preset by name, versioned with the major', async () => {
    const policy = await loadPolicy('standard', '/nonexistent', QUALITY_GATES_PRESETS);
    expect(policyLabel(policy)).toBe(`standard@${POLICY_MAJOR}`);
    expect(policy.actions['quality-gates']?.gates.lint).toEqual({ mode: 'warn', since: '1.0.0' });
  });

  it('names the presets in the one-line error for an unknown one', async () => {
    await expect(loadPolicy('stricter', '/nonexistent', QUALITY_GATES_PRESETS)).rejects.toThrow(
      'Input "policy": unknown policy "stricter"; use one of relaxed, standard, strict, or the path of a policy file such as ./.platform/policy.yml.',
    );
  });
});
