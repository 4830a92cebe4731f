/**
 * `artifact`: the site in a directory of the workspace, for the CI's artifacts (GitHub:
 * actions/upload-artifact; GitLab: the component job's `artifacts:paths`). Each file is written
 * to a temporary name and renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteFile, SiteStore } from '../site';
import { storeTarget } from './store';
import type { Target } from './target';

/** A SiteStore over the directory `root`. */
export function directoryStore(root: string): SiteStore {
  const resolve = (file: string): string => path.join(root, ...file.split('/'));
  return {
    async read(file) {
      try {
        return await readFile(resolve(file), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(file: SiteFile) {
      const target = resolve(file.path);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      try {
        await writeFile(temp, file.content, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}

/** The `artifact` target writing into `dir` (absolute); `shown` is the directory as the user gave it. */
export function artifactTarget(dir: string, shown: string): Target {
  return storeTarget({
    id: 'artifact',
    name: `Artifact ${shown}`,
    store: directoryStore(dir),
    index: path.join(dir, 'index.json'),
  });
}
