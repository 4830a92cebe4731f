/**
 * A streaming reader of JUnit XML: text goes in by chunks (a file is read 1 MiB at a time), each
 * `<testcase>` comes out complete as soon as it ends, and the raw text of each top-level
 * `<testsuite>` can be copied on as it is read. Memory is bounded by the largest single element
 * (a test case with its failure text), never by the size of the report, and the time is linear
 * in it: a million test cases are read without holding the document.
 *
 * It reads the XML that JUnit writers produce (pytest, Maven Surefire, Gradle, GitLab's merged
 * reports): elements, attributes, text, the five XML entities and character references, CDATA,
 * comments, processing instructions and a DOCTYPE (skipped). Well-formedness is checked where a
 * broken report would otherwise be misread: end tags must match their start tags, every element
 * must be closed, there is one root element, and nothing but markup and whitespace sits outside it.
 */
import { createReadStream } from 'node:fs';

/** A failure, error or skipped outcome of a test case: its `message` attribute and its text. */
export interface JunitOutcome {
  readonly message?: string;
  readonly '#text'?: string;
}

/** A `<testcase>` as read: its attributes and its outcomes (system-out and properties are not kept). */
export interface JunitCase {
  readonly classname?: string;
  readonly name?: string;
  readonly time?: string;
  readonly file?: string;
  readonly line?: string;
  readonly failure?: JunitOutcome[];
  readonly error?: JunitOutcome[];
  readonly skipped?: JunitOutcome[];
}

export interface JunitHandlers {
  /** Each `<testcase>`, complete, in document order. */
  readonly onCase?: (testCase: JunitCase) => void;
  /** The attributes of each top-level `<testsuite>` (the root, or a child of the root `<testsuites>`). */
  readonly onSuite?: (attributes: Readonly<Record<string, string>>) => void;
  /** The raw text of each top-level `<testsuite>` element, in pieces, as read. */
  readonly onSuiteText?: (text: string) => void;
}

/** Why a document could not be read: not XML (with the line), or XML that is not a JUnit report. */
export class JunitError extends Error {
  override readonly name = 'JunitError';
  constructor(
    readonly kind: 'xml' | 'not-junit',
    readonly reason: string,
    readonly line: number,
  ) {
    super(kind === 'xml' ? `line ${line}: ${reason}` : reason);
  }
}

const OUTCOMES = new Set(['failure', 'error', 'skipped']);
const ROOTS = new Set(['testsuites', 'testsuite']);
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAME = /^[^\s/>]+/;
/** Text this long at the end of a chunk may be half an entity (`&#x1F600;`): kept for the next chunk. */
const ENTITY_TAIL = 12;

interface OpenCase {
  attributes: Record<string, string>;
  failure: JunitOutcome[];
  error: JunitOutcome[];
  skipped: JunitOutcome[];
}

interface OpenOutcome {
  readonly kind: 'failure' | 'error' | 'skipped';
  readonly message?: string;
  readonly parts: string[];
}

/** Reads one JUnit document pushed in chunks; `end()` checks it was complete. */
export class JunitReader {
  private buffer = '';
  /** The line of `buffer[0]`, for errors. */
  private line = 1;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private openCase: OpenCase | undefined;
  private openOutcome: OpenOutcome | undefined;
  /** Stack depth of the top-level `<testsuite>` being copied, or -1. */
  private copyDepth = -1;
  /** Strings kept from many test cases (class names, files) stored once. */
  private readonly interned = new Map<string, string>();

  constructor(private readonly handlers: JunitHandlers) {}

