/**
 * The check result as DATA (schema/check-result.schema.json): what the unprivileged job that
 * compiled the pull request's code hands to the job that may comment. No Markdown crosses that
 * line: the commenter validates this file and renders every comment itself, with the same
 * renderer and escaping as a same-repository run. The diff is not stored: it is recomputed from
 * the head and base models, so it cannot disagree with them. Pure.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schema/check-result.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostics.js';
import { diffModels, removalDiff } from '../diff/diff.js';
import type { ReviewModel, ReviewParameter, ReviewTask } from '../diff/model.js';
import type { PipelineCheckResult } from '../report/pr-comment.js';

const CHECK_RESULT_KIND = 'kfp-action/check-result';
const CHECK_RESULT_VERSION = 1;
/** The file the check writes in `<output-dir>/check/` and the commenter reads. */
export const CHECK_RESULT_FILE = 'check-result.json';
/** The largest check-result file the commenter reads. */
export const CHECK_RESULT_MAX_BYTES = 8 * 1024 * 1024;

export interface ModelData {
  readonly name: string;
  readonly tasks: readonly ReviewTask[];
  readonly parameters: readonly ReviewParameter[];
  readonly images: Readonly<Record<string, string>>;
  readonly platform?: string;
}

export interface PipelineData {
  readonly pipeline: string;
  readonly source: string;
  readonly verdict: 'passed' | 'failed' | 'removed';
  readonly compiled: boolean;
  readonly valid: boolean;
  readonly removed?: boolean;
  readonly unnamed?: boolean;
  readonly baseState: PipelineCheckResult['baseState'];
  readonly diagnostics: readonly Diagnostic[];
  readonly policy: readonly Diagnostic[];
  readonly head?: ModelData;
  readonly base?: ModelData;
  readonly headDigest?: string;
  readonly baseDigest?: string;
  readonly schedules?: PipelineCheckResult['schedules'];
}

export interface CheckResultFile {
  readonly kind: typeof CHECK_RESULT_KIND;
  readonly version: typeof CHECK_RESULT_VERSION;
  readonly pullRequest?: number;
  readonly headSha: string;
  readonly baseSha?: string;
  readonly kfpVersion?: string;
  /** No config file: the check found the repository's pipelines (the comments say so). */
  readonly zeroConfig?: boolean;
  /**
   * Whether comments of pipelines not listed are known to be out of date as far as the config
   * tells (the commenter also requires every pipeline to be named).
   */
  readonly retire: boolean;
  readonly pipelines: readonly PipelineData[];
  /** Findings that belong to no pipeline. */
  readonly general: readonly Diagnostic[];
}

function modelData(m: ReviewModel): ModelData {
  return {
    name: m.name,
    tasks: [...m.tasks.values()],
    parameters: [...m.parameters.values()],
    images: Object.fromEntries(m.images),
    ...(m.platform !== undefined ? { platform: m.platform } : {}),
  };
}

function model(d: ModelData): ReviewModel {
  return {
    name: d.name,
    tasks: new Map(d.tasks.map((t) => [t.key, t])),
    parameters: new Map(d.parameters.map((p) => [p.name, p])),
    images: new Map(Object.entries(d.images)),
    ...(d.platform !== undefined ? { platform: d.platform } : {}),
  };
}

export function toCheckResultFile(
  results: readonly PipelineCheckResult[],
  meta: Omit<CheckResultFile, 'kind' | 'version' | 'pipelines'>,
  passed: (r: PipelineCheckResult) => boolean,
): CheckResultFile {
  return {
    kind: CHECK_RESULT_KIND,
    version: CHECK_RESULT_VERSION,
    ...meta,
    pipelines: results.map((r) => ({
      pipeline: r.pipeline,
      source: r.source,
      verdict: r.removed ? 'removed' : passed(r) ? 'passed' : 'failed',
      compiled: r.compiled,
      valid: r.valid,
      ...(r.removed ? { removed: true } : {}),
      ...(r.unnamed ? { unnamed: true } : {}),
      baseState: r.baseState,
      diagnostics: r.diagnostics,
      policy: r.policy,
      ...(r.head ? { head: modelData(r.head) } : {}),
      ...(r.base ? { base: modelData(r.base) } : {}),
      ...(r.headDigest ? { headDigest: r.headDigest } : {}),
      ...(r.baseDigest ? { baseDigest: r.baseDigest } : {}),
      ...(r.schedules?.length ? { schedules: r.schedules } : {}),
    })),
  };
}

/** The results a file describes, diffs recomputed from its models. */
export function fromCheckResultFile(file: CheckResultFile): PipelineCheckResult[] {
  return file.pipelines.map((p) => {
    const head = p.head ? model(p.head) : undefined;
    const base = p.base ? model(p.base) : undefined;
    const diff = p.removed && base ? removalDiff(base) : head ? diffModels(base, head) : undefined;
    return {
      pipeline: p.pipeline,
      source: p.source,
      compiled: p.compiled,
      valid: p.valid,
      ...(p.removed ? { removed: true } : {}),
      ...(p.unnamed ? { unnamed: true } : {}),
      baseState: p.baseState,
      diagnostics: p.diagnostics,
      policy: p.policy,
      ...(head ? { head } : {}),
      ...(base ? { base } : {}),
      ...(diff ? { diff } : {}),
      ...(p.headDigest ? { headDigest: p.headDigest } : {}),
      ...(p.baseDigest ? { baseDigest: p.baseDigest } : {}),
      ...(p.schedules?.length ? { schedules: p.schedules } : {}),
    };
  });
}

let compiled: ValidateFunction | undefined;

/** Schema errors of a parsed check-result file, as `path: message` lines (empty when valid). */
export function checkResultErrors(value: unknown): string[] {
  compiled ??= new Ajv({ allErrors: false, strict: true }).compile(schema);
  if (compiled(value)) return [];
  return (compiled.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '(top level)'}: ${e.message ?? 'invalid'}`,
  );
}
