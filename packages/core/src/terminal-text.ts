/**
 * Text from outside (a server's answer, a file, a tool's output) made safe to print on a
 * terminal: no escape sequence of its own can move the cursor, recolour or clear the screen, set
 * the window title, write a hyperlink or the clipboard (OSC 8, OSC 52), or hide what follows.
 * The tool's own colours are added after this, by the caller.
 */

/**
 * In one pass: CSI (`ESC [` or 8-bit 0x9B, parameters, intermediates, final byte); OSC, DCS, SOS,
 * PM and APC strings (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their 8-bit forms) up to BEL
 * or ST, or to the end when unterminated, as a terminal would swallow them; any other `ESC`
 * sequence; then every C0 control but tab and line feed, DEL, and the C1 controls.
 */
const TERMINAL_CONTROL =
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * `text` without terminal escape sequences and control characters (tab and line feed kept; CRLF
 * becomes LF, and a lone CR, which would let text overwrite its own line, is dropped).
 */
export function stripTerminalControls(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(TERMINAL_CONTROL, '');
}