  /** Reads a chunk of the document. @throws JunitError */
  push(chunk: string): this {
    this.buffer = this.buffer === '' ? chunk : this.buffer + chunk;
    if (this.line === 1 && this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
    this.consume(false);
    return this;
  }

  /** Ends the document. @throws JunitError when it is incomplete, empty or not JUnit. */
  end(): void {
    this.consume(true);
    if (this.buffer.trim() !== '')
      this.fail(`unexpected end of the document in "${this.buffer.slice(0, 20)}"`);
    const open = this.stack.at(-1);
    if (open !== undefined) this.fail(`unclosed element <${open}> at the end of the document`);
    if (!this.rootSeen) throw new JunitError('not-junit', 'the document is empty', this.line);
  }

  private consume(final: boolean): void {
    const b = this.buffer;
    let pos = 0;
    while (pos < b.length) {
      const lt = b.indexOf('<', pos);
      if (lt === -1) {
        // Text to the end of what arrived: keep a possible half entity for the next chunk.
        let cut = b.length;
        const amp = b.lastIndexOf('&');
        if (!final && amp >= pos && b.length - amp < ENTITY_TAIL) cut = amp;
        this.text(b, pos, cut);
        pos = cut;
        break;
      }
      if (lt > pos) this.text(b, pos, lt);
      pos = lt;
      const end = this.token(b, pos);
      if (end === -1) break; // the token continues in the next chunk
      pos = end;
    }
    this.buffer = b.slice(pos);
    if (final && this.buffer !== '' && this.buffer.trim() !== '') {
      this.fail(`unfinished markup "${this.buffer.slice(0, 20)}"`);
    }
  }

  /** Reads the markup at `start` (a `<`); returns the index after it, or -1 when it is incomplete. */
  private token(b: string, start: number): number {
    if (b.startsWith('<!--', start)) return this.skip(b, start, b.indexOf('-->', start + 4), 3);
    if (b.startsWith('<![CDATA[', start)) {
      const close = b.indexOf(']]>', start + 9);
      if (close === -1) return -1;
      if (this.stack.length === 0) this.fail('CDATA outside the root element');
      this.openOutcome?.parts.push(detach(b.slice(start + 9, close)));
      return this.copy(b, start, close + 3);
    }
    if (b.startsWith('<?', start)) return this.skip(b, start, b.indexOf('?>', start + 2), 2);
    if (b.startsWith('<!', start)) {
      // A DOCTYPE, with or without an internal subset in brackets.
      const bracket = b.indexOf('[', start);
      const gt = b.indexOf('>', start);
      if (gt === -1) return -1;
      if (bracket !== -1 && bracket < gt) return this.skip(b, start, b.indexOf(']>', bracket), 2);
      return this.skip(b, start, gt, 1);
    }
    const gt = tagEnd(b, start + 1);
    if (gt === -1) return -1;
    if (gt === -2) this.fail(`"<" inside the tag "${b.slice(start, start + 40)}"`);
    const body = b.slice(start + 1, gt);
    if (body.startsWith('/')) {
      this.endTag(body.slice(1).trim(), b, start, gt + 1);
    } else {
      this.startTag(body, b, start, gt + 1);
    }
    return gt + 1;
  }

  private skip(b: string, start: number, close: number, closeLength: number): number {
    if (close === -1) return -1;
    return this.copy(b, start, close + closeLength);
  }

  /** Passes `b[start, end)` to the copy of the current top-level suite, counts its lines; returns `end`. */
  private copy(b: string, start: number, end: number): number {
    if (this.copyDepth !== -1) this.handlers.onSuiteText?.(b.slice(start, end));
    this.countLines(b, start, end);
    return end;
  }

  private startTag(body: string, b: string, start: number, end: number): void {
    const selfClosing = body.endsWith('/');
    const name = NAME.exec(body)?.[0];
    if (name === undefined) this.fail(`a tag without a name: "<${body.slice(0, 20)}"`);
    if (this.stack.length === 0) {
      if (this.rootSeen) this.fail(`a second root element <${name}>`);
      this.rootSeen = true;
      if (!ROOTS.has(name)) {
        throw new JunitError('not-junit', 'no <testsuites> or <testsuite> element', this.line);
      }
    }
    const depth = this.stack.length;
    const topLevelSuite =
      name === 'testsuite' && (depth === 0 || (depth === 1 && this.stack[0] === 'testsuites'));
    const attributes = topLevelSuite || name === 'testcase' || OUTCOMES.has(name) ? attributesOf(body) : {};
    if (topLevelSuite) {
      this.handlers.onSuite?.(attributes);
      this.copyDepth = depth;
    }
    this.copy(b, start, end);
    if (topLevelSuite && selfClosing) this.copyDepth = -1;

    if (name === 'testcase' && this.openCase === undefined) {
      this.openCase = { attributes: this.internCase(attributes), failure: [], error: [], skipped: [] };
      if (selfClosing) this.closeCase();
    } else if (OUTCOMES.has(name) && this.openCase && this.stack.at(-1) === 'testcase') {
      const kind = name as OpenOutcome['kind'];
      const outcome: OpenOutcome = { kind, message: attributes.message, parts: [] };
      if (selfClosing) this.openCase[kind].push(outcomeOf(outcome));
      else this.openOutcome = outcome;
    }
    if (!selfClosing) this.stack.push(name);
  }

  private endTag(name: string, b: string, start: number, end: number): void {
    const open = this.stack.pop();
    if (open === undefined) this.fail(`closing tag </${name}> without an open element`);
    if (open !== name) this.fail(`closing tag </${name}> does not match <${open}>`);
    this.copy(b, start, end);
    if (this.stack.length === this.copyDepth) this.copyDepth = -1;
    if (this.openOutcome && name === this.openOutcome.kind && this.stack.at(-1) === 'testcase') {
      this.openCase?.[this.openOutcome.kind].push(outcomeOf(this.openOutcome));
      this.openOutcome = undefined;
    } else if (name === 'testcase' && this.openCase && !this.stack.includes('testcase')) {
      this.closeCase();
    }
  }

  private closeCase(): void {
    const open = this.openCase!;
    this.openCase = undefined;
    this.handlers.onCase?.({
      ...open.attributes,
      ...(open.failure.length > 0 ? { failure: open.failure } : {}),
      ...(open.error.length > 0 ? { error: open.error } : {}),
      ...(open.skipped.length > 0 ? { skipped: open.skipped } : {}),
    });
  }

  private text(b: string, start: number, end: number): void {
    if (start >= end) return;
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        if (!/\s/.test(b[i]!))
          this.fail(`text outside the root element: "${b.slice(i, Math.min(end, i + 20))}"`);
      }
    }
    if (this.openOutcome)
      this.openOutcome.parts.push(decode(b.slice(start, end), () => this.fail('a bad entity')));
    this.copy(b, start, end);
  }

  /** Test cases' attributes, with class names and files stored once for the whole report. */
  private internCase(attributes: Record<string, string>): Record<string, string> {
    for (const key of ['classname', 'file'] as const) {
      const value = attributes[key];
      if (value === undefined) continue;
      const known = this.interned.get(value);
      if (known === undefined) this.interned.set(value, value);
      else attributes[key] = known;
    }
    return attributes;
  }

  private countLines(b: string, start: number, end: number): void {
    // A loop bounded by `end`: indexOf would look past it, through the rest of the chunk, each time.
    for (let i = start; i < end; i++) if (b.charCodeAt(i) === 10) this.line++;
  }

  private fail(reason: string): never {
    throw new JunitError('xml', reason, this.line);
  }
}

