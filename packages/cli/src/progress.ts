/**
 * Progress of parallel work in a terminal. On a TTY: a live block, one line per task, redrawn at
 * most ten times a second (a spinner and elapsed seconds while running, ✓/✗/! at the end), kept
 * below any other text printed meanwhile. Elsewhere: one line per state change.
 */
import type { ProgressEvent } from '@maint-actions/core';
import { padEnd, type Style, truncate } from './style';

/** Milliseconds between redraws of the live block. */
export const REDRAW_MS = 100;

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

type State = ProgressEvent['state'];

interface Task {
  label: string;
  state: State;
  detail: string | undefined;
  startedAt: number | undefined;
  endedAt: number | undefined;
}

export interface ProgressViewOptions {
  /** Writes text to the terminal (already redacted by the caller). */
  readonly write: (text: string) => void;
  readonly style: Style;
  /** Redraw a live block (a TTY) or print one line per state change. */
  readonly live: boolean;
  /** Terminal width: live lines are cut to it so none wraps. */
  readonly columns: number;
  readonly now?: () => number;
}

/** Renders progress events; `print` writes other text above the live block. */
export class ProgressView {
  private readonly tasks = new Map<string, Task>();
  private readonly now: () => number;
  private drawnLines = 0;
  private frame = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: ProgressViewOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** Records an event: a line when it changes the state (not live), a redraw soon (live). */
  update(event: ProgressEvent): void {
    const now = this.now();
    const task = this.tasks.get(event.id);
    const changed = task?.state !== event.state;
    const next: Task = task ?? {
      label: event.label,
      state: event.state,
      detail: undefined,
      startedAt: undefined,
      endedAt: undefined,
    };
    next.label = event.label;
    next.state = event.state;
    next.detail = event.detail ?? next.detail;
    if (event.state === 'running') next.startedAt ??= now;
    if (isDone(event.state)) next.endedAt ??= now;
    this.tasks.set(event.id, next);

    if (!this.options.live) {
      if (changed) this.options.write(`${this.line(next, now)}\n`);
      if (this.settled()) this.tasks.clear();
      return;
    }
    if (this.settled()) this.finish();
    else if (!this.timer) {
      this.timer = setInterval(() => this.tick(), REDRAW_MS);
      this.timer.unref?.();
      this.draw();
    }
  }

  /** Writes `text` (whole lines) above the live block, which is redrawn below it. */
  print(text: string): void {
    if (this.drawnLines === 0) {
      this.options.write(text);
      return;
    }
    this.options.write(this.clearSequence() + text);
    this.drawnLines = 0;
    this.draw();
  }

  /** Draws the block one last time and leaves it on screen; later events start a new block. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.options.live && this.tasks.size > 0) this.draw();
    this.drawnLines = 0;
    this.tasks.clear();
  }

  private tick(): void {
    this.frame = (this.frame + 1) % SPINNER.length;
    this.draw();
  }

  private settled(): boolean {
    return [...this.tasks.values()].every((t) => isDone(t.state));
  }

  private draw(): void {
    const now = this.now();
    const width = Math.max(20, this.options.columns - 1);
    const labelWidth = Math.min(30, Math.max(...[...this.tasks.values()].map((t) => t.label.length)));
    const lines = [...this.tasks.values()].map((task) => this.liveLine(task, now, labelWidth, width));
    this.options.write(this.clearSequence() + lines.map((l) => `${l}\n`).join(''));
    this.drawnLines = lines.length;
  }

  /** Moves to the first line of the drawn block and erases it to the end of the screen. */
  private clearSequence(): string {
    return this.drawnLines > 0 ? `\r\x1b[${this.drawnLines}A\x1b[J` : '';
  }

  private liveLine(task: Task, now: number, labelWidth: number, width: number): string {
    const parts = [padEnd(truncate(task.label, labelWidth), labelWidth), padEnd(task.state, 7)];
    const elapsed = elapsedText(task, now);
    if (elapsed) parts.push(elapsed.padStart(6));
    if (task.detail) parts.push(task.detail);
    const text = truncate(parts.join('  ').replace(/\s+$/, ''), width - 2);
    return `${this.icon(task.state)} ${task.state === 'queued' || task.state === 'skipped' ? this.options.style.dim(text) : text}`;
  }

  /** The one-line form, for logs: `✓ pytest: passed (3.2s) — 42 passed`. */
  private line(task: Task, now: number): string {
    const elapsed = isDone(task.state) ? elapsedText(task, now) : undefined;
    const detail = task.detail && task.state !== 'queued' ? ` — ${task.detail}` : '';
    return `${this.icon(task.state)} ${task.label}: ${task.state}${elapsed ? ` (${elapsed})` : ''}${detail}`;
  }

  private icon(state: State): string {
    const { style } = this.options;
    switch (state) {
      case 'queued':
        return style.dim('·');
      case 'running':
        return style.cyan(this.options.live ? SPINNER[this.frame]! : '▸');
      case 'passed':
        return style.green('✓');
      case 'failed':
        return style.red('✗');
      case 'warned':
        return style.yellow('!');
      case 'skipped':
        return style.dim('-');
    }
  }
}

function isDone(state: State): boolean {
  return state !== 'queued' && state !== 'running';
}

/** Seconds since the task started running (to its end when it is done), such as `3.2s`. */
function elapsedText(task: Task, now: number): string | undefined {
  if (task.startedAt === undefined) return undefined;
  const ms = (task.endedAt ?? now) - task.startedAt;
  return `${(ms / 1000).toFixed(1)}s`;
}
