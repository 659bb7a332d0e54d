import { describe, expect, it } from '@jest/globals';
import { liveProgress, plainProgress } from '../../../src/local/progress.js';

const at = (s: number) => new Date(Date.UTC(2026, 10, 26, 10, 0, s));

describe('progress', () => {
  it('plain lines: timestamp, state, task, detail; escape sequences in names are removed', () => {
    const lines: string[] = [];
    const p = plainProgress((l) => lines.push(l));
    p.update({
      task: 'train\u001b[2Jmodel',
      state: 'RUNNING',
      detail: 'image python:3.11',
      at: at(0),
    });
    p.update({ task: 'train', state: 'FAILED', detail: 'ValueError: x', at: at(3) });
    expect(lines).toEqual([
      '2026-11-26T10:00:00.000Z RUNNING       train [2Jmodel image python:3.11\n',
      '2026-11-26T10:00:03.000Z FAILED        train ValueError: x\n',
    ]);
    const bare: string[] = [];
    plainProgress((l) => bare.push(l), false).update({ task: 't', state: 'CACHED', at: at(0) });
    expect(bare).toEqual(['CACHED        t\n']);
  });
  it('the live table redraws every task in place, with durations', () => {
    let screen = '';
    const p = liveProgress(
      (t) => (screen += t),
      () => at(5),
    );
    p.update({ task: 'a', state: 'RUNNING', at: at(0) });
    p.update({ task: 'b', state: 'RUNNING', at: at(1) });
    p.update({ task: 'a', state: 'SUCCEEDED', at: at(2) });
    p.finish();
    const frames = screen.split('\u001b[2F');
    const last = frames[frames.length - 1]!;
    expect(last).toMatch(/✔ a\s+SUCCEEDED\s+2\.0 s/);
    expect(last).toMatch(/⠿ b\s+RUNNING\s+4\.0 s/);
    expect(screen).toContain('\u001b[1F'); // the second frame moved up over the first one-line frame
  });
});
