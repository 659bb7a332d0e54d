import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkEnvironment } from '../../core/compile/environment.js';
import { compileErrorDiagnostic, oneLine } from '../../core/compile/locate.js';
import {
  parseCompileResult,
  parseEnvironment,
  type PythonEnvironment,
} from '../../core/compile/protocol.js';
import { UserError, type Diagnostic } from '../../core/diagnostics.js';
import type {
  CompileOutcome,
  CompileRequest,
  CompilerEnvironment,
  PipelineCompiler,
} from '../../ports/compiler.js';
import type { Logger } from '../../ports/logger.js';
import { startCompileProcess, startProgram, takeWarmCompileProcess } from './compile-process.js';
import { compileProgramPath } from './program.js';
import type { PythonRun } from './run-python.js';
import { KFP_PINNED_VERSION } from './version.js';

export interface KfpCompilerOptions {
  /** The kfp version required (default: KFP_PINNED_VERSION). */
  readonly pinned?: string;
  /** Time allowed for one batch: a base plus a share per module (user code may hang). */
  readonly timeoutMs?: (modules: number) => number;
  readonly program?: string;
}

const defaultTimeout = (modules: number) => 120_000 + 30_000 * modules;

/**
 * The real KFP SDK: runs python/kfp_action_compile.py under the configured interpreter. The
 * program answers in a JSON file (never stdout, which user code may print to).
 */
