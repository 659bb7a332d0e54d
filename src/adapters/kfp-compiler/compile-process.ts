import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sourceKind } from '../../core/compile/sources.js';
import { compileProgramPath } from './program.js';
import { startPython, type PythonProcess } from './run-python.js';
import { KFP_PINNED_VERSION } from './version.js';

/**
 * One run of python/kfp_action_compile.py in compile mode, started before its request is known:
 * it checks the environment against `pinned` and imports kfp (most of a compile's time) at once,
 * then reads the request from stdin and answers in `resultFile`.
 */
export interface CompileProcess extends ProgramRun {
  readonly python: string;
  /** Folder it runs in: the requests' importRoot. */
  readonly cwd: string;
  readonly program: string;
  readonly pinned: string;
}

/** The compile program started with a result file in a folder of its own (removed by dispose). */
export interface ProgramRun {
  readonly process: PythonProcess;
  readonly resultFile: string;
  /** Ends the process if it is still running and removes its folder; idempotent. */
  dispose(): void;
}

/** Starts `python` with the arguments `args` gives for the result file's path. */
export function startProgram(
  python: string,
  cwd: string,
  args: (resultFile: string) => readonly string[],
): ProgramRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'kfp-action-compile-'));
  const resultFile = path.join(dir, 'result.json');
  const child = startPython(python, args(resultFile), { cwd });
  return {
    process: child,
    resultFile,
    dispose() {
      child.cancel();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function startCompileProcess(
  python: string,
  cwd: string,
  program: string,
  pinned: string,
): CompileProcess {
  const run = startProgram(python, cwd, (result) => [
    program,
    '--compile',
    '-',
    '--require-kfp',
    pinned,
    '--result',
    result,
  ]);
  return { python, cwd, program, pinned, ...run };
}

let warm: CompileProcess | undefined;

/**
 * Starts the compile process of a command that is about to compile, before the command's code has
 * loaded (the CLI calls it as soon as it knows the command): Python's start-up and `import kfp`
 * then overlap Node's loading, the config and the source discovery instead of following them.
 * The compiler takes it for the first batch whose interpreter, folder, program and kfp pin match;
 * one that is never taken is ended when kfp-action exits.
 */
export function warmCompileProcess(
  python: string,
  cwd: string,
  program: string = compileProgramPath(),
  pinned: string = KFP_PINNED_VERSION,
): void {
  if (warm) return;
  const started = startCompileProcess(python, cwd, program, pinned);
  warm = started;
  process.once('exit', () => {
    if (warm === started) warm = undefined;
    started.dispose();
  });
}

/**
 * warmCompileProcess for a command about to compile `sources` (paths or globs as given; empty =
 * the config's or the repository's pipelines), unless every one of them is compiled IR already.
 * Best effort: a failure to start here is the compiler's to report when it starts its own.
 */
export function warmCompileProcessFor(
  python: string,
  cwd: string,
  sources: readonly string[],
): void {
  if (sources.length > 0 && sources.every((s) => sourceKind(s) === 'ir')) return;
  try {
    warmCompileProcess(python, cwd);
  } catch {
    // Only a head start.
  }
}

/** The process warmCompileProcess started, when it was started for exactly this compile. */
export function takeWarmCompileProcess(
  python: string,
  cwd: string,
  program: string,
  pinned: string,
): CompileProcess | undefined {
  const w = warm;
  if (!w || w.python !== python || w.cwd !== cwd || w.program !== program || w.pinned !== pinned) {
    return undefined;
  }
  warm = undefined;
  return w;
}
