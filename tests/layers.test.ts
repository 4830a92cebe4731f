/**
 * The layers as docs/architecture.md draws them: an action never imports another action (its
 * package or its src/, tests included); what two actions share is a package under packages/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';

const ACTIONS = readdirSync(path.join(repoRoot, 'actions'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The module specifiers a file imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((match) => match[1] as string);
}

describe('layers', () => {
  it.each(ACTIONS)('%s imports no other action', (action) => {
    const src = path.join(repoRoot, 'actions', action, 'src');
    const crossings: string[] = [];
    for (const file of sourceFiles(src)) {
      for (const specifier of importsOf(file)) {
        const other = specifier.startsWith('.')
          ? path
              .relative(path.join(repoRoot, 'actions'), path.resolve(path.dirname(file), specifier))
              .split(path.sep)[0]
          : /^@maint-actions\/([^/]+)/.exec(specifier)?.[1];
        if (other && other !== action && ACTIONS.includes(other)) {
          crossings.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
        }
      }
    }
    const manifest = JSON.parse(
      readFileSync(path.join(repoRoot, 'actions', action, 'package.json'), 'utf8'),
    ) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
      const other = /^@maint-actions\/(.+)$/.exec(name)?.[1];
      if (other && ACTIONS.includes(other)) crossings.push(`package.json depends on ${name}`);
    }
    expect(crossings).toEqual([]);
  });
});
