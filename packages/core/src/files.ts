/**
 * Small file-system helpers every action shares: the atomic write, workspace-relative names and
 * the read of a file that may be missing.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `file` through a temporary file beside it, an fsync and a rename, so a reader never sees
 * half of it; the temporary file is removed when anything fails. An iterable of strings is
 * written in pieces of about 64 KiB (for streamed renderers whose whole text would be large).
 */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array | Iterable<string>,
): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) {
        await handle.writeFile(content);
      } else {
        let pending: string[] = [];
        let size = 0;
        for (const piece of content) {
          pending.push(piece);
          size += piece.length;
          if (size >= 64 * 1024) {
            await handle.write(pending.join(''), null, 'utf8');
            pending = [];
            size = 0;
          }
        }
        if (pending.length > 0) await handle.write(pending.join(''), null, 'utf8');
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** `backend/schema.yml` (forward slashes), or `.` for the workspace itself. */
export function relativeTo(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/') || '.';
}

/** The text of `file`, or undefined when there is no such file; any other failure is thrown. */
export async function readFileIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