/** Reads a JUnit document given whole. @throws JunitError */
export function readJunitText(xml: string, handlers: JunitHandlers): void {
  const reader = new JunitReader(handlers);
  reader.push(xml);
  reader.end();
}

/** Reads a JUnit file 1 MiB at a time. @throws JunitError, or the file system's error */
export async function readJunitFile(file: string, handlers: JunitHandlers): Promise<void> {
  const reader = new JunitReader(handlers);
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    reader.push(chunk as string);
  }
  reader.end();
}

/**
 * The index of the `>` ending a tag whose name starts at `from`, outside quoted values; -1 when
 * it has not arrived yet, -2 when a `<` comes first (not XML).
 */
function tagEnd(b: string, from: number): number {
  let quote = '';
  for (let i = from; i < b.length; i++) {
    const c = b[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    } else if (c === '<') {
      return -2;
    }
  }
  return -1;
}

function attributesOf(body: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of body.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? '';
    attributes[match[1]!] = detach(decode(value, () => undefined));
  }
  return attributes;
}

function outcomeOf(outcome: OpenOutcome): JunitOutcome {
  const text = outcome.parts.join('');
  return {
    ...(outcome.message === undefined ? {} : { message: outcome.message }),
    ...(text === '' ? {} : { '#text': text }),
  };
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with the XML entities and character references replaced. */
function decode(text: string, onBad: () => void): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (Number.isFinite(code) && code <= 0x10ffff) return String.fromCodePoint(code);
      onBad();
      return whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/**
 * A copy of `text` that does not keep the chunk it was cut from alive (V8 keeps a slice's parent
 * string): what is kept from each of a million test cases must not pin the whole document.
 * Copied through a buffer (UTF-16, so any text comes back the same), the copy is one plain
 * string: a slice of a fresh string would be two (about 40 bytes more for each test's name).
 */
function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}
