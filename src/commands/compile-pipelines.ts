/**
 * The compile stage as a function other commands reuse (check compiles the PR's pipelines,
 * submit the merged one): config → sources → KFP SDK → IR files → validation.
 */
import path from 'node:path';
import { configRequiredMessage, zeroConfig } from '../core/config/zero-config.js';
import { oneLine } from '../core/compile/locate.js';
import { parameterLine } from '../core/check/source-lines.js';
import {
  brokenHeaderDiagnostic,
  brokenKfpHeader,
  type BrokenHeader,
} from '../core/compile/kfp-header.js';
import type { SourcePattern, PipelineSource } from '../core/compile/sources.js';
import type { KfpActionConfig } from '../core/config/types.js';
import { isError, UserError, type Diagnostic } from '../core/diagnostics.js';
import { specDigest } from '../core/spec/digest.js';
import { loadSpecBytes, type LoadedSpec } from '../core/spec/load.js';
import { validateLoaded } from '../core/validate/index.js';
import type { CompileRequest } from '../ports/compiler.js';
import type { Deps } from '../ports/deps.js';
import type { Workspace } from '../ports/workspace.js';
import type { CommonSettings } from '../settings/common.js';

export interface CompiledEntry {
  /** pipelineInfo.name. */
  readonly name: string;
  /** Source module or IR file, relative to the working directory. */
  readonly source: string;
  /** The IR YAML written, relative to the working directory. */
  readonly file: string;
  readonly function?: string;
  /** Index of the config entry that selected it, if any. */
  readonly entryIndex?: number;
  /** True when the IR validated with no error. */
  readonly valid: boolean;
  /** A lone component compiled to a component YAML (not runnable, not submitted). */
  readonly kind?: 'component';
  /** The IR as loaded once here (absent when it could not be read): later stages use it and
   * never parse the file again. */
  readonly loaded?: LoadedSpec;
  /** `sha256:<hex>` of the spec (core/spec/digest.ts), when it loaded. */
  readonly digest?: string;
}

export interface CompileRun {
  readonly compiled: readonly CompiledEntry[];
  readonly diagnostics: readonly Diagnostic[];
  /** The config file, when it exists and loaded; without one, the config found pipelines make. */
  readonly config?: KfpActionConfig;
  /** No config file: the pipelines were found in the repository (docs/config.md). */
  readonly zeroConfig?: boolean;
}

