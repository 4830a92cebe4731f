/**
 * Combining the pytest reports of shards into one: the JUnit files into one `<testsuites>`
 * document, and parsed results into one result.
 *
 * Each shard's top-level `<testsuite>` elements are copied byte for byte (entities, CDATA, order
 * and all) as they are read (../parsers/junit-stream), so merging never holds a report whole:
 * files are streamed into a body file, then the `<testsuites>` line with the summed counts, the
 * body and the closing tag are written to a temporary file renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';
import {
  type JunitCase,
  JunitError,
  type JunitHandlers,
  readJunitFile,
  readJunitText,
} from '../parsers/junit-stream';
import { countTests, type PytestResult } from '../parsers/pytest-junit';

const COUNTS = ['tests', 'failures', 'errors', 'skipped'] as const;

interface Totals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: number;
}

const FOOTER = '</testsuites>\n';

/**
 * Merges JUnit XML documents (each a `<testsuites>` or a bare `<testsuite>`) into one
 * `<testsuites>` holding every suite unchanged, with the counts and time summed on it.
 *
 * @param names the documents' file names, for errors (defaults to their position).
 * @throws ConfigError naming `merge-files` when a document is not JUnit XML.
 */
export function mergeJunit(xmls: readonly string[], names?: readonly string[]): string {
  const totals = zeroTotals();
  const parts: string[] = [];
  xmls.forEach((xml, i) => {
    const name = names?.[i] ?? `report ${i + 1}`;
    try {
      readJunitText(
        xml,
        suiteHandlers(totals, (text) => parts.push(text)),
      );
    } catch (error) {
      throw mergeError(error, name);
    }
  });
  return header(totals) + parts.join('') + FOOTER;
}

/**
 * {@link mergeJunit} of files, streamed into `output` (written atomically); each test case is
 * handed to `onCase` as it is read, in order.
 *
 * @throws ConfigError naming `merge-files` when a file is not JUnit XML.
 */
export async function mergeJunitFiles(
  files: readonly string[],
  names: readonly string[],
  output: string,
  onCase: (testCase: JunitCase) => void,
): Promise<void> {
  const suffix = randomBytes(6).toString('hex');
  const bodyFile = path.join(path.dirname(output), `.${path.basename(output)}.${suffix}.body`);
  const tempFile = path.join(path.dirname(output), `.${path.basename(output)}.${suffix}.tmp`);
  const totals = zeroTotals();
  try {
    const body = new FileWriter(bodyFile);
    try {
      for (const [i, file] of files.entries()) {
        const handlers = { ...suiteHandlers(totals, (text) => body.write(text)), onCase };
        await readJunitFile(file, handlers).catch((error: unknown) => {
          throw mergeError(error, names[i] ?? file);
        });
      }
    } finally {
      body.close();
    }
    const merged = new FileWriter(tempFile);
    try {
      merged.write(header(totals));
      for await (const chunk of createReadStream(bodyFile, { highWaterMark: 1024 * 1024 })) {
        merged.write(chunk as Buffer);
      }
      merged.write(FOOTER);
    } finally {
      merged.close();
    }
    await rename(tempFile, output);
  } finally {
    await rm(bodyFile, { force: true });
    await rm(tempFile, { force: true });
  }
}

/** Sums the results of several pytest runs (shards): counts, test cases and findings, in order. */
export function mergePytestResults(results: readonly PytestResult[]): PytestResult {
  const tests = results.flatMap((result) => result.tests);
  return { counts: countTests(tests), tests, findings: results.flatMap((result) => result.findings) };
}

function suiteHandlers(totals: Totals, write: (text: string) => void): JunitHandlers {
  return {
    onSuite: (attributes) => {
      for (const key of COUNTS) totals[key] += Number(attributes[key] ?? 0) || 0;
      totals.time += Number(attributes.time ?? 0) || 0;
    },
    onSuiteText: write,
  };
}

function zeroTotals(): Totals {
  return { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
}

function header(totals: Totals): string {
  const counts = COUNTS.map((key) => `${key}="${totals[key]}"`).join(' ');
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest" ${counts} time="${totals.time.toFixed(3)}">`;
}

function mergeError(error: unknown, name: string): unknown {
  if (!(error instanceof JunitError)) return error;
  const why =
    error.kind === 'xml'
      ? `is not valid XML (line ${error.line}: ${error.reason})`
      : 'is not a JUnit report (no <testsuites> or <testsuite> element)';
  return new ConfigError(`Input "merge-files": ${name} ${why}; list only pytest JUnit reports.`, {
    input: 'merge-files',
  });
}

/** Writes a file through a 256 KiB buffer (synchronous writes: one writer, no interleaving). */
class FileWriter {
  private readonly fd: number;
  private pending: (string | Buffer)[] = [];
  private size = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'wx', 0o644);
  }

  write(data: string | Buffer): void {
    this.pending.push(data);
    this.size += data.length;
    if (this.size >= 256 * 1024) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buffers = this.pending.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
    writeSync(this.fd, Buffer.concat(buffers));
    this.pending = [];
    this.size = 0;
  }
}
