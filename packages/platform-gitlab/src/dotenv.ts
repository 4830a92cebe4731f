/**
 * Outputs as a dotenv file reported with `artifacts:reports:dotenv`. GitLab reads it line by
 * line as `KEY=value`: no multi-line values, no comments, a 5 KiB file by default, and it strips
 * surrounding whitespace and one pair of matching quotes from each value.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Largest value we write, in bytes (GitLab's dotenv values are meant to be small). */
export const MAX_DOTENV_VALUE_BYTES = 5_000;
/** GitLab's default `dotenv_size` limit for the whole file, in bytes. */
export const MAX_DOTENV_FILE_BYTES = 5 * 1024;

/** Quotes a value only where GitLab's parser would otherwise change it. */
function encodeValue(value: string): string {
  const trimmedByParser = value !== value.trim();
  const unquotedByParser = /^(['"]).*\1$/s.test(value);
  return trimmedByParser || unquotedByParser ? `"${value}"` : value;
}

/**
 * Sets `key` to `value` in the dotenv file at `file`, replacing an earlier line for the same key.
 * The file is rewritten atomically (temp file + rename). Throws when the value cannot be carried
 * by GitLab's dotenv report: a multi-line or oversized value is a caller bug (write big results
 * to a file and output its path).
 */
export async function setDotenvValue(file: string, key: string, value: string): Promise<void> {
  if (!/^[A-Za-z0-9_]+$/.test(key)) {
    throw new Error(`Dotenv key ${JSON.stringify(key)} may only contain letters, digits and underscores`);
  }
  if (/[\r\n]/.test(value)) {
    throw new Error(
      `Output ${key} is multi-line; GitLab dotenv values must be one line (write it to a file)`,
    );
  }
  const bytes = Buffer.byteLength(value);
  if (bytes > MAX_DOTENV_VALUE_BYTES) {
    throw new Error(
      `Output ${key} is ${bytes} bytes; GitLab dotenv values must stay under ${MAX_DOTENV_VALUE_BYTES} (write it to a file)`,
    );
  }

  const lines = (await readExisting(file)).filter((line) => !line.startsWith(`${key}=`));
  lines.push(`${key}=${encodeValue(value)}`);
  const text = `${lines.join('\n')}\n`;
  const total = Buffer.byteLength(text);
  if (total > MAX_DOTENV_FILE_BYTES) {
    throw new Error(
      `Output ${key} would make ${file} ${total} bytes; GitLab accepts dotenv reports up to ${MAX_DOTENV_FILE_BYTES}`,
    );
  }

  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, text, { mode: 0o644 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readExisting(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
