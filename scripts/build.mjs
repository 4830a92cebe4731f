/**
 * `pnpm build`: bundles each action's GitHub entry (`actions/<name>/src/main.ts`) into
 * `dist/<name>/index.js` and the CLI (`packages/cli/src/main.ts`) into `dist/cli/index.js` with
 * ncc: ES modules (the root package is `"type": "module"`), no source maps, a `licenses.txt`
 * beside each bundle. Each dist folder is emptied first so no stale file survives, and two
 * bundles are built at a time. `pnpm build <name> ...` builds only the named bundles. The bundles
 * are those of scripts/bundles.json (see `targets`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = createRequire(import.meta.url)('@vercel/ncc');

/** How many bundles are built at once (ncc is CPU-bound; CI machines have two cores). */
const PARALLEL = 2;

/**
 * Every bundle: its entry, its dist folder, and whether it is run as a command. The list is
 * scripts/bundles.json, which `pnpm generate` writes from the registry the CLI and generate.ts
 * read (packages/cli/src/registry.ts), so an action is bundled exactly when it is registered.
 * This file stays plain JavaScript run by node: importing the TypeScript registry would need a
 * TypeScript loader here and would load every action's code just to learn their names, while
 * the JSON list costs one generated file that scripts/check-fresh.sh keeps up to date.
 */
function targets() {
  const listed = JSON.parse(readFileSync(path.join(root, 'scripts', 'bundles.json'), 'utf8'));
  return listed.map(({ name, entry, bin }) => {
    const file = path.join(root, entry);
    if (!existsSync(file))
      throw new Error(`${entry} (bundle ${name} in scripts/bundles.json) does not exist; run pnpm generate`);
    return { name, entry: file, bin };
  });
}

/** Bundles one entry into dist/<name>/, replacing whatever was there. */
async function bundle({ name, entry, bin }) {
  const started = Date.now();
  const { code, assets } = await ncc(entry, {
    esm: true,
    filename: 'index.js',
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    license: 'licenses.txt',
    // Types are checked by `pnpm typecheck`; the bundle only needs the JavaScript.
    transpileOnly: true,
    cache: false,
    quiet: true,
    target: 'es2022',
  });
  const out = path.join(root, 'dist', name);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'index.js'), bin ? `#!/usr/bin/env node\n${code}` : code, {
    mode: bin ? 0o755 : 0o644,
  });
  for (const [file, asset] of Object.entries(assets).sort(([a], [b]) => a.localeCompare(b))) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(
      path.join(out, file),
      asset.source,
      asset.permissions ? { mode: asset.permissions } : undefined,
    );
  }
  const files = Object.keys(assets).length + 1;
  console.log(
    `build: dist/${name}/index.js (${files} files, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

/** Runs `work` over `items`, `limit` at a time; rejects with the first failure once all settled. */
async function pool(items, limit, work) {
  const queue = [...items];
  const failures = [];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      await work(item).catch((error) => failures.push({ item, error }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) {
    for (const { item, error } of failures)
      console.error(`build: ${item.name} failed: ${error?.message ?? error}`);
    throw new Error(`${failures.length} bundle(s) failed`);
  }
}

/** The bundles to build: all, or those named on the command line. */
function selected() {
  const all = targets();
  const names = process.argv.slice(2);
  if (names.length === 0) return all;
  const unknown = names.filter((name) => !all.some((target) => target.name === name));
  if (unknown.length > 0)
    throw new Error(`no bundle named ${unknown.join(', ')}; bundles: ${all.map((t) => t.name).join(', ')}`);
  return all.filter((target) => names.includes(target.name));
}

try {
  await pool(selected(), PARALLEL, bundle);
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exitCode = 1;
}