/** A file's text, or undefined when it cannot be read (locating is best effort). */
function tryReadText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export class KfpPythonCompiler implements PipelineCompiler {
  private readonly program: string;
  private readonly pinned: string;
  private readonly timeoutMs: (modules: number) => number;
  private environment?: Promise<CompilerEnvironment>;

  constructor(
    private readonly python: string,
    private readonly logger: Logger,
    options: KfpCompilerOptions = {},
  ) {
    this.program = options.program ?? compileProgramPath();
    this.pinned = options.pinned ?? KFP_PINNED_VERSION;
    this.timeoutMs = options.timeoutMs ?? defaultTimeout;
  }

  checkEnvironment(): Promise<CompilerEnvironment> {
    return (this.environment ??= this.probe());
  }

  async compile(request: CompileRequest): Promise<CompileOutcome> {
    const [outcome] = await this.compileAll([request]);
    return outcome!;
  }

  async compileAll(requests: readonly CompileRequest[]): Promise<CompileOutcome[]> {
    if (requests.length === 0) return [];
    const importRoot = requests[0]!.importRoot;
    const display = (p: string) => {
      const rel = path.relative(importRoot, p);
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
    };
    const request = {
      importRoot,
      requireKfp: this.pinned,
      jobs: requests.map((r) => ({
        source: r.source,
        outputDir: r.outputDir,
        ...(r.function ? { function: r.function } : {}),
        ...(r.name ? { name: r.name } : {}),
        ...(r.select ? { select: r.select } : {}),
        ...(r.components ? { components: true } : {}),
      })),
    };
    // One process checks the environment and compiles (no probe first): the program answers
    // with the environment alone when kfp is not the pinned one.
    const { run, result } = await this.exec(importRoot, requests.length, request);
    if (this.environment === undefined) {
      if (parseEnvironment(result)) {
        this.environment = Promise.resolve().then(() => this.acceptEnvironment(run, result));
      }
      // No environment in the answer: the probe (run in the current folder) says why — no interpreter, or
      // one too old to run the program — or else the compile crashed, reported below.
      await this.checkEnvironment();
    }
    const parsed = parseCompileResult(result);
    if (!parsed || parsed.jobs.length !== requests.length) {
      const why = run.timedOut
        ? {
            code: 'compile/timeout',
            message: `compiling took longer than ${Math.round(this.timeoutMs(requests.length) / 1000)} s and was stopped; does a pipeline module run long work (training, downloads) at import time?`,
          }
        : run.spawnError
          ? {
              code: 'compile/crashed',
              message: `the Python compile program could not be started in ${importRoot} (${run.spawnError.code ?? run.spawnError.message})`,
            }
          : {
              code: 'compile/crashed',
              message: `the Python compile program stopped without a result (exit ${run.code ?? 'killed'}): ${oneLine(lastLines(run.stderr), 800) || 'no output'}`,
            };
      return requests.map((r) => ({
        pipelines: [],
        diagnostics: [{ ...why, severity: 'error', file: display(r.source) }],
      }));
    }
    return requests.map((r, i) => {
      const job = parsed.jobs[i]!;
      const ctx = {
        source: r.source,
        repoRoot: importRoot,
        programFile: this.program,
        display,
        readSource: tryReadText,
      };
      return {
        pipelines: job.pipelines.map((p) => ({
          name: p.name,
          source: r.source,
          function: p.function,
          outputFile: p.file,
          kind: p.kind,
        })),
        diagnostics: job.errors.map((e) => compileErrorDiagnostic(e, ctx)),
        available: job.available,
      };
    });
  }

  private async probe(): Promise<CompilerEnvironment> {
    const { run, result } = await this.execProbe();
    return this.acceptEnvironment(run, result);
  }

  /** The environment a run of the program reported; a UserError that says how to fix it. */
  private acceptEnvironment(run: PythonRun, result: unknown): CompilerEnvironment {
    if (run.spawnError) {
      const d: Diagnostic = {
        code: 'compile/python-not-found',
        severity: 'error',
        message: `Python interpreter "${this.python}" could not be started (${run.spawnError.code ?? run.spawnError.message}); set --python (input \`python\`) to an interpreter that has kfp==${this.pinned}, e.g. python3 -m venv .venv && .venv/bin/pip install 'kfp==${this.pinned}'`,
      };
      throw new UserError(d.message, [d]);
    }
    const env: PythonEnvironment | undefined = parseEnvironment(result);
    if (!env) {
      const d: Diagnostic = {
        code: 'compile/python-not-found',
        severity: 'error',
        message: `"${this.python}" did not run the compile program (exit ${run.code ?? 'killed'}): ${oneLine(lastLines(run.stderr), 400) || 'no output'}; is it a Python 3.9+ interpreter?`,
      };
      throw new UserError(d.message, [d]);
    }
    this.logger.debug(
      `Python ${env.pythonVersion} (${env.python}), kfp ${env.kfp ?? 'missing'}, kfp-kubernetes ${env.kfpKubernetes ?? 'missing'}`,
    );
    const problem = checkEnvironment(env, this.pinned, this.python);
    if (problem) throw new UserError(problem.message, [problem]);
    return {
      python: env.python,
      pythonVersion: env.pythonVersion,
      ...(env.kfp ? { kfpVersion: env.kfp } : {}),
    };
  }

  /** Runs the program in compile mode (the process started ahead for it, when there is one), sends
   * the request on stdin and reads its result file. */
  private async exec(
    cwd: string,
    modules: number,
    request: unknown,
  ): Promise<{ run: PythonRun; result: unknown }> {
    const started =
      takeWarmCompileProcess(this.python, cwd, this.program, this.pinned) ??
      startCompileProcess(this.python, cwd, this.program, this.pinned);
    try {
      const run = await started.process.finish(this.timeoutMs(modules), JSON.stringify(request));
      return { run, result: this.read(run, started.resultFile) };
    } finally {
      started.dispose();
    }
  }

  /** Runs the program's environment probe (`--env`), which imports nothing. */
  private async execProbe(): Promise<{ run: PythonRun; result: unknown }> {
    const started = startProgram(this.python, process.cwd(), (result) => [
      this.program,
      '--env',
      '--result',
      result,
    ]);
    try {
      const run = await started.process.finish(this.timeoutMs(0));
      return { run, result: this.read(run, started.resultFile) };
    } finally {
      started.dispose();
    }
  }

  /** Logs what the program printed; its answer, or undefined when there is none. */
  private read(run: PythonRun, resultFile: string): unknown {
    const printed = [run.stdout, run.stderr].filter((s) => s.trim()).join('\n');
    if (printed) this.logger.debug(`Python output:\n${printed.trimEnd()}`);
    try {
      return JSON.parse(readFileSync(resultFile, 'utf8'));
    } catch {
      return undefined;
    }
  }
}

function lastLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(-n).join('\n');
}