export interface CompileOptions {
  readonly common: CommonSettings;
  /** Explicit paths or globs (relative to the working directory); empty = the config's pipelines. */
  readonly sources: readonly string[];
  /** Absolute folder the IR files go to. */
  readonly outputDir: string;
  /** Set by commands that cannot work without the config file (submit): without one, they stop
   * with a message naming the keys to add instead of finding the pipelines themselves. */
  readonly requireConfig?: string;
  /** Find the repository's pipelines even when the config file exists (init). */
  readonly ignoreConfig?: boolean;
  /** `--pipeline NAME`: only the pipeline with this name or function name (sub-pipelines too). */
  readonly pipeline?: string;
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function displayPath(workingDirectory: string, absolute: string): string {
  const rel = path.relative(workingDirectory, absolute);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolute;
}

/** File name for a pipeline's IR: its name with anything unusual replaced (as the Python side does). */
function irFileName(pipelineName: string): string {
  const cleaned = pipelineName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return `${cleaned || 'pipeline'}.yaml`;
}

/** Compiles and validates; never throws for bad pipelines (they become diagnostics). */
export async function compilePipelines(options: CompileOptions, deps: Deps): Promise<CompileRun> {
  const { common, outputDir } = options;
  const wd = common.workingDirectory;
  const display = (p: string) => displayPath(wd, p);
  const diagnostics: Diagnostic[] = [];

  const configFile = options.ignoreConfig
    ? ({ exists: false } as const)
    : await deps.workspace.readConfig(common.configPath, display(common.configPath));
  if (configFile.exists) diagnostics.push(...configFile.diagnostics);
  if (configFile.exists && !configFile.config) return { compiled: [], diagnostics };
  let config = configFile.exists ? configFile.config : undefined;

  let patterns: SourcePattern[];
  let zero = false;
  if (options.sources.length > 0) {
    patterns = options.sources.map((pattern) => ({ pattern, base: wd }));
  } else if (config && configFile.exists) {
    const base = path.dirname(common.configPath);
    patterns = config.pipelines.map((entry, entryIndex) => ({
      pattern: entry.source,
      base,
      entry,
      entryIndex,
      at: {
        file: display(common.configPath),
        ...configFile.locate(['pipelines', entryIndex, 'source'], 'value'),
      },
    }));
  } else if (options.requireConfig) {
    throw new UserError(configRequiredMessage(options.requireConfig, display(common.configPath)), [
      { code: 'config/required', severity: 'error', message: 'no config file' },
    ]);
  } else {
    const found = await deps.workspace.findPipelines(
      wd,
      [outputDir, path.dirname(outputDir)].filter((d) => d !== wd),
      deps.logger,
    );
    config = zeroConfig(found);
    zero = true;
    patterns = config.pipelines.map((entry, entryIndex) => ({
      pattern: entry.source,
      base: wd,
      entry,
      entryIndex,
    }));
    if (patterns.length === 0) {
      diagnostics.push({
        code: 'config/no-pipelines-found',
        severity: 'error',
        message: `${display(common.configPath)} does not exist and no pipeline was found in ${found.listing === 'git' ? 'the files git knows (tracked, or untracked and not ignored)' : 'this folder'}: no Python module with a @dsl.pipeline and no compiled IR; name the sources (kfp-action compile pipelines/*.py) or list them in the config file (docs/config.md)`,
      });
      return { compiled: [], diagnostics, config, zeroConfig: true };
    }
    // File names are the repository's (a PR's): one line each, so they cannot forge log commands.
    const list = config.pipelines
      .map((p) => oneLine(p.source + (p.function ? `:${p.function}` : ''), 200))
      .join(', ');
    deps.logger.info(
      options.ignoreConfig
        ? `found ${patterns.length} pipeline source${patterns.length === 1 ? '' : 's'} in the repository (${list})`
        : `no ${display(common.configPath)}: found ${patterns.length} pipeline source${patterns.length === 1 ? '' : 's'} in the repository (${list}); the defaults of docs/config.md#without-a-config-file apply, and kfp-action init writes a config to change them`,
    );
  }

  const discovery = deps.workspace.discoverSources(patterns, display);
  diagnostics.push(...discovery.diagnostics);
  const python = discovery.sources.filter((s) => s.kind === 'python');
  const ir = discovery.sources.filter((s) => s.kind === 'ir');
  deps.workspace.makeDir(outputDir);

  const written: {
    name: string;
    source: PipelineSource;
    file: string;
    function?: string;
    kind?: 'component';
  }[] = [];
  const available: string[] = [];
  if (python.length > 0) {
    const compiler = await deps.compiler();
    deps.logger.info(`compiling ${python.length} module${python.length === 1 ? '' : 's'}`);
    const requests: CompileRequest[] = python.map((s) => ({
      source: s.path,
      outputDir,
      importRoot: wd,
      ...(s.function ? { function: s.function } : {}),
      ...(s.name ? { name: s.name } : {}),
      ...(options.pipeline ? { select: options.pipeline } : {}),
      ...(s.explicit || s.entryIndex !== undefined ? { components: true } : {}),
    }));
    // The compile process checks the environment itself; its answer is reused here.
    const outcomes = await compiler.compileAll(requests);
    const env = await compiler.checkEnvironment();
    deps.logger.info(`compiled with kfp ${env.kfpVersion} (Python ${env.pythonVersion})`);
    outcomes.forEach((outcome, i) => {
      const source = python[i]!;
      for (const d of outcome.diagnostics) {
        if (d.code === 'compile/no-pipeline' && !source.explicit) {
          deps.logger.debug(`${display(source.path)}: no @dsl.pipeline, skipped`);
        } else diagnostics.push(d);
      }
      for (const a of outcome.available ?? []) {
        available.push(a.function === a.name ? a.name : `${a.name} (${a.function})`);
      }
      for (const p of outcome.pipelines) {
        written.push({
          name: p.name,
          source,
          file: p.outputFile,
          ...(p.function ? { function: p.function } : {}),
          ...(p.kind === 'component' ? { kind: 'component' as const } : {}),
        });
      }
    });
  }

  for (const source of ir) {
    const accepted = acceptIr(
      deps.workspace,
      source,
      outputDir,
      display,
      written,
      options.pipeline,
    );
    if (zero && accepted.copyOf?.source.kind === 'python') {
      // A committed compiled copy of a pipeline found in Python: the source is what is checked.
      deps.logger.info(
        oneLine(
          `${display(source.path)} is a compiled copy of pipeline ${accepted.copyOf.name} from ${display(accepted.copyOf.source.path)}; checking the Python source`,
        ),
      );
      continue;
    }
    diagnostics.push(...accepted.diagnostics);
    if (accepted.name) available.push(accepted.name);
    if (accepted.file && accepted.name)
      written.push({ name: accepted.name, source, file: accepted.file });
  }
  if (options.pipeline && written.length === 0 && !diagnostics.some(isError)) {
    diagnostics.push({
      code: 'compile/pipeline-not-found',
      severity: 'error',
      message: `no pipeline named "${options.pipeline}" (pipeline or function name) in the sources; pipelines found: ${available.join(', ') || 'none'}`,
    });
  }

  const compiled: CompiledEntry[] = [];
  for (const w of written) {
    const file = display(w.file);
    const bytes = deps.workspace.readFile(w.file);
    const header = brokenKfpHeader(new TextDecoder().decode(bytes));
    const loaded = loadSpecBytes(bytes, file);
    const found = header
      ? [newlineDefault(deps.workspace, header, w.source.path, display)]
      : loaded.ok
        ? validateLoaded(loaded.loaded)
        : [...loaded.diagnostics];
    diagnostics.push(...found);
    compiled.push({
      name: w.name,
      source: display(w.source.path),
      file,
      ...(w.function ? { function: w.function } : {}),
      ...(w.source.entryIndex !== undefined ? { entryIndex: w.source.entryIndex } : {}),
      valid: !found.some(isError),
      ...(w.kind ? { kind: w.kind } : {}),
      ...(loaded.ok
        ? { loaded: loaded.loaded, digest: `sha256:${specDigest(loaded.loaded.spec)}` }
        : {}),
    });
  }
  return {
    compiled,
    diagnostics,
    ...(config ? { config } : {}),
    ...(zero ? { zeroConfig: true } : {}),
  };
}

/** KFP's header broken by a multi-line default: one finding, at the parameter in the source. */
function newlineDefault(
  workspace: Workspace,
  header: BrokenHeader,
  source: string,
  display: (p: string) => string,
): Diagnostic {
  let text: string | undefined;
  try {
    text = source.endsWith('.py') ? workspace.readText(source) : undefined;
  } catch {
    text = undefined;
  }
  const line = text === undefined ? undefined : parameterLine(text, header.parameter);
  return brokenHeaderDiagnostic(header, {
    file: display(source),
    ...(line !== undefined ? { line } : {}),
  });
}

/** An already-compiled IR file: loaded, named by its pipelineInfo.name, copied byte for byte. */
function acceptIr(
  workspace: Workspace,
  source: PipelineSource,
  outputDir: string,
  display: (p: string) => string,
  written: readonly { name: string; source: PipelineSource }[],
  pipeline?: string,
): {
  name?: string;
  file?: string;
  diagnostics: Diagnostic[];
  /** The pipeline of the same name compiled from another source. */
  copyOf?: { name: string; source: PipelineSource };
} {
  const shown = display(source.path);
  let bytes: Uint8Array;
  try {
    bytes = workspace.readFile(source.path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      diagnostics: [
        {
          code: 'compile/unreadable',
          severity: 'error',
          message: `cannot read the IR file (${reason})`,
          file: shown,
        },
      ],
    };
  }
  const loaded = loadSpecBytes(bytes, shown);
  if (!loaded.ok) {
    // Only files that look like pipelines matter when a glob or folder found them.
    return {
      diagnostics:
        source.explicit || source.entryIndex !== undefined ? [...loaded.diagnostics] : [],
    };
  }
  const info = loaded.loaded.spec.pipelineInfo as { name?: unknown } | undefined;
  const name = typeof info?.name === 'string' ? info.name : undefined;
  if (!name) {
    if (!source.explicit && source.entryIndex === undefined) return { diagnostics: [] };
    return {
      diagnostics: [
        {
          code: 'compile/not-a-pipeline',
          severity: 'error',
          message: 'the file has no pipelineInfo.name, so it is not a compiled pipeline (KFP IR)',
          file: shown,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  if (source.name && source.name !== name) {
    return {
      diagnostics: [
        {
          code: 'compile/name-not-found',
          severity: 'error',
          message: `the config names pipeline "${source.name}" but this IR file is pipeline "${name}"`,
          file: shown,
          ...loaded.loaded.locate(['pipelineInfo', 'name']),
        },
      ],
    };
  }
  if (pipeline && pipeline !== name) return { name, diagnostics: [] };
  const other = written.find((w) => w.name === name);
  if (other) {
    return {
      copyOf: { name, source: other.source },
      diagnostics: [
        {
          code: 'compile/duplicate-name',
          severity: 'error',
          message: `pipeline name "${name}" is also the name of a pipeline from ${display(other.source.path)}; rename one of them`,
          file: shown,
          ...loaded.loaded.locate(['pipelineInfo', 'name']),
        },
      ],
    };
  }
  const file = path.join(outputDir, irFileName(name));
  if (path.resolve(file) !== path.resolve(source.path)) workspace.writeFile(file, bytes);
  return { name, file, diagnostics: [] };
}
