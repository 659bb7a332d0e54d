/**
 * The analysis half of `check`: compile and validate at the head and at the base commit (in a
 * temporary worktree), pick the pipelines the change affects, diff, run the policy, and put
 * every finding on a line of the repository. Returns plain results for the reports.
 */
import path from 'node:path';
import {
  brokenSources,
  importClosure,
  nameFailures,
  removedPipelines,
  configIsConclusive,
  selectPipelines,
  type EarlierReport,
} from '../core/check/index.js';
import { UserError, type Diagnostic } from '../core/diagnostics.js';
import type { PipelineCheckResult } from '../core/report/pr-comment.js';
import type { Deps } from '../ports/deps.js';
import type { Workspace } from '../ports/workspace.js';
import type { CommonSettings } from '../settings/common.js';
import { checkedResult, failedResult, removedResult, type BaseCompile } from './check-results.js';
import { compilePipelines, type CompiledEntry } from './compile-pipelines.js';

export interface CheckAnalysis {
  readonly results: readonly PipelineCheckResult[];
  /** Findings that belong to no single pipeline (config file, sources not found). */
  readonly general: readonly Diagnostic[];
  /** Why each pipeline was checked, for the log. */
  readonly reasons: ReadonlyMap<string, string>;
  readonly kfpVersion?: string;
  /**
   * Whether comments of pipelines not in `results` are known to be out of date, as far as the
   * config tells; the comment step also requires every result to be named (retirementIsKnown).
   */
  readonly retire: boolean;
  /** No config file: the pipelines were found in the repository. */
  readonly zeroConfig?: boolean;
}

export interface AnalysisRequest {
  readonly common: CommonSettings;
  /** Absolute folder for this check's files (`<output-dir>/check`). */
  readonly workDir: string;
  /** Base commit to compare with; undefined = no comparison. */
  readonly baseSha?: string;
  readonly checkAll: boolean;
  /** What the earlier check comments on the PR reported (names a source that fails to compile). */
  readonly earlier?: readonly EarlierReport[];
}

const posix = (p: string) => p.split(path.sep).join('/');

async function compileBase(
  request: AnalysisRequest,
  git: Awaited<ReturnType<Deps['git']>>,
  deps: Deps,
  zeroConfig = false,
): Promise<BaseCompile> {
  const { common, baseSha } = request;
  if (!baseSha) return {};
  if (!(await git.tryEnsureCommit(baseSha))) {
    return { failed: `base commit ${baseSha} is not in the clone and could not be fetched` };
  }
  return git.withWorktree(baseSha, async (dir) => {
    const rel = path.relative(git.root, common.workingDirectory);
    const wd = path.join(dir, rel);
    const configPath = path.join(wd, path.relative(common.workingDirectory, common.configPath));
    // Without a config at the head, the base's pipelines are found the same way.
    if (!deps.workspace.exists(configPath) && !zeroConfig)
      return { failed: 'the base commit has no config file' };
    try {
      const run = await compilePipelines(
        {
          common: { ...common, workingDirectory: wd, configPath },
          sources: [],
          outputDir: path.join(request.workDir, 'base'),
        },
        { ...deps, edge: { ...deps.edge, report: () => {} } },
      );
      return { run };
    } catch (error) {
      if (error instanceof UserError) return { failed: error.message };
      throw error;
    }
  });
}

/** Files the change touches, relative to the working directory; undefined = check everything. */
async function changedFiles(
  request: AnalysisRequest,
  git: Awaited<ReturnType<Deps['git']>>,
  log: Deps['logger'],
): Promise<string[] | undefined> {
  if (!request.baseSha || request.checkAll) return undefined;
  if (!(await git.tryEnsureCommit(request.baseSha))) {
    log.warning(`base commit ${request.baseSha} is not available; checking every pipeline`);
    return undefined;
  }
  const files = await git.changedFiles(request.baseSha, 'HEAD');
  const wd = request.common.workingDirectory;
  return files.map((f) => posix(path.relative(wd, path.join(git.root, f))));
}

/** Reads a file of the working tree once (undefined when outside it, missing or not a file). */
function fileReader(wd: string, workspace: Workspace): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  const tryRead = (file: string) => {
    const abs = path.resolve(wd, file);
    if (file.startsWith('..') || workspace.tryFileSize(abs) === undefined) return undefined;
    return workspace.readText(abs);
  };
  return (file) => {
    if (!cache.has(file)) cache.set(file, tryRead(file));
    return cache.get(file);
  };
}

