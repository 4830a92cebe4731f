/**
 * What schema generators print: drf-spectacular's warnings and errors
 * (`<file>:<line>: Warning [View > Serializer]: message`), Python warnings
 * (`<file>:<line>: UserWarning: message`, as DRF's generateschema gives them) and the final
 * error line of a failed Django command (`CommandError: ...`, `SchemaValidationError: ...`).
 */
import path from 'node:path';
import type { Finding } from '@maint-actions/core';

/** Where the generator ran: both absolute. */
export interface Where {
  readonly workspace: string;
  readonly cwd: string;
}

// drf-spectacular's GeneratorStats.emit: an optional source location, the severity, optional breadcrumbs.
const SPECTACULAR =
  /^(?:(?<file>[^\s:][^:]*?)(?::(?<line>\d+))?: )?(?<severity>Warning|Error)(?: \[(?<crumbs>[^\]]*)\])?: (?<message>.+)$/;
const PYTHON_WARNING = /^(?<file>[^\s:][^:]*?):(?<line>\d+): (?<category>[A-Z]\w*Warning): (?<message>.+)$/;
const FINAL_ERROR = /^(?<kind>[A-Z]\w*(?:Error|Exception)): (?<message>.+)$/;
const ANSI = /\x1b\[[0-9;]*m/g;

/** The findings in a generator's output (stderr and stdout), in order, each message once. */
export function parseGeneratorOutput(output: string, where: Where): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let previous: Finding | undefined;
  for (const raw of output.replace(ANSI, '').split(/\r?\n/)) {
    // A Python warning's message goes on in lines indented with a tab (DRF's duplicated operationId).
    if (previous && raw.startsWith('\t')) {
      previous = { ...previous, message: `${previous.message} ${raw.trim()}` };
      continue;
    }
    if (previous) add(previous);
    previous = spectacularFinding(raw, where) ?? pythonWarning(raw, where);
  }
  if (previous) add(previous);
  return findings;

  function add(finding: Finding): void {
    const key = `${finding.file}:${finding.line}:${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  }
}

/** The last `SomethingError: message` line of a failed run, such as `CommandError: ...`. */
export function finalError(output: string): string | undefined {
  const lines = output.replace(ANSI, '').trimEnd().split(/\r?\n/).reverse();
  for (const line of lines) {
    const match = FINAL_ERROR.exec(line.trim());
    if (match?.groups) return `${match.groups.kind}: ${match.groups.message}`;
  }
  return undefined;
}

function spectacularFinding(line: string, where: Where): Finding | undefined {
  const groups = SPECTACULAR.exec(line)?.groups;
  if (!groups) return undefined;
  const crumbs = groups.crumbs ? `${groups.crumbs}: ` : '';
  return located(
    {
      severity: groups.severity === 'Error' ? 'error' : 'warning',
      message: `${crumbs}${groups.message}`,
      rule: 'drf-spectacular',
    },
    groups.file,
    groups.line,
    where,
  );
}

function pythonWarning(line: string, where: Where): Finding | undefined {
  const groups = PYTHON_WARNING.exec(line)?.groups;
  if (!groups) return undefined;
  return located(
    { severity: 'warning', message: groups.message as string, rule: groups.category },
    groups.file,
    groups.line,
    where,
  );
}

/**
 * The finding at `file:line` when the file is inside the workspace; otherwise (a library in
 * site-packages) the location goes into the message, since an annotation could not point there.
 */
function located(
  finding: Finding,
  file: string | undefined,
  line: string | undefined,
  where: Where,
): Finding {
  if (!file) return finding;
  const relative = workspacePath(where, file);
  const lineNumber = line ? Number(line) : undefined;
  if (relative) return { ...finding, file: relative, ...(lineNumber ? { line: lineNumber } : {}) };
  return { ...finding, message: `${file}${line ? `:${line}` : ''}: ${finding.message}` };
}

/** `file` (absolute or relative to `cwd`) relative to the workspace with forward slashes, or undefined outside it. */
export function workspacePath(where: Where, file: string): string | undefined {
  const relative = path.relative(where.workspace, path.resolve(where.cwd, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
