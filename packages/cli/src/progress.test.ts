import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressView, REDRAW_MS } from './progress';
import { createStyle } from './style';

const plain = createStyle(false);

function view(live: boolean, columns = 80) {
  const writes: string[] = [];
  const progress = new ProgressView({ write: (t) => writes.push(t), style: plain, live, columns });
  return { progress, writes };
}

describe('ProgressView, not a TTY', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('prints one line per state change, with elapsed time and detail at the end', () => {
    const { progress, writes } = view(false);
    progress.update({ id: 'pytest', label: 'pytest', state: 'queued' });
    progress.update({ id: 'lint', label: 'lint', state: 'queued' });
    progress.update({ id: 'pytest', label: 'pytest', state: 'running' });
    progress.update({ id: 'pytest', label: 'pytest', state: 'running', detail: 'collecting' });
    vi.setSystemTime(3_250);
    progress.update({ id: 'pytest', label: 'pytest', state: 'failed', detail: '41 passed, 1 failed' });
    progress.update({ id: 'lint', label: 'lint', state: 'warned' });
    expect(writes.join('')).toBe(
      [
        '· pytest: queued',
        '· lint: queued',
        '▸ pytest: running',
        '✗ pytest: failed (3.3s) — 41 passed, 1 failed',
        '! lint: warned',
        '',
      ].join('\n'),
    );
    expect(writes.join('')).not.toContain('\x1b');
  });

  it('prints other text as is', () => {
    const { progress, writes } = view(false);
    progress.update({ id: 'a', label: 'a', state: 'running' });
    progress.print('hello\n');
    expect(writes).toEqual(['▸ a: running\n', 'hello\n']);
  });
});

describe('ProgressView, live on a TTY', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('draws a block at once, then redraws it in place at most every REDRAW_MS', () => {
    const { progress, writes } = view(true);
    progress.update({ id: 'pytest', label: 'pytest', state: 'running' });
    progress.update({ id: 'django-check', label: 'django-check', state: 'queued' });
    expect(writes).toEqual(['⠋ pytest  running    0.0s\n']);

    vi.advanceTimersByTime(REDRAW_MS);
    expect(writes).toHaveLength(2);
    // Back to the top of the one drawn line, erase, then both lines.
    expect(writes[1]).toBe('\r\x1b[1A\x1b[J⠙ pytest        running    0.1s\n· django-check  queued\n');

    progress.update({ id: 'django-check', label: 'django-check', state: 'running' });
    progress.update({ id: 'django-check', label: 'django-check', state: 'running', detail: 'checking' });
    expect(writes).toHaveLength(2);
    vi.advanceTimersByTime(REDRAW_MS);
    expect(writes).toHaveLength(3);
    expect(writes[2]).toBe(
      '\r\x1b[2A\x1b[J⠹ pytest        running    0.2s\n⠹ django-check  running    0.1s  checking\n',
    );
  });

  it('keeps the block below printed text', () => {
    const { progress, writes } = view(true);
    progress.update({ id: 'pytest', label: 'pytest', state: 'running' });
    progress.print('warning: slow\n');
    expect(writes[1]).toBe('\r\x1b[1A\x1b[Jwarning: slow\n');
    expect(writes[2]).toBe('⠋ pytest  running    0.0s\n');
  });

  it('draws the final state when everything is done, stops redrawing and leaves the block', () => {
    const { progress, writes } = view(true);
    progress.update({ id: 'pytest', label: 'pytest', state: 'running' });
    progress.update({ id: 'lint', label: 'lint', state: 'running' });
    vi.advanceTimersByTime(2_000);
    progress.update({ id: 'pytest', label: 'pytest', state: 'passed', detail: '42 passed' });
    progress.update({ id: 'lint', label: 'lint', state: 'warned', detail: '3 findings' });
    const last = writes.at(-1)!;
    expect(last).toBe(
      '\r\x1b[2A\x1b[J✓ pytest  passed     2.0s  42 passed\n! lint    warned     2.0s  3 findings\n',
    );
    const count = writes.length;
    vi.advanceTimersByTime(1_000);
    expect(writes).toHaveLength(count);
    progress.print('done\n');
    expect(writes.at(-1)).toBe('done\n');
  });

  it('cuts lines to the terminal width so none wraps', () => {
    const { progress, writes } = view(true, 30);
    progress.update({
      id: 'x',
      label: 'x',
      state: 'running',
      detail: 'a very long detail that would wrap the line',
    });
    const line = writes[0]!.replace('\n', '');
    expect([...line].length).toBeLessThanOrEqual(29);
    expect(line.endsWith('…')).toBe(true);
  });

  it('finish() draws the last state once and later text goes below it', () => {
    const { progress, writes } = view(true);
    progress.update({ id: 'pytest', label: 'pytest', state: 'running' });
    vi.advanceTimersByTime(500);
    progress.finish();
    expect(writes.at(-1)).toBe('\r\x1b[1A\x1b[J⠴ pytest  running    0.5s\n');
    const count = writes.length;
    vi.advanceTimersByTime(500);
    progress.print('status=passed\n');
    expect(writes.slice(count)).toEqual(['status=passed\n']);
  });
});
