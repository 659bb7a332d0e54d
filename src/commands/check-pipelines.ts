/**
 * The analysis half of `check`: compile and validate at the head and at the base commit (in a
 * temporary worktree), pick the pipelines the change affects, diff, run the policy, and put
 * every finding on a line of the repository. Returns plain results for the reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  brokenSources,
  importClosure,
  findingLine,
  nameFailures,
  removedPipelines,
  retirementIsKnown,
  selectPipelines,
  type EarlierReport,
  parameterLine,
  pipelineLine,
} from '../core/check/index.js';
import type { KfpActionConfig } from '../core/config/types.js';
import { reviewSchedules } from '../core/schedules/review.js';
import { isError, UserError, type Diagnostic } from '../core/diagnostics.js';
import { diffModels, removalDiff } from '../core/diff/diff.js';
import { reviewModel, type ReviewModel } from '../core/diff/model.js';
import { checkPolicy } from '../core/policy/rules.js';
import type { PipelineCheckResult } from '../core/report/pr-comment.js';
import { specDigest } from '../core/spec/digest.js';
import { loadSpecBytes, type LoadedSpec } from '../core/spec/load.js';
import type { Deps } from '../ports/deps.js';
import type { CommonSettings } from '../settings/common.js';
import { compilePipelines, type CompileRun, type CompiledEntry } from './compile-pipelines.js';

export interface CheckAnalysis {
  readonly results: readonly PipelineCheckResult[];
  /** Findings that belong to no single pipeline (config file, sources not found). */
  readonly general: readonly Diagnostic[];
  /** Why each pipeline was checked, for the log. */
  readonly reasons: ReadonlyMap<string, string>;
  readonly kfpVersion?: string;
  /** Whether comments of pipelines not in `results` are known to be out of date. */
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

function loadIr(wd: string, file: string): LoadedSpec | undefined {
  const result = loadSpecBytes(readFileSync(path.resolve(wd, file)), file);
  return result.ok ? result.loaded : undefined;
}

/** Moves a finding located in the compiled IR to the line of the source it came from. */
function onSource(
  d: Diagnostic,
  entry: CompiledEntry,
  sourceText: string | undefined,
  model: ReviewModel | undefined,
): Diagnostic {
  if (d.file !== entry.file) return d;
  if (!entry.source.endsWith('.py') || sourceText === undefined) {
    // An IR source is copied byte for byte: same lines, in the repository's file.
    return { ...d, file: entry.source };
  }
  let line: number | undefined;
  if (d.task) {
    const task = [...(model?.tasks.values() ?? [])].find((t) => t.name === d.task);
    line = findingLine(sourceText, {
      task: d.task,
      ...(task ? { component: task.component } : {}),
      ...(d.path ? { path: d.path } : {}),
    });
  }
  const param = /^root\.inputDefinitions\.parameters\.(.+)$/.exec(d.path ?? '')?.[1];
  if (line === undefined && param) line = parameterLine(sourceText, param);
  const { column: _c, endLine: _e, endColumn: _ec, ...rest } = d;
  // The IR position stays in the data (JSON, SARIF), not in the message a Python author reads.
  return {
    ...rest,
    file: entry.source,
    line: line ?? pipelineLine(sourceText),
    ...(d.line ? { compiledAt: { file: d.file!, line: d.line } } : {}),
  };
}

async function compileBase(
  request: AnalysisRequest,
  git: Awaited<ReturnType<Deps['git']>>,
  deps: Deps,
  zeroConfig = false,
): Promise<{ run?: CompileRun; wd?: string; failed?: string }> {
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
    if (!existsSync(configPath) && !zeroConfig)
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
      return { run, wd };
    } catch (error) {
      if (error instanceof UserError) return { failed: error.message };
      throw error;
    }
  });
}

/** What the base commit gave for one pipeline. */
function baseStateOf(
  baseSha: string | undefined,
  base: { run?: CompileRun; failed?: string },
  source: string,
  baseEntry: CompiledEntry | undefined,
  baseModel: ReviewModel | undefined,
): PipelineCheckResult['baseState'] {
  if (!baseSha || !base.run) return 'not-compared';
  if (baseEntry) return baseModel ? 'compiled' : 'failed';
  const broken = base.run.diagnostics.some((d) => d.file === source && isError(d));
  return broken ? 'failed' : 'absent';
}

