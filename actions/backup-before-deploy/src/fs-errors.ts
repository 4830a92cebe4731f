/**
 * File-system failures in words: a full disk or a read-only destination is the user's to fix,
 * and says so in one line instead of an errno and a syscall.
 */

const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/** `writing /b/manifest.json failed: no space left on the device (ENOSPC)`, or undefined for other errors. */
export function fsReason(error: unknown): string | undefined {
  const { code, path: where, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const words = code === undefined ? undefined : WORDS[code];
  if (!words) return undefined;
  const doing = syscall === 'mkdir' ? 'creating' : syscall === 'open' ? 'opening' : 'writing';
  return `${where ? `${doing} ${where} failed: ` : ''}${words} (${code})`;
}
