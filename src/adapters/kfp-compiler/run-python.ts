import { spawn } from 'node:child_process';

export interface PythonRun {
  /** Exit code; undefined when it was killed (timeout) or never started. */
  readonly code?: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Set when the interpreter could not be started (ENOENT, EACCES). */
  readonly spawnError?: NodeJS.ErrnoException;
}

const KEEP = 64 * 1024;

/** Runs the interpreter; keeps the last 64 KiB of each stream; never throws. */
export function runPython(
  python: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly timeoutMs: number; readonly env?: NodeJS.ProcessEnv },
): Promise<PythonRun> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const keep = (acc: string, chunk: Buffer) => {
      const next = acc + chunk.toString('utf8');
      return next.length > KEEP ? next.slice(next.length - KEEP) : next;
    };
    const child = spawn(python, args, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (c: Buffer) => void (stdout = keep(stdout, c)));
    child.stderr.on('data', (c: Buffer) => void (stderr = keep(stderr, c)));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, timedOut, spawnError: error });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ...(code !== null ? { code } : {}), stdout, stderr, timedOut });
    });
  });
}