/** The result of a pipeline the change deletes: its base model, every task removed. */
function removedResult(b: CompiledEntry, baseWd: string): PipelineCheckResult | undefined {
  const loaded = loadIr(baseWd, b.file);
  if (!loaded) return undefined;
  const model = reviewModel(loaded.spec, loaded.platform);
  return {
    pipeline: b.name,
    source: b.source,
    compiled: false,
    valid: false,
    removed: true,
    diagnostics: [],
    policy: [],
    base: model,
    diff: removalDiff(model),
    baseState: 'compiled',
    baseDigest: `sha256:${specDigest(loaded.spec)}`,
  };
}

export async function analyse(request: AnalysisRequest, deps: Deps): Promise<CheckAnalysis> {
  const { common } = request;
  const wd = common.workingDirectory;
  const log = deps.logger;
  const head = await compilePipelines(
    { common, sources: [], outputDir: path.join(request.workDir, 'head') },
    deps,
  );
  const config: KfpActionConfig | undefined = head.config;
  const git = await deps.git();

  // Files changed, relative to the working directory.
  let changed: string[] | undefined;
  if (request.baseSha && !request.checkAll) {
    if (await git.tryEnsureCommit(request.baseSha)) {
      const files = await git.changedFiles(request.baseSha, 'HEAD');
      changed = files.map((f) => posix(path.relative(wd, path.join(git.root, f))));
    } else {
      log.warning(`base commit ${request.baseSha} is not available; checking every pipeline`);
    }
  }

  const readCache = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (!readCache.has(file)) {
      const abs = path.resolve(wd, file);
      readCache.set(
        file,
        file.startsWith('..') || !existsSync(abs) ? undefined : readFileSync(abs, 'utf8'),
      );
    }
    return readCache.get(file);
  };
  const configDir = posix(path.relative(wd, path.dirname(common.configPath)));
  const configFile = posix(path.relative(wd, common.configPath));
  const selection = selectPipelines({
    pipelines: head.compiled.map((c) => {
      const entry = c.entryIndex !== undefined ? config?.pipelines[c.entryIndex] : undefined;
      return {
        name: c.name,
        source: posix(c.source),
        imports: c.source.endsWith('.py')
          ? importClosure(posix(c.source), read)
          : new Set([posix(c.source)]),
        dependsOn: (entry?.dependsOn ?? []).map((g) => path.posix.join(configDir, g)),
      };
    }),
    diagnostics: head.diagnostics,
    pipelineFiles: new Set(head.compiled.flatMap((c) => [c.file, c.source])),
    ...(changed ? { changed } : {}),
    deleted: (changed ?? []).filter((f) => !f.startsWith('..') && read(f) === undefined),
    configFile,
    configLoaded: config !== undefined,
    checkAll: request.checkAll,
    hasBase: request.baseSha !== undefined,
  });
  const reasons = new Map(selection.reasons);
  const base = selection.compileBase ? await compileBase(request, git, deps, head.zeroConfig) : {};
  if (base.failed) log.info(`not compared with the base: ${base.failed}`);

  const results: PipelineCheckResult[] = [];
  for (const c of head.compiled.filter((h) => reasons.has(h.name))) {
    const loaded = loadIr(wd, c.file);
    const headModel = loaded ? reviewModel(loaded.spec, loaded.platform) : undefined;
    const sourceText = read(posix(c.source));
    const baseEntry = base.run?.compiled.find((b) => b.name === c.name);
    const baseLoaded = baseEntry && base.wd ? loadIr(base.wd, baseEntry.file) : undefined;
    const baseModel = baseLoaded ? reviewModel(baseLoaded.spec, baseLoaded.platform) : undefined;
    const own = head.diagnostics.filter((d) => d.file === c.file || d.file === c.source);
    const policy = loaded ? checkPolicy(loaded, config?.policy) : [];
    const baseState = baseStateOf(request.baseSha, base, c.source, baseEntry, baseModel);
    const schedules = reviewSchedules({
      pipeline: c.name,
      ...(loaded ? { spec: loaded.spec } : {}),
      ...(c.entryIndex !== undefined && config ? { head: config.pipelines[c.entryIndex] } : {}),
      ...(c.entryIndex !== undefined ? { headIndex: c.entryIndex } : {}),
      ...(baseEntry?.entryIndex !== undefined && base.run?.config
        ? { base: base.run.config.pipelines[baseEntry.entryIndex] }
        : {}),
      compared: base.run?.config !== undefined,
      configFile,
    });
    results.push({
      pipeline: c.name,
      source: c.source,
      compiled: loaded !== undefined,
      valid: c.valid && schedules.diagnostics.length === 0,
      diagnostics: [
        ...own.map((d) => onSource(d, c, sourceText, headModel)),
        ...schedules.diagnostics,
      ],
      policy: policy.map((d) => onSource(d, c, sourceText, headModel)),
      ...(headModel ? { head: headModel, diff: diffModels(baseModel, headModel) } : {}),
      ...(baseModel ? { base: baseModel } : {}),
      baseState,
      ...(loaded ? { headDigest: `sha256:${specDigest(loaded.spec)}` } : {}),
      ...(baseLoaded ? { baseDigest: `sha256:${specDigest(baseLoaded.spec)}` } : {}),
      ...(schedules.changes?.length ? { schedules: schedules.changes } : {}),
    });
    log.info(`${c.name}: checked because ${reasons.get(c.name)}`);
  }

  const headNames = new Set(head.compiled.map((c) => c.name));
  const failed = nameFailures({
    failures: selection.failures,
    entries: (config?.pipelines ?? []).map((e) => ({
      source: path.posix.join(configDir, e.source),
      ...(e.name ? { name: e.name } : {}),
    })),
    ...(base.run
      ? { base: base.run.compiled.map((b) => ({ ...b, source: posix(b.source) })) }
      : {}),
    earlier: request.earlier ?? [],
    headNames,
  });
  // Whenever the base was compiled (also for a pipeline renamed in place), look for removals.
  if (config !== undefined && base.run && base.wd) {
    const gone = removedPipelines({
      base: base.run.compiled.map((b) => ({ name: b.name, source: posix(b.source) })),
      headNames,
      failed,
      brokenSources: brokenSources(head.diagnostics),
    });
    for (const g of gone) {
      const b = base.run.compiled.find((x) => x.name === g.name)!;
      const result = removedResult(b, base.wd);
      if (!result) continue;
      reasons.set(b.name, `it exists at the base and this change removes it (${b.source})`);
      results.push(result);
    }
  }
  for (const f of failed) {
    reasons.set(f.name, `${f.source} changed and does not compile`);
    const baseEntry = base.run?.compiled.find((b) => b.name === f.name);
    const baseLoaded = baseEntry && base.wd ? loadIr(base.wd, baseEntry.file) : undefined;
    const baseModel = baseLoaded ? reviewModel(baseLoaded.spec, baseLoaded.platform) : undefined;
    results.push({
      pipeline: f.name,
      source: f.source,
      compiled: false,
      valid: false,
      diagnostics: f.diagnostics,
      policy: [],
      ...(baseModel ? { base: baseModel } : {}),
      baseState: baseStateOf(request.baseSha, base, f.source, baseEntry, baseModel),
      ...(baseLoaded ? { baseDigest: `sha256:${specDigest(baseLoaded.spec)}` } : {}),
      ...(f.namedBy === 'file' ? { unnamed: true } : {}),
    });
  }
  let kfpVersion: string | undefined;
  if (head.compiled.some((c) => c.source.endsWith('.py'))) {
    kfpVersion = (await (await deps.compiler()).checkEnvironment()).kfpVersion;
  }
  return {
    results,
    general: selection.general,
    reasons,
    retire: retirementIsKnown({
      configLoaded: config !== undefined,
      general: selection.general,
      failed,
    }),
    ...(kfpVersion ? { kfpVersion } : {}),
    ...(head.zeroConfig ? { zeroConfig: true } : {}),
  };
}
