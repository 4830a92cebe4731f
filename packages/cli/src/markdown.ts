/**
 * Job-summary Markdown as terminal text: headings in bold, tables as aligned columns, code
 * blocks indented, escapes and inline markup removed, `<details>` reduced to its title.
 */
import { displayWidth, padEnd, type Style } from './style';

/** Renders `markdown` for a terminal; the result ends with a newline. */
export function markdownToText(markdown: string, style: Style): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,}|~{3,})/.exec(line.trim());
    if (fence) {
      const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence[1]!));
      const stop = end === -1 ? lines.length : end;
      for (const code of lines.slice(i + 1, stop)) out.push(style.dim(`    ${code}`));
      i = stop;
    } else if (isTableRow(line)) {
      const rows: string[][] = [];
      while (i < lines.length && isTableRow(lines[i]!)) {
        const cells = splitRow(lines[i]!);
        if (!cells.every((c) => /^:?-{3,}:?$/.test(c))) rows.push(cells.map(inline));
        i++;
      }
      i--;
      out.push(...alignColumns(rows, style));
    } else {
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      const text = inline(stripTags(heading ? heading[1]! : line));
      if (heading) out.push(style.bold(text));
      else if (text.trim() !== '' || line.trim() === '') out.push(text);
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

/** The cells of `| a | b \| c |`: escaped pipes stay inside their cell. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = line.trim().slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\' && body[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

function alignColumns(rows: string[][], style: Style): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row, r) => {
    const text = row
      .map((cell, c) => (c === row.length - 1 ? cell : padEnd(cell, widths[c]!)))
      .join('  ')
      .trimEnd();
    return r === 0 ? style.bold(text) : text;
  });
}

/** `<details><summary>Output</summary>` becomes `Output:`; other tags go. */
function stripTags(line: string): string {
  return line.replace(/<summary>(.*?)<\/summary>/g, '$1:').replace(/<\/?[a-z][^>]*>/gi, '');
}

/** Inline Markdown to plain text: code spans, bold/italic markers, escapes and entities. */
function inline(text: string): string {
  return text
    .replace(
      /\\([\\`*_[\]|~#>-])|(`+) ?(.*?) ?\2|\*\*/g,
      (_, escaped, fence, code) => escaped ?? (fence ? code : ''),
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
