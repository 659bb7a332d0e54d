/**
 * Turns a Python error from the compile program into a located diagnostic: the file and line the
 * traceback points to in the user's repository. Pure.
 *
 * The rule: a SyntaxError carries its own location (file, line, column) — use it. Otherwise use
 * the deepest frame that is inside the repository and is neither an installed package
 * (site-packages) nor our own compile program; that is the line the user wrote (the task call
 * with the wrong argument, the failing import). With no such frame, the diagnostic names the
 * compiled module without a line.
 */
import { argumentLine } from './python-source.js';
import type { Diagnostic } from '../diagnostics.js';
import type { PythonError, PythonErrorKind, PythonFrame } from './protocol.js';

export interface LocateContext {
  /** Absolute path of the module that was compiled. */
  readonly source: string;
  /** Absolute path of the repository root (imports resolve from there). */
  readonly repoRoot: string;
  /** Absolute path of the compile program, whose frames are never the user's. */
  readonly programFile?: string;
  /** Path as shown to the user (relative to the working directory). */
  readonly display: (absolutePath: string) => string;
  /** The text of a user's file, to find the argument a type error is about (undefined: unread). */
  readonly readSource?: (absolutePath: string) => string | undefined;
}

const CODES: Record<PythonErrorKind, string> = {
  syntax: 'compile/syntax-error',
  import: 'compile/import-error',
  type: 'compile/type-error',
  'missing-argument': 'compile/missing-argument',
  'no-pipeline': 'compile/no-pipeline',
  'function-not-found': 'compile/function-not-found',
  'name-not-found': 'compile/name-not-found',
  'duplicate-name': 'compile/duplicate-name',
  error: 'compile/error',
};

const HINTS: Partial<Record<PythonErrorKind, string>> = {
  import:
    'is the package installed for the Python interpreter kfp-action uses (--python / input `python`)? Imports resolve from the repository root and the module’s folder',
  'missing-argument': 'pass every component input that has no default',
  'no-pipeline':
    'decorate the pipeline function with @dsl.pipeline, or remove the file from the sources',
};

function normalize(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/+$/, '');
}

/** True when the frame is code the user wrote: inside the repository, not an installed package. */
export function isUserFrame(
  file: string,
  ctx: Pick<LocateContext, 'repoRoot' | 'programFile'> & { readonly source?: string },
): boolean {
  if (file.startsWith('<')) return false;
  const f = normalize(file);
  if (ctx.programFile && f === normalize(ctx.programFile)) return false;
  // The compiled module itself counts even when it lies outside the repository.
  if (ctx.source && f === normalize(ctx.source)) return true;
  if (/\/(site|dist)-packages\//.test(f)) return false;
  return f.startsWith(normalize(ctx.repoRoot) + '/');
}

/** The frame the error should be reported at, or undefined when no frame is the user's. */
export function userFrame(
  frames: readonly PythonFrame[],
  ctx: Pick<LocateContext, 'repoRoot' | 'programFile'> & { readonly source?: string },
): PythonFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (isUserFrame(frame.file, ctx)) return frame;
  }
  return undefined;
}

/** One line: Python messages may span several; collapse and bound them. */
export function oneLine(text: string, max = 600): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The line of the argument a KFP type error names (`…passed to the input 'x' of component…`):
 * Python's traceback points at the first line of the call, the argument may be lines below.
 */
function typeErrorLine(
  message: string,
  frame: PythonFrame,
  ctx: LocateContext,
): number | undefined {
  const input = /\binput '([^']+)'/.exec(message)?.[1];
  const text = input ? ctx.readSource?.(frame.file) : undefined;
  return text === undefined ? undefined : argumentLine(text, frame.line, input!);
}

export function compileErrorDiagnostic(error: PythonError, ctx: LocateContext): Diagnostic {
  const code = CODES[error.kind];
  // `@dsl.container_component()` calls the decorator with no function: not a missing input.
  const hint = /\bcontainer_component\(\) missing 1 required positional argument: 'func'/.test(
    error.message,
  )
    ? 'write @dsl.container_component without parentheses (it takes no arguments)'
    : HINTS[error.kind];
  const described =
    error.kind === 'syntax' ||
    error.kind === 'import' ||
    error.kind === 'type' ||
    error.kind === 'missing-argument' ||
    error.kind === 'error'
      ? `${error.type}: ${oneLine(error.message)}`
      : oneLine(error.message);
  const message = hint ? `${described} — ${hint}` : described;
  const task = error.function ? { task: error.function } : {};

  if (error.kind === 'syntax' && error.filename && error.lineno) {
    return {
      code,
      severity: 'error',
      message,
      file: ctx.display(error.filename),
      line: error.lineno,
      ...(error.offset ? { column: error.offset } : {}),
      ...task,
    };
  }
  const frame = userFrame(error.frames, ctx);
  if (frame) {
    return {
      code,
      severity: 'error',
      message,
      file: ctx.display(frame.file),
      line: (error.kind === 'type' && typeErrorLine(error.message, frame, ctx)) || frame.line,
      ...task,
    };
  }
  return { code, severity: 'error', message, file: ctx.display(ctx.source), ...task };
}
