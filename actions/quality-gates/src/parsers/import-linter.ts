/**
 * `lint-imports` (import-linter) text output → contracts kept or broken, and one finding per
 * illegal import chain, at the first importer's line.
 */
import type { Finding } from '@maint-actions/core';
import { FileProbe, type Where, workspacePath } from './paths';
import { outputLines } from './text';

/** What import-linter reported. */
export interface ImportLinterResult {
  /** Every contract in the order printed. */
  readonly contracts: { name: string; kept: boolean }[];
  readonly kept: number;
  readonly broken: number;
  readonly findings: Finding[];
  /** Set when lint-imports stopped before checking (bad configuration, missing package). */
  readonly configError?: string;
}

const SUMMARY = /^Contracts: (\d+) kept, (\d+) broken\.$/;
const CONTRACT_STATUS = /^(.+) (KEPT|BROKEN)$/;
const BLOCK = /^(.+) is not allowed to import (.+):$/;
const RULE = /^-+$/;
/** `importer -> imported (l.3, l.7)`, with an optional `& ` in front (collapsed chains). */
const LINK = /^(?:& )?([\w.]+)(?: -> ([\w.]+))? \(((?:l\.(?:\d+|\?)(?:, )?)+)\)$/;

/** Parses lint-imports' output (stdout and stderr together). */
export function parseImportLinter(output: string, where: Where): ImportLinterResult {
  const lines = outputLines(output);
  const summaryIndex = lines.findIndex((line) => SUMMARY.test(line.trim()));
  if (summaryIndex === -1) {
    return { contracts: [], kept: 0, broken: 0, findings: [], configError: configError(lines) };
  }
  const [, kept, broken] = SUMMARY.exec(lines[summaryIndex]!.trim())!;
  const contracts = lines.slice(0, summaryIndex).flatMap((line) => {
    const match = CONTRACT_STATUS.exec(line.trim());
    return match ? [{ name: match[1]!, kept: match[2] === 'KEPT' }] : [];
  });
  const brokenNames = contracts.filter((c) => !c.kept).map((c) => c.name);
  const probe = new FileProbe(where);
  const findings = brokenSections(lines.slice(summaryIndex + 1), brokenNames).flatMap((section) =>
    sectionFindings(section, probe),
  );
  return { contracts, kept: Number(kept), broken: Number(broken), findings };
}

interface Section {
  readonly contract: string;
  readonly body: string[];
}

/** The `Broken contracts` part, cut at each contract's underlined name. */
function brokenSections(lines: readonly string[], names: readonly string[]): Section[] {
  const sections: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const underline = lines[i + 1]?.trim() ?? '';
    if (names.includes(line.trim()) && RULE.test(underline)) {
      sections.push({ contract: line.trim(), body: [] });
      i++;
    } else {
      sections.at(-1)?.body.push(line);
    }
  }
  return sections;
}

/** One finding per chain under each `A is not allowed to import B:`; one for the contract if none parse. */
function sectionFindings(section: Section, probe: FileProbe): Finding[] {
  const findings: Finding[] = [];
  let block: string | undefined;
  let chain: string[] = [];
  const flush = (): void => {
    if (block !== undefined && chain.length > 0)
      findings.push(chainFinding(section.contract, block, chain, probe));
    chain = [];
  };
  for (const raw of section.body) {
    const blockMatch = BLOCK.exec(raw.trim());
    if (blockMatch) {
      flush();
      block = `${blockMatch[1]} is not allowed to import ${blockMatch[2]}`;
    } else if (/^\s*-\s+\S/.test(raw)) {
      flush();
      chain.push(raw.replace(/^\s*-\s+/, '').trim());
    } else if (/^\s+\S/.test(raw) && chain.length > 0) {
      chain.push(raw.trim());
    } else {
      flush();
    }
  }
  flush();
  if (findings.length > 0) return findings;
  const text = section.body.map((l) => l.trim()).filter((l) => l !== '');
  return [
    {
      severity: 'error',
      title: `Broken contract: ${section.contract}`,
      rule: section.contract,
      message: text.length > 0 ? text.join(' ') : `Contract "${section.contract}" is broken.`,
    },
  ];
}

interface Link {
  readonly importer: string;
  readonly imported?: string;
  readonly lines: string;
}

function chainFinding(contract: string, block: string, chain: readonly string[], probe: FileProbe): Finding {
  const links = chain.map((text) => {
    const match = LINK.exec(text);
    return match ? { importer: match[1]!, imported: match[2], lines: match[3]! } : undefined;
  });
  const first = links[0];
  const absolute = first ? probe.moduleFile(first.importer) : undefined;
  const file = absolute === undefined ? undefined : workspacePath(probe.where, absolute);
  const line = first ? /l\.(\d+)/.exec(first.lines)?.[1] : undefined;
  return {
    severity: 'error',
    title: `Broken contract: ${contract}`,
    rule: contract,
    message: `${block}: ${renderChain(chain, links)}`,
    ...(file === undefined ? {} : { file }),
    ...(file !== undefined && line !== undefined ? { line: Number(line) } : {}),
  };
}

/** `a -> b (l.2) -> c (l.1)`: a link that continues from the previous one drops its importer. */
function renderChain(chain: readonly string[], links: readonly (Link | undefined)[]): string {
  return chain
    .map((text, i) => {
      const link = links[i];
      const previous = links[i - 1];
      const continues = link?.imported && previous?.imported === link.importer && !text.startsWith('&');
      return continues ? `-> ${link.imported} (${link.lines})` : text;
    })
    .join(' ');
}

/** The text after the `Import Linter` banner, on one line. */
function configError(lines: readonly string[]): string {
  const banner = lines.findIndex((line) => line.trim() === 'Import Linter');
  const start = banner === -1 ? 0 : banner + 2;
  const text = lines
    .slice(start)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !RULE.test(line) && !/^=+$/.test(line));
  return text.length > 0 ? text.join(' ') : 'lint-imports printed no contracts report';
}
