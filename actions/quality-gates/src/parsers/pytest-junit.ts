/**
 * pytest's JUnit XML report (`--junitxml`, xunit2 or xunit1) → counts, test cases and one
 * finding per failure or error, placed at the failing line of the test file.
 */
import path from 'node:path';
import type { Finding, TestCaseResult } from '@maint-actions/core';
import { type JunitCase, JunitError, type JunitOutcome, readJunitFile, readJunitText } from './junit-stream';
import { FileProbe, type Where } from './paths';
import { PythonSources } from './python-sources';

/** Test counts; `tests` is the sum of the other four. */
export interface PytestCounts {
  readonly tests: number;
  readonly passed: number;
  readonly failures: number;
  readonly errors: number;
  readonly skipped: number;
}

/** What a pytest run reported. */
export interface PytestResult {
  readonly counts: PytestCounts;
  readonly tests: TestCaseResult[];
  readonly findings: Finding[];
}

/** pytest's message of a test module that failed to import. */
const COLLECTION_FAILURE = 'collection failure';

type Outcome = JunitOutcome;
type XmlTestCase = JunitCase;

/**
 * Parses pytest's JUnit XML. Test files come from the `file` attribute (xunit1) or, in xunit2,
 * from the classname (`tests.test_api.TestSubmit` → `tests/test_api.py`, checked on disk).
 * Lines come from the traceback (the last `file:line:` in the test file), else the test's `def`.
 *
 * @throws Error when `xml` is not a JUnit report.
 */
export function parsePytestJunit(xml: string, where: Where): PytestResult {
  const collector = new PytestCollector(where);
  junitErrors(() => readJunitText(xml, { onCase: (xmlCase) => collector.add(xmlCase) }));
  return collector.result();
}

/**
 * {@link parsePytestJunit} of a file, read as a stream: a report of a million test cases is never
 * held whole (see ./junit-stream).
 *
 * @throws Error when the file is not a JUnit report, or cannot be read.
 */
export async function parsePytestJunitFile(file: string, where: Where): Promise<PytestResult> {
  const collector = new PytestCollector(where);
  await junitErrorsAsync(() => readJunitFile(file, { onCase: (xmlCase) => collector.add(xmlCase) }));
  return collector.result();
}

/** Test cases added one by one (from one report or several), read as pytest's. */
export class PytestCollector {
  private readonly probe: FileProbe;
  private readonly sources: PythonSources;
  private readonly tests: TestCaseResult[] = [];
  private readonly findings: Finding[] = [];

  constructor(where: Where) {
    this.probe = new FileProbe(where);
    this.sources = new PythonSources(where);
  }

  add(xmlCase: JunitCase): void {
    const { test, caseFindings } = readTestCase(xmlCase, this.probe, this.sources);
    this.tests.push(test);
    for (const finding of caseFindings) this.findings.push(finding);
  }

  result(): PytestResult {
    return { counts: countTests(this.tests), tests: this.tests, findings: this.findings };
  }
}

function junitErrors(read: () => void): void {
  try {
    read();
  } catch (error) {
    throw described(error);
  }
}

async function junitErrorsAsync(read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    throw described(error);
  }
}

function described(error: unknown): unknown {
  if (!(error instanceof JunitError)) return error;
  return error.kind === 'xml'
    ? new Error(`The JUnit report is not valid XML (line ${error.line}: ${error.reason})`)
    : new Error(`The JUnit report has no <testsuites> or <testsuite> element`);
}

/** Counts of test cases by status. */
export function countTests(tests: readonly TestCaseResult[]): PytestCounts {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const test of tests) counts[test.status]++;
  return {
    tests: tests.length,
    passed: counts.passed,
    failures: counts.failed,
    errors: counts.error,
    skipped: counts.skipped,
  };
}

function readTestCase(
  xmlCase: XmlTestCase,
  probe: FileProbe,
  sources: PythonSources,
): { test: TestCaseResult; caseFindings: Finding[] } {
  const name = xmlCase.name ?? '';
  const classname = xmlCase.classname ?? '';
  const collection =
    classname === '' && (xmlCase.error ?? []).some((e) => outcomeMessage(e) === COLLECTION_FAILURE);
  const absolute = testFile(xmlCase, probe);
  const file = absolute === undefined ? undefined : probe.workspacePath(absolute);
  const nodeId = collection ? undefined : nodeIdOf(xmlCase, probe);
  const failed = [...(xmlCase.failure ?? []), ...(xmlCase.error ?? [])];
  const status: TestCaseResult['status'] = xmlCase.failure?.length
    ? 'failed'
    : xmlCase.error?.length
      ? 'error'
      : xmlCase.skipped?.length
        ? 'skipped'
        : 'passed';
  const defLine = absolute === undefined ? undefined : declarationLine(xmlCase, absolute, sources);
  const caseFindings = failed.map((outcome): Finding => {
    const details = outcomeText(outcome);
    const line =
      (absolute === undefined ? undefined : failingLine(details, absolute, probe.where)) ?? defLine;
    const failed = xmlCase.failure?.includes(outcome) ? 'failed' : 'had an error';
    return {
      severity: 'error',
      title: collection ? `${file ?? name} could not be collected` : `${name} failed`,
      // The test by its node id on every surface (the annotation title alone is GitHub's).
      message: nodeId
        ? `${nodeId} ${failed}: ${failureMessage(outcome)}`
        : `${file ?? name} could not be collected: ${failureMessage(outcome)}`,
      rule: 'pytest',
      ...(file === undefined ? {} : { file }),
      ...(line === undefined ? {} : { line }),
    };
  });
  const first = caseFindings[0];
  const skipped = xmlCase.skipped?.[0];
  const message = first?.message ?? (skipped === undefined ? undefined : outcomeMessage(skipped));
  const details = failed
    .map(outcomeText)
    .filter((text) => text !== '')
    .join('\n\n');
  const line = first?.line ?? defLine;
  // One shape for every test case (absent fields undefined): a million of them stay compact.
  const test: TestCaseResult = {
    name,
    classname,
    timeMs: seconds(xmlCase.time),
    status,
    file,
    line,
    message: message || undefined,
    details: details || undefined,
  };
  return { test, caseFindings };
}