/**
 * The check as a straight line: compile the head, list the changed files, select (pure plan),
 * compile the base when the plan needs it, name the failures and find the removals (pure plan),
 * and build one result per pipeline.
 */
export async function analyse(request: AnalysisRequest, deps: Deps): Promise<CheckAnalysis> {
  const { common, baseSha } = request;
  const wd = common.workingDirectory;
  const head = await compilePipelines(
    { common, sources: [], outputDir: path.join(request.workDir, 'head') },
    deps,
  );
  const config = head.config;
  const git = await deps.git();
  const changed = await changedFiles(request, git, deps.logger);
  const read = fileReader(wd, deps.workspace);
  const configDir = posix(path.relative(wd, path.dirname(common.configPath)));
  const configFile = posix(path.relative(wd, common.configPath));
  const entryOf = (c: CompiledEntry) =>
    c.entryIndex !== undefined ? config?.pipelines[c.entryIndex] : undefined;
  const selection = selectPipelines({
    pipelines: head.compiled.map((c) => ({
      name: c.name,
      source: posix(c.source),
      imports: c.source.endsWith('.py')
        ? importClosure(posix(c.source), read)
        : new Set([posix(c.source)]),
      dependsOn: (entryOf(c)?.dependsOn ?? []).map((g) => path.posix.join(configDir, g)),
    })),
    diagnostics: head.diagnostics,
    pipelineFiles: new Set(head.compiled.flatMap((c) => [c.file, c.source])),
    ...(changed ? { changed } : {}),
    deleted: (changed ?? []).filter(
      (f) => !f.startsWith('..') && !deps.workspace.exists(path.resolve(wd, f)),
    ),
    configFile,
    configLoaded: config !== undefined,
    checkAll: request.checkAll,
    hasBase: baseSha !== undefined,
  });
  const base: BaseCompile = selection.compileBase
    ? await compileBase(request, git, deps, head.zeroConfig)
    : {};
  if (base.failed) deps.logger.info(`not compared with the base: ${base.failed}`);

  const headNames = new Set(head.compiled.map((c) => c.name));
  const baseRefs = base.run?.compiled.map((b) => ({ name: b.name, source: posix(b.source) }));
  const failed = nameFailures({
    failures: selection.failures,
    entries: (config?.pipelines ?? []).map((e) => ({
      source: path.posix.join(configDir, e.source),
      ...(e.name ? { name: e.name } : {}),
    })),
    ...(baseRefs ? { base: baseRefs } : {}),
    earlier: request.earlier ?? [],
    headNames,
  });
  // Whenever the base was compiled (also for a pipeline renamed in place), look for removals.
  const removed =
    config !== undefined && baseRefs
      ? removedPipelines({
          base: baseRefs,
          headNames,
          failed,
          brokenSources: brokenSources(head.diagnostics),
        })
      : [];

  const reasons = new Map(selection.reasons);
  const results: PipelineCheckResult[] = [];
  for (const c of head.compiled.filter((h) => reasons.has(h.name))) {
    const sourceText = read(posix(c.source));
    const context = { base, diagnostics: head.diagnostics, configFile };
    results.push(
      checkedResult(c, {
        ...context,
        ...(baseSha ? { baseSha } : {}),
        ...(config ? { config } : {}),
        ...(sourceText !== undefined ? { sourceText } : {}),
      }),
    );
    deps.logger.info(`${c.name}: checked because ${reasons.get(c.name)}`);
  }
  for (const g of removed) {
    const entry = base.run!.compiled.find((b) => b.name === g.name)!;
    const result = removedResult(entry);
    if (!result) continue;
    reasons.set(g.name, `it exists at the base and this change removes it (${entry.source})`);
    results.push(result);
  }
  for (const f of failed) {
    reasons.set(f.name, `${f.source} changed and does not compile`);
    results.push(failedResult(f, base, baseSha));
  }
  const kfpVersion = head.compiled.some((c) => c.source.endsWith('.py'))
    ? (await (await deps.compiler()).checkEnvironment()).kfpVersion
    : undefined;
  return {
    results,
    general: selection.general,
    reasons,
    retire: configIsConclusive({ configLoaded: config !== undefined, general: selection.general }),
    ...(kfpVersion ? { kfpVersion } : {}),
    ...(head.zeroConfig ? { zeroConfig: true } : {}),
  };
}
