/**
 * What `pnpm local-action` relies on (docs/local-action.md): the tool pinned, started without
 * `pnpm dlx`, and the root's @actions/core and @actions/github, which the tool looks up to stub,
 * being the versions the GitHub adapter imports.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8'));
const root = manifest('.');
const adapter = manifest('packages/platform-github');

describe('the local-action set-up', () => {
  it('pins @github/local-action and runs it with the workspace tsx, not pnpm dlx', () => {
    expect(root.devDependencies['@github/local-action']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(root.scripts['local-action']).toBe(
      'NODE_PACKAGE_MANAGER=pnpm NODE_NO_WARNINGS=1 tsx node_modules/@github/local-action/src/index.ts run',
    );
  });

  it('lists in the root the toolkit versions of packages/platform-github, so the stubs replace what it imports', () => {
    for (const name of ['@actions/core', '@actions/github']) {
      expect(root.dependencies[name], name).toBe(adapter.dependencies[name]);
    }
    expect(root.dependencies['@actions/cache']).toBeUndefined();
  });
});
