import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';

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

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The runner's file commands: a step that can write them sets variables, PATH entries, outputs,
 * state or the summary for the steps after it. */
const FILE_COMMANDS = /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)$/;

/** Names of variables that hold a credential, whatever their prefix. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_?KEY|API_?KEY|AUTH/i;

/**
 * The environment of the compile process, which runs code from the pull request: everything but
 * the action's inputs (`INPUT_*`, among them `github-token`), the runner's own channel
 * (`ACTIONS_*`: the runtime token and URLs, the OIDC request token), `GITHUB_TOKEN` and any
 * variable whose name says it holds a credential (`*TOKEN*`, `*SECRET*`, `*PASSWORD*`,
 * `*CREDENTIAL*` — so also `GOOGLE_APPLICATION_CREDENTIALS` —, `*KEY*` of an API, `*AUTH*`).
 * Nor the runner's file commands (`GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_OUTPUT`, `GITHUB_STATE`,
 * `GITHUB_STEP_SUMMARY`), through which PR code could steer the job's later steps. Compiling
 * needs none of them.
 */
export function compileEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^(INPUT_|ACTIONS_)/i.test(name) || SECRET_NAME.test(name) || FILE_COMMANDS.test(name)) {
      continue;
    }
    out[name] = value;
  }
  return out;
}

/** An interpreter started ahead of its input: `finish` sends the input and waits for the end. */
export interface PythonProcess {
  /** Writes `input` (if any) to its stdin, closes stdin, and waits for the process to end; the
   * timeout counts from this call. Call it once. */
  finish(timeoutMs: number, input?: string): Promise<PythonRun>;
  /** Ends the process (its whole group) without sending anything; idempotent. */
  cancel(): void;
}

/**
 * Starts the interpreter with compileEnvironment, stdin open; keeps the last 64 KiB of each
 * stream; never throws. It runs in a process group of its own: at the timeout, when the
 * interpreter exits, and when kfp-action exits or gets SIGINT/SIGTERM/SIGHUP, the whole group is
 * killed, so a pipeline module that started a child process (which would hold the output pipes
 * open) cannot outlive the compile or keep it waiting. Until `finish` is called the process does
 * not keep Node's event loop alive, so a process started ahead and never used cannot hang
 * kfp-action (it is killed at exit).
 */
export function startPython(
  python: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv },
): PythonProcess {
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const keep = (acc: string, chunk: Buffer) => {
    const next = acc + chunk.toString('utf8');
    return next.length > KEEP ? next.slice(next.length - KEEP) : next;
  };
  const child = spawn(python, args, {
    cwd: options.cwd,
    env: {
      ...compileEnvironment(options.env ?? process.env),
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONUNBUFFERED: '1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const killGroup = () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
  };
  process.on('exit', killGroup);
  // The group no longer gets the terminal's Ctrl-C or the runner's signals: pass them on. With
  // no other handler (the CLI), the signal then ends kfp-action as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup();
    if (process.listenerCount(signal) === 1) {
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    }
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  const ended = new Promise<PythonRun>((resolve) => {
    const done = (result: PythonRun) => {
      closed = true;
      if (timer) clearTimeout(timer);
      process.off('exit', killGroup);
      for (const signal of SIGNALS) process.off(signal, onSignal);
      resolve(result);
    };
    // The interpreter is done: what it left running goes with it (and frees the pipes).
    child.on('exit', killGroup);
    child.stdout.on('data', (c: Buffer) => void (stdout = keep(stdout, c)));
    child.stderr.on('data', (c: Buffer) => void (stderr = keep(stderr, c)));
    child.on('error', (error: NodeJS.ErrnoException) => {
      done({ stdout, stderr, timedOut, spawnError: error });
    });
    child.on('close', (code) => {
      done({ ...(code !== null ? { code } : {}), stdout, stderr, timedOut });
    });
  });
  // A program that stops before reading its input (a wrong kfp answers at once) closes the pipe.
  child.stdin.on('error', () => undefined);
  // Idle until finish: nothing here keeps the event loop alive.
  const pipes = [child.stdout, child.stderr] as unknown as Socket[];
  child.unref();
  for (const pipe of pipes) pipe.unref();
  let finished = false;
  return {
    finish(timeoutMs, input) {
      if (finished) throw new Error('startPython: finish called twice');
      finished = true;
      child.ref();
      for (const pipe of pipes) pipe.ref();
      timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, timeoutMs);
      if (child.stdin.writable) child.stdin.end(input ?? '');
      return ended;
    },
    cancel() {
      finished = true;
      if (closed) return;
      child.stdin.destroy();
      killGroup();
    },
  };
}
