/**
 * A Platform that records everything, for unit tests of actions and core. No network, no files
 * unless a test writes them itself.
 */
import os from 'node:os';
import type {
  AnnotationProps,
  CacheProvider,
  Capabilities,
  Finding,
  Logger,
  Platform,
  PlatformKind,
  ProgressEvent,
  RunContext,
} from '@maint-actions/core';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warning' | 'error' | 'group';
  readonly message: string;
  readonly props?: AnnotationProps;
}

export interface FakePlatformOptions {
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string | undefined>;
  readonly context?: Partial<RunContext>;
  readonly capabilities?: Partial<Capabilities>;
  readonly kind?: PlatformKind;
  readonly debug?: boolean;
  /** Pre-filled cache entries: key -> restore callback. */
  readonly cache?: CacheProvider;
}

export class FakePlatform implements Platform {
  readonly kind: PlatformKind;
  readonly capabilities: Capabilities;
  readonly context: RunContext;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cache: CacheProvider;
  readonly lines: LogLine[] = [];
  readonly outputs = new Map<string, string>();
  readonly secrets: string[] = [];
  readonly summaries: string[] = [];
  readonly annotations: Finding[] = [];
  readonly progressEvents: ProgressEvent[] = [];
  readonly log: Logger;
  private readonly inputs: Record<string, string>;

  constructor(options: FakePlatformOptions = {}) {
    this.kind = options.kind ?? 'terminal';
    this.inputs = { ...(options.inputs ?? {}) };
    this.env = options.env ?? {};
    this.context = { workspace: process.cwd(), tempDir: os.tmpdir(), ...options.context };
    this.capabilities = {
      annotations: true,
      postStep: false,
      runtimeMasking: false,
      cache: false,
      liveProgress: false,
      ...options.capabilities,
    };
    this.cache = options.cache ?? {
      restore: async () => undefined,
      save: async () => {},
    };
    const debug = options.debug ?? false;
    const push = (level: LogLine['level'], message: string, props?: AnnotationProps): void => {
      this.lines.push(
        props ? { level, message: this.redact(message), props } : { level, message: this.redact(message) },
      );
    };
    this.log = {
      debug: (m) => push('debug', m),
      info: (m) => push('info', m),
      warning: (m, p) => push('warning', m, p),
      error: (m, p) => push('error', m, p),
      group: async (name, fn) => {
        push('group', name);
        return fn();
      },
      isDebug: () => debug,
    };
  }

  getInput(name: string): string | undefined {
    const value = this.inputs[name];
    return value === undefined || value === '' ? undefined : value;
  }

  async setOutput(name: string, value: string): Promise<void> {
    this.outputs.set(name, value);
  }

  setSecret(value: string): void {
    if (value) this.secrets.push(value);
  }

  async writeSummary(markdown: string): Promise<void> {
    this.summaries.push(this.redact(markdown));
  }

  annotate(findings: readonly Finding[]): void {
    this.annotations.push(...findings);
  }

  progress(event: ProgressEvent): void {
    this.progressEvents.push(event);
  }

  /** All log text, joined, for assertions such as "no secret reached the log". */
  get logText(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }

  private redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}
