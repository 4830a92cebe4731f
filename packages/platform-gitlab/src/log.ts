/**
 * The GitLab job log: plain lines on stdout, coloured warning/error prefixes and collapsible
 * sections. GitLab has no runtime masking, so every line goes through the process-wide redactor.
 */
import type { AnnotationProps, Logger } from '@maint-actions/core';
import { secrets } from '@maint-actions/core';

const ESC = '\x1b';
const RESET = `${ESC}[0m`;
const YELLOW = `${ESC}[33m`;
const RED = `${ESC}[31m`;
const GREY = `${ESC}[90m`;
/** GitLab's "erase in line" prefix, required around section markers. */
const ERASE = `${ESC}[0K`;

/** A section name GitLab accepts: `[a-z0-9_]`, never empty. */
export function sectionName(header: string): string {
  const slug = header
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
  return slug || 'section';
}

/** `file:line:column: ` for a located message, empty otherwise. */
export function location(props: { file?: string; line?: number; column?: number } | undefined): string {
  if (!props?.file) return '';
  const parts = [props.file, props.line, props.line === undefined ? undefined : props.column];
  return `${parts.filter((p) => p !== undefined).join(':')}: `;
}

const epochSeconds = (): number => Math.floor(Date.now() / 1000);

export interface GitlabLoggerOptions {
  readonly stdout: NodeJS.WritableStream;
  /** Print debug lines (CI_DEBUG_TRACE or MAINT_DEBUG is `true`). */
  readonly debug: boolean;
}

/** The Logger of the GitLab platform; `print` writes one redacted line, for the platform's own use. */
export function createGitlabLogger(options: GitlabLoggerOptions): Logger & { print(text: string): void } {
  const { stdout, debug } = options;
  let sections = 0;
  const print = (text: string): void => {
    stdout.write(`${secrets.redact(text)}\n`);
  };
  const prefixed = (colour: string, label: string, message: string, props?: AnnotationProps): void => {
    print(`${colour}${label}:${RESET} ${location(props)}${message}`);
  };

  return {
    print,
    debug: (message) => {
      if (debug) print(`${GREY}debug: ${message}${RESET}`);
    },
    info: (message) => print(message),
    warning: (message, props) => prefixed(YELLOW, 'warning', message, props),
    error: (message, props) => prefixed(RED, 'error', message, props),
    group: async (header, fn) => {
      const shown = secrets.redact(header);
      sections += 1;
      const name = `${sectionName(shown)}_${sections}`;
      stdout.write(`${ERASE}section_start:${epochSeconds()}:${name}[collapsed=true]\r${ERASE}${shown}\n`);
      try {
        return await fn();
      } finally {
        stdout.write(`${ERASE}section_end:${epochSeconds()}:${name}\r${ERASE}\n`);
      }
    },
    isDebug: () => debug,
  };
}
