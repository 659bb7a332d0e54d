import type { Diagnostic } from '../core/diagnostics.js';

/** What the Python side found: interpreter and kfp versions (checked before any compile). */
export interface CompilerEnvironment {
  readonly python: string;
  readonly pythonVersion: string;
  /** kfp version installed for that interpreter, or undefined when kfp is missing. */
  readonly kfpVersion?: string;
}

/** One compiled pipeline written to disk. */
export interface CompiledPipeline {
  /** pipelineInfo.name. */
  readonly name: string;
  /** The Python source (or the IR file given as a source). */
  readonly source: string;
  /** Python function name, when compiled from Python. */
  readonly function?: string;
  /** The IR YAML written. */
  readonly outputFile: string;
  /** `component`: a module with components and no pipeline, compiled as `kfp dsl compile` does. */
  readonly kind?: 'pipeline' | 'component';
}

export interface CompileRequest {
  /** Absolute path of a Python module. */
  readonly source: string;
  /** Folder to write `<pipeline-name>.yaml` files into. */
  readonly outputDir: string;
  /** Only this pipeline function, when set. */
  readonly function?: string;
  /** Only the pipeline with this pipelineInfo.name, when set. */
  readonly name?: string;
  /** `--pipeline`: only the pipeline with this name or function name (sub-pipelines too);
   * a module without it compiles nothing and reports no error. */
  readonly select?: string;
  /** A module with no pipeline compiles its components (named sources only). */
  readonly components?: boolean;
  /** Folder that the module's imports resolve from (the repository root). */
  readonly importRoot: string;
}

export interface CompileOutcome {
  readonly pipelines: readonly CompiledPipeline[];
  /** Compile errors located at the file and line the Python traceback points to. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every pipeline the module defines (name, function, used as a sub-pipeline). */
  readonly available?: readonly {
    readonly name: string;
    readonly function: string;
    readonly sub: boolean;
  }[];
}

/** The real KFP SDK behind an intent-named interface (src/adapters/kfp-compiler/). */
export interface PipelineCompiler {
  /** Interpreter and kfp versions; throws a UserError that says how to fix a mismatch. */
  checkEnvironment(): Promise<CompilerEnvironment>;
  compile(request: CompileRequest): Promise<CompileOutcome>;
  /** Many modules in one Python process (importing kfp costs ~1 s; a module, milliseconds).
   * One outcome per request, in order. Requests must share one `importRoot`. */
  compileAll(requests: readonly CompileRequest[]): Promise<CompileOutcome[]>;
}
