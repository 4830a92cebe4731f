/**
 * `pnpm release:pack [dir]`: the npm package `maint-actions` as a tarball in `dir` (default the
 * current directory). The package is `npm/package.json` and `npm/README.md` with the CLI bundle
 * `dist/cli/` as its `dist/`: self-contained, so it has no dependencies. It is staged in a
 * temporary directory and packed from there; the repository is left as it was. Refuses a bundle
 * whose `--version` is not the package's version (a bundle built before `pnpm release:version`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packs the npm package of the repository at `root` into `outDir`; returns the tarball's path. */
export async function packNpm(root: string, outDir: string): Promise<string> {
  const bundle = path.join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(bundle)) throw new Error('dist/cli/index.js does not exist: run pnpm build cli');
  const { version } = JSON.parse(await readFile(path.join(root, 'npm', 'package.json'), 'utf8')) as {
    version: string;
  };
  const built = execFileSync(process.execPath, [bundle, '--version'], { encoding: 'utf8' }).trim();
  if (built !== version)
    throw new Error(`dist/cli/index.js is version ${built}, npm/package.json ${version}: run pnpm build cli`);
  const stage = await mkdtemp(path.join(os.tmpdir(), 'maint-actions-npm-'));
  try {
    await cp(path.join(root, 'npm', 'package.json'), path.join(stage, 'package.json'));
    await cp(path.join(root, 'npm', 'README.md'), path.join(stage, 'README.md'));
    await cp(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
    await cp(path.join(root, 'dist', 'cli'), path.join(stage, 'dist'), { recursive: true });
    await mkdir(outDir, { recursive: true });
    const out = execFileSync('npm', ['pack', stage, '--json', '--pack-destination', path.resolve(outDir)], {
      encoding: 'utf8',
      // npm pack of a folder with no dependencies needs no registry.
      env: {
        ...process.env,
        npm_config_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
      },
    });
    const [{ filename }] = JSON.parse(out) as [{ filename: string }];
    return path.resolve(outDir, filename);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  packNpm(root, process.argv[2] ?? process.cwd()).then(
    (tarball) => console.log(tarball),
    (error: unknown) => {
      console.error(`release:pack: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