/** The absolute test file: xunit1's `file`, else the classname (or, for collection errors, the name). */
function testFile(xmlCase: XmlTestCase, probe: FileProbe): string | undefined {
  if (xmlCase.file) {
    const { cwd, workspace } = probe.where;
    const found = probe.first([path.resolve(cwd, xmlCase.file), path.resolve(workspace, xmlCase.file)]);
    if (found) return found;
  }
  const dotted = xmlCase.classname || xmlCase.name;
  return dotted ? probe.classnameFile(dotted) : undefined;
}

/**
 * pytest's node id of a test case, as `pytest <node id>` selects it:
 * `tests/test_api.py::TestSubmit::test_create[1]`. The path is the classname's module part
 * (pytest writes the node id's path, relative to its rootdir, with dots), or xunit1's `file`.
 */
export function nodeIdOf(
  xmlCase: Pick<XmlTestCase, 'classname' | 'name' | 'file'>,
  probe: FileProbe,
): string {
  const name = xmlCase.name ?? '';
  const classname = xmlCase.classname ?? '';
  if (classname === '') return name;
  const parts = classname.split('.').filter((part) => part !== '');
  const { moduleParts } = probe.classnameModule(classname);
  const module = xmlCase.file ?? `${parts.slice(0, moduleParts).join('/')}.py`;
  return [module, ...parts.slice(moduleParts), name].join('::');
}

/**
 * The line of the last traceback entry (`path.py:42: ...`) that is in the test file, 1-based.
 * pytest prints those paths relative to where it ran.
 */
function failingLine(details: string, testFile: string, where: Where): number | undefined {
  let line: number | undefined;
  for (const match of details.matchAll(/^(.+?\.py):(\d+):/gm)) {
    const printed = match[1]!;
    const candidates = [path.resolve(where.cwd, printed), path.resolve(where.workspace, printed)];
    if (candidates.includes(testFile)) line = Number(match[2]);
  }
  return line;
}

/** xunit1's 0-based `line`, else the line of `def <name>` in the file; 1-based. */
function declarationLine(xmlCase: XmlTestCase, file: string, sources: PythonSources): number | undefined {
  if (xmlCase.line !== undefined && /^\d+$/.test(xmlCase.line)) return Number(xmlCase.line) + 1;
  const functionName = (xmlCase.name ?? '').replace(/\[.*$/s, '');
  if (!/^\w+$/.test(functionName)) return undefined;
  return sources.defLine(file, functionName);
}

/**
 * One line for the user: the first line of pytest's `message`; for a collection failure (or no
 * message), the exception line (`E   ModuleNotFoundError: ...`) of the traceback.
 */
function failureMessage(outcome: Outcome | string): string {
  const message = outcomeMessage(outcome);
  const text = outcomeText(outcome);
  if (message && message !== COLLECTION_FAILURE) return firstLine(message);
  const exception = [...text.matchAll(/^E\s+(.+)$/gm)].at(-1)?.[1]?.trim();
  return exception || firstLine(text) || message || 'failed';
}

function outcomeMessage(outcome: Outcome | string): string {
  return typeof outcome === 'string' ? '' : (outcome.message ?? '');
}

/**
 * The text of a failure without colour codes. pytest colours tracebacks when the environment asks
 * for it (FORCE_COLOR, PY_COLORS), and its JUnit writer turns ESC into a literal `#x1B`.
 */
function outcomeText(outcome: Outcome | string): string {
  const text = typeof outcome === 'string' ? outcome : (outcome['#text'] ?? '');
  return text.replace(/(?:\u001b|#x1B)\[[0-9;]*m/g, '').trim();
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  );
}

function seconds(time: string | undefined): number {
  const value = Number.parseFloat(time ?? '');
  return Number.isFinite(value) ? Math.round(value * 1000) : 0;
}
