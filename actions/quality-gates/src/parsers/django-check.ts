/**
 * `manage.py check` output (Django's system check framework) → issues and findings. Also reads
 * the same report when another command (such as `makemigrations`) stops on a SystemCheckError.
 */
import type { Finding, Severity } from '@maint-actions/core';
import { FileProbe, type Where, workspacePath } from './paths';
import { PythonSources } from './python-sources';
import { outputLines } from './text';

export type CheckLevel = 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO' | 'DEBUG';

/** One message of the check framework, such as `fields.E120` on `shop.Product.name`. */
export interface DjangoCheckIssue {
  readonly level: CheckLevel;
  /** Such as `security.W004`. */
  readonly id: string;
  /** What the message is about as Django prints it (`app.Model.field`, `<class '...'>`), `?` for none. */
  readonly object: string;
  readonly message: string;
  readonly hint?: string;
}

/** What `manage.py check` reported. */
export interface DjangoCheckResult {
  readonly issues: DjangoCheckIssue[];
  readonly findings: Finding[];
  /** From the closing `System check identified ... (N silenced).`; unset when that line is missing. */
  readonly silenced?: number;
}

const SECTIONS: Readonly<Record<string, CheckLevel>> = {
  'CRITICALS:': 'CRITICAL',
  'ERRORS:': 'ERROR',
  'WARNINGS:': 'WARNING',
  'INFOS:': 'INFO',
  'DEBUGS:': 'DEBUG',
};

const SEVERITY: Readonly<Record<CheckLevel, Severity>> = {
  CRITICAL: 'error',
  ERROR: 'error',
  WARNING: 'warning',
  INFO: 'notice',
  DEBUG: 'notice',
};

const HEADER = /^(?:SystemCheckError: )?System check identified some issues:$/;
const SUMMARY = /^System check identified (?:no issues|\d+ issues?) \((\d+) silenced\)\.$/;
const ISSUE = /^(.+?): \(([A-Za-z_][\w.]*)\) (.*)$/;
const HINT = /^\s+HINT: (.*)$/;

interface Draft {
  level: CheckLevel;
  id: string;
  object: string;
  message: string;
  hint?: string;
}

/** Parses `manage.py check` output (stdout and stderr together). */
export function parseDjangoCheck(output: string, where: Where): DjangoCheckResult {
  const issues: Draft[] = [];
  let level: CheckLevel | undefined;
  let current: Draft | undefined;
  let silenced: number | undefined;
  for (const line of outputLines(output)) {
    const summary = SUMMARY.exec(line.trim());
    if (summary || HEADER.test(line.trim())) {
      if (summary) silenced = Number(summary[1]);
      level = undefined;
      current = undefined;
      continue;
    }
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const section = SECTIONS[line.trim()];
    if (section) {
      level = section;
      current = undefined;
      continue;
    }
    if (level === undefined) continue;
    const hint = HINT.exec(line);
    const issue = hint ? null : ISSUE.exec(line);
    if (issue) {
      current = { level, object: issue[1]!, id: issue[2]!, message: issue[3]! };
      issues.push(current);
    } else if (current && hint) {
      current.hint = hint[1]!;
    } else if (current) {
      // A message or hint that spans lines: Django prints the rest as is.
      if (current.hint === undefined) current.message += `\n${line}`;
      else current.hint += `\n${line}`;
    }
  }
  const locate = objectLocator(where);
  const findings = issues.map((issue) => issueFinding(issue, locate(issue.object)));
  return { issues, findings, ...(silenced === undefined ? {} : { silenced }) };
}

function issueFinding(issue: DjangoCheckIssue, at: Place | undefined): Finding {
  const about = issue.object === '?' ? '' : `${issue.object}: `;
  const hint = issue.hint === undefined ? '' : `\nHINT: ${issue.hint}`;
  return {
    severity: SEVERITY[issue.level],
    title: issue.id,
    rule: issue.id,
    message: `${about}${issue.message}${hint}`,
    ...at,
  };
}

/** A place in the workspace: a finding's `file` and `line`. */
interface Place {
  readonly file: string;
  readonly line: number;
}

/**
 * Finds the source of a check's object, when it can be told for sure: a model or field label
 * (`app.Model`, `app.Model.field`: the class found in exactly one models module) or a class
 * Django prints as `<class 'pkg.module.Name'>` (such as a ModelAdmin).
 */
function objectLocator(where: Where): (object: string) => Place | undefined {
  const probe = new FileProbe(where);
  const sources = new PythonSources(where);

  const printedClass = (module: string, name: string): Place | undefined => {
    const file = probe.moduleFile(module);
    const line = file === undefined ? undefined : sources.classLine(file, name);
    return file === undefined || line === undefined ? undefined : { file, line };
  };

  const modelLabel = (model: string, field: string | undefined): Place | undefined => {
    const places = sources.modelsFiles().flatMap((file) => {
      const line = sources.classLine(file, model);
      return line === undefined ? [] : [{ file, line }];
    });
    if (places.length !== 1) return undefined;
    const { file, line } = places[0]!;
    const fieldLine = field === undefined ? undefined : sources.attributeLine(file, line, field);
    return { file, line: fieldLine ?? line };
  };

  return (object) => {
    const classMatch = /^<class '([\w.]+)\.(\w+)'>$/.exec(object);
    const labelMatch = /^(\w+)\.([A-Z]\w*)(?:\.(\w+))?$/.exec(object);
    const found = classMatch
      ? printedClass(classMatch[1]!, classMatch[2]!)
      : labelMatch
        ? modelLabel(labelMatch[2]!, labelMatch[3])
        : undefined;
    const file = found === undefined ? undefined : workspacePath(where, found.file);
    return found === undefined || file === undefined ? undefined : { file, line: found.line };
  };
}
