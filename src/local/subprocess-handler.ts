/**
 * TaskHandler over real processes: spawns the argv with the given environment, writes its output
 * to the task's log file, keeps the last lines for the report, and on abort stops the whole
 * process group (a task is often `sh -c …` with children).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import type { TaskHandler, TaskProcessOutcome, TaskProcessRequest } from './task-handler.js';

const TAIL_LINES = 30;
const TAIL_CHARS = 4000;

/** Keeps the last lines of a stream of chunks. */
class OutputTail {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly onLine?: (line: string) => void) {}
  push(chunk: string): void {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.add(line);
  }
  private add(line: string): void {
    this.onLine?.(line);
    this.lines.push(line);
    if (this.lines.length > TAIL_LINES) this.lines.shift();
  }
  text(): string {
    if (this.partial) {
      this.add(this.partial);
      this.partial = '';
    }
    const s = this.lines.join('\n');
    return s.length > TAIL_CHARS ? `…${s.slice(-TAIL_CHARS)}` : s;
  }
}

export class SubprocessTaskHandler implements TaskHandler {
  run(request: TaskProcessRequest): Promise<TaskProcessOutcome> {
    const [program, ...args] = request.argv;
    const tail = new OutputTail(request.onLine);
    if (!program) {
      return Promise.resolve({
        exitCode: null,
        aborted: false,
        tail: '',
        startError: 'the container has no command',
      });
    }
    return new Promise((resolve) => {
      const log = createWriteStream(request.logFile);
      let settled = false;
      let aborted = false;
      const child = spawn(program, args, {
        cwd: request.cwd,
        env: request.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const onAbort = () => {
        aborted = true;
        if (child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
      };
      if (request.signal.aborted) onAbort();
      else request.signal.addEventListener('abort', onAbort, { once: true });
      const onData = (chunk: Buffer) => {
        log.write(chunk);
        tail.push(chunk.toString('utf8'));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      const finish = (outcome: TaskProcessOutcome) => {
        if (settled) return;
        settled = true;
        request.signal.removeEventListener('abort', onAbort);
        log.end(() => resolve(outcome));
      };
      child.on('error', (error: NodeJS.ErrnoException) => {
        const why =
          error.code === 'ENOENT' ? `program "${program}" was not found on PATH` : error.message;
        finish({ exitCode: null, aborted, tail: tail.text(), startError: why });
      });
      child.on('close', (code) => finish({ exitCode: code, aborted, tail: tail.text() }));
    });
  }
}
