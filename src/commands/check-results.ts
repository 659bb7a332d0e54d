/**
 * The per-pipeline results of `check`, built from what the head and the base compiled: a
 * pipeline checked at the head, one the change deletes, one whose source fails to compile. Each
 * finding located in the compiled IR is moved to the line of the source it came from.
 */
import {
  findingLine,
  parameterLine,
  pipelineLine,
  type FailedPipeline,
} from '../core/check/index.js';
import type { KfpActionConfig } from '../core/config/types.js';
import { isError, type Diagnostic } from '../core/diagnostics.js';
import { diffModels, removalDiff } from '../core/diff/diff.js';
import { reviewModel, type ReviewModel } from '../core/diff/model.js';
import { checkPolicy } from '../core/policy/rules.js';
import type { PipelineCheckResult } from '../core/report/pr-comment.js';
import { reviewSchedules } from '../core/schedules/review.js';
import type { CompileRun, CompiledEntry } from './compile-pipelines.js';

/** What the base commit gave: its compile (the specs loaded in memory), or why there is none. */
export interface BaseCompile {
  readonly run?: CompileRun;
  readonly failed?: string;
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

/** The base's loaded spec and model of a pipeline name, when the base compiled it. */
function atBase(base: BaseCompile, name: string) {
  const entry = base.run?.compiled.find((b) => b.name === name);
  const loaded = entry?.loaded;
  const model = loaded ? reviewModel(loaded.spec, loaded.platform) : undefined;
  return { entry, loaded, model };
}

/** A pipeline the head compiled: its findings on the source, diff, policy, digests. */
export function checkedResult(
  c: CompiledEntry,
  ctx: {
    readonly base: BaseCompile;
    readonly baseSha?: string;
    readonly diagnostics: readonly Diagnostic[];
    readonly config?: KfpActionConfig;
    readonly sourceText?: string;
    /** The config file, relative to the working directory (schedule findings point at it). */
    readonly configFile: string;
  },
): PipelineCheckResult {
  const loaded = c.loaded;
  const headModel = loaded ? reviewModel(loaded.spec, loaded.platform) : undefined;
  const b = atBase(ctx.base, c.name);
  const own = ctx.diagnostics.filter((d) => d.file === c.file || d.file === c.source);
  const policy = loaded ? checkPolicy(loaded, ctx.config?.policy) : [];
  const place = (d: Diagnostic) => onSource(d, c, ctx.sourceText, headModel);
  const baseConfig = ctx.base.run?.config;
  const schedules = reviewSchedules({
    pipeline: c.name,
    ...(loaded ? { spec: loaded.spec } : {}),
    ...(c.entryIndex !== undefined && ctx.config
      ? { head: ctx.config.pipelines[c.entryIndex] }
      : {}),
    ...(c.entryIndex !== undefined ? { headIndex: c.entryIndex } : {}),
    ...(b.entry?.entryIndex !== undefined && baseConfig
      ? { base: baseConfig.pipelines[b.entry.entryIndex] }
      : {}),
    compared: baseConfig !== undefined,
    configFile: ctx.configFile,
  });
  return {
    pipeline: c.name,
    source: c.source,
    compiled: loaded !== undefined,
    valid: c.valid && schedules.diagnostics.length === 0,
    diagnostics: [...own.map(place), ...schedules.diagnostics],
    policy: policy.map(place),
    ...(headModel ? { head: headModel, diff: diffModels(b.model, headModel) } : {}),
    ...(b.model ? { base: b.model } : {}),
    baseState: baseStateOf(ctx.baseSha, ctx.base, c.source, b.entry, b.model),
    ...(c.digest ? { headDigest: c.digest } : {}),
    ...(b.entry?.digest ? { baseDigest: b.entry.digest } : {}),
    ...(schedules.changes?.length ? { schedules: schedules.changes } : {}),
  };
}

/** A source that changed and fails to compile, under the name the plan gave it. */
export function failedResult(
  f: FailedPipeline,
  base: BaseCompile,
  baseSha: string | undefined,
): PipelineCheckResult {
  const b = atBase(base, f.name);
  return {
    pipeline: f.name,
    source: f.source,
    compiled: false,
    valid: false,
    diagnostics: f.diagnostics,
    policy: [],
    ...(b.model ? { base: b.model } : {}),
    baseState: baseStateOf(baseSha, base, f.source, b.entry, b.model),
    ...(b.entry?.digest ? { baseDigest: b.entry.digest } : {}),
    ...(f.namedBy === 'file' ? { unnamed: true } : {}),
  };
}

/** The result of a pipeline the change deletes: its base model, every task removed. */
export function removedResult(b: CompiledEntry): PipelineCheckResult | undefined {
  const loaded = b.loaded;
  if (!loaded || !b.digest) return undefined;
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
    baseDigest: b.digest,
  };
}
