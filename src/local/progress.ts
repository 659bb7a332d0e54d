/**
 * Progress of a local run: a live task table redrawn in place on a terminal, plain timestamped
 * lines otherwise (CI logs). Task names come from the pipeline: control characters are removed.
 */
import type { TaskState } from '../core/result/model.js';
import { formatDuration } from '../core/report/run-report.js';
import { plain } from '../core/report/run-summary-text.js';

export interface ProgressEvent {
  /** Display name: `parent/task #iteration`. */
  readonly task: string;
  readonly state: TaskState | 'CACHED' | 'RETRYING';
  /** Extra words: the image, the error, the attempt. */
  readonly detail?: string;
  readonly at: Date;
}

export interface ProgressSink {
  update(event: ProgressEvent): void;
  /** Called once when the run ends (the live table draws its last frame). */
  finish(): void;
}

export const silentProgress: ProgressSink = { update() {}, finish() {} };

/** One line per event; `timestamps` = start each with the time (off when the log adds its own). */
export function plainProgress(write: (line: string) => void, timestamps = true): ProgressSink {
  return {
    update(e) {
      const detail = e.detail ? ` ${plain(e.detail)}` : '';
      const at = timestamps ? `${e.at.toISOString()} ` : '';
      write(`${at}${e.state.padEnd(13)} ${plain(e.task)}${detail}\n`);
    },
    finish() {},
  };
}

/** A table of every task seen so far, redrawn in place (ANSI cursor movement). */
export function liveProgress(
  write: (text: string) => void,
  now: () => Date = () => new Date(),
): ProgressSink {
  const rows = new Map<
    string,
    { state: string; detail: string; started?: number; ended?: number }
  >();
  let drawn = 0;
  let timer: NodeJS.Timeout | undefined;
  const icon: Record<string, string> = {
    RUNNING: '⠿',
    SUCCEEDED: '✔',
    CACHED: '♻',
    FAILED: '✘',
    NOT_TRIGGERED: '·',
    CANCELLED: '⊘',
    RETRYING: '↻',
  };
  const draw = () => {
    const t = now().getTime();
    const lines = [...rows].map(([name, r]) => {
      const took = r.started !== undefined ? formatDuration((r.ended ?? t) - r.started) : '';
      return `${icon[r.state] ?? ' '} ${plain(name).padEnd(32)} ${r.state.padEnd(13)} ${took.padEnd(10)} ${plain(r.detail).slice(0, 60)}`;
    });
    write(
      `${drawn > 0 ? `\u001b[${drawn}F` : ''}${lines.map((l) => `\u001b[2K${l}`).join('\n')}\n`,
    );
    drawn = lines.length;
  };
  return {
    update(e) {
      const r = rows.get(e.task) ?? { state: e.state, detail: '' };
      if (e.state === 'RUNNING' && r.started === undefined) r.started = e.at.getTime();
      if (e.state !== 'RUNNING' && e.state !== 'RETRYING') r.ended = e.at.getTime();
      r.state = e.state;
      r.detail = e.detail ?? '';
      rows.set(e.task, r);
      timer ??= setInterval(draw, 250);
      timer.unref();
      draw();
    },
    finish() {
      if (timer) clearInterval(timer);
      if (rows.size > 0) draw();
    },
  };
}
