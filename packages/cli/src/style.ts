/** Terminal styling: ANSI colours (when enabled) and display width of text with emoji. */

/** Applies ANSI styles, or leaves text as is when colour is off. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** Colour when the output is a TTY and `NO_COLOR` is unset, or whenever `FORCE_COLOR` is set (not `0`). */
export function colourWanted(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

/** A Style that colours when `enabled`. */
export function createStyle(enabled: boolean): Style {
  const sgr =
    (open: number, close: number) =>
    (text: string): string =>
      enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
  };
}

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Emoji that terminals draw two columns wide, below the supplementary planes. */
const WIDE_BMP = new Set([
  0x231a, 0x231b, 0x23e9, 0x23ea, 0x23eb, 0x23ec, 0x23f0, 0x23f3, 0x2705, 0x274c, 0x274e, 0x2753, 0x2757,
]);

/** Columns `text` takes in a terminal: colour codes take none, emoji two, a variation selector widens its base. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    const code = char.codePointAt(0)!;
    if (code === 0x200d || (code >= 0x300 && code < 0x370)) continue;
    width += code >= 0x1f000 || WIDE_BMP.has(code) ? 2 : 1;
  }
  return width;
}

/** `text` padded with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` (without colour codes) cut to at most `width` columns, with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text.replace(ANSI, '')) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}
