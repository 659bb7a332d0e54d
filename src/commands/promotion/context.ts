/**
 * What promote and rollback share: the config (pipeline entry, environment order, locations),
 * and for promote, the run being promoted with its final decision. Everything the rules need is
 * gathered here; nothing moves yet.
 */
import path from 'node:path';
import type {
  EnvironmentSettings,
  KfpActionConfig,
  PipelineEntry,
} from '../../core/config/types.js';
import { UserError } from '../../core/diagnostics.js';
import {
  evaluateGates,
  type BaselineMetrics,
  type GateOutcome,
} from '../../core/gates/evaluate.js';
import { aliasFor } from '../../core/promotion/aliases.js';
import { labelValue, LABEL_KEYS, modelIdFor } from '../../core/promotion/labels.js';
import { findEnvironment, type OidcPolicy } from '../../core/promotion/rules.js';
import type { RunResult } from '../../core/result/model.js';
import { toRunResult } from '../../core/vertex/run-result.js';
import type { Deps } from '../../ports/deps.js';
import type { PipelineJobView, VertexLocation } from '../../ports/vertex.js';
import type { CommonSettings } from '../../settings/common.js';

export interface PromotionTargetSettings {
  readonly common: CommonSettings;
  /** The target GitHub Environment. */
  readonly environment: string;
  /** The config entry's `name` (pipelineInfo.name); default: from the job, or the only model. */
  readonly pipeline?: string;
  readonly project?: string;
  readonly region?: string;
  /** Longest wait for one long-running operation, in minutes. */
  readonly timeoutMinutes: number;
  readonly comment: boolean;
  readonly githubToken: string;
  /** `skip-environment-check`: go on when no OIDC token proves the job's environment. */
  readonly skipEnvironmentCheck: boolean;
}

/** How promote and rollback treat a missing OIDC token (fail closed on GitHub Actions). */
export function oidcPolicy(
  settings: PromotionTargetSettings,
  env: Readonly<Record<string, string | undefined>>,
): OidcPolicy {
  return { onGitHubActions: env.GITHUB_ACTIONS === 'true', optOut: settings.skipEnvironmentCheck };
}

export interface PromotionScope {
  readonly config: KfpActionConfig;
  readonly entry: PipelineEntry;
  /** The pipeline name used for the model, the endpoint and the PR comment marker. */
  readonly pipeline: string;
  /** `models/{modelId}` in the registry. */
  readonly modelId: string;
  readonly modelDisplayName: string;
  /** Where the Model Registry is (the pipeline's Vertex project and region). */
  readonly registry: VertexLocation;
  /** The target environment's settings, or undefined when it is not configured (refused later). */
  readonly target?: EnvironmentSettings;
  /** Where the target's endpoint is (its own project/region, else the registry's). */
  readonly endpoints: VertexLocation;
  readonly order: readonly string[];
}

const configError = (message: string) =>
  new UserError(message, [{ code: 'promote/config', severity: 'error', message }]);

export async function loadConfig(common: CommonSettings, deps: Deps): Promise<KfpActionConfig> {
  const display = path.relative(common.workingDirectory, common.configPath) || common.configPath;
  const file = await deps.workspace.readConfig(common.configPath, display);
  if (!file.exists) {
    throw configError(
      `the config file ${display} does not exist; promotion needs its \`environments\` and the pipeline's \`model\` section (docs/promotion.md). \`kfp-action init\` writes a commented config for the pipelines of this repository`,
    );
  }
  if (!file.config) {
    throw new UserError(`the config file ${display} has errors (see above)`, file.diagnostics);
  }
  return file.config;
}

/** The config entry of a pipeline: by name, by the job's `kfp-pipeline` label, or the only one with a model. */
export function selectEntry(
  config: KfpActionConfig,
  wanted: string | undefined,
  jobLabel: string | undefined,
): { entry: PipelineEntry; pipeline: string } {
  const named = config.pipelines.filter((e) => e.name);
  if (wanted) {
    const entry = named.find((e) => e.name === wanted);
    if (!entry) {
      throw configError(
        `pipeline "${wanted}" has no entry in the config (named entries: ${named.map((e) => e.name).join(', ') || 'none'}); add \`name: ${wanted}\` to its entry`,
      );
    }
    return { entry, pipeline: wanted };
  }
  if (jobLabel) {
    const entry = named.find((e) => labelValue(e.name!) === jobLabel);
    if (entry) return { entry, pipeline: entry.name! };
  }
  const withModel = config.pipelines.filter((e) => e.model);
  if (withModel.length === 1) {
    const entry = withModel[0]!;
    const pipeline = entry.name ?? jobLabel ?? entry.model!.displayName;
    if (pipeline) return { entry, pipeline };
  }
  throw configError(
    `cannot tell which pipeline to promote${jobLabel ? ` (the job's ${LABEL_KEYS.pipeline} label is "${jobLabel}")` : ''}; set the \`pipeline\` input (CLI: --pipeline) to the \`name\` of its config entry`,
  );
}

export function resolveScope(
  settings: PromotionTargetSettings,
  config: KfpActionConfig,
  selected: { entry: PipelineEntry; pipeline: string },
): PromotionScope {
  const { entry, pipeline } = selected;
  const project = settings.project || entry.vertex?.project || config.vertex?.project;
  const region = settings.region || entry.vertex?.region || config.vertex?.region;
  if (!project || !region) {
    throw configError(
      `pipeline ${pipeline}: vertex.project and vertex.region must be set (config file, or the \`project\`/\`region\` inputs) to find its model`,
    );
  }
  const registry = { project, region };
  const environments = config.environments ?? [];
  const { settings: target } = findEnvironment(environments, settings.environment);
  const modelDisplayName = entry.model?.displayName ?? pipeline;
  return {
    config,
    entry,
    pipeline,
    modelId: modelIdFor(modelDisplayName),
    modelDisplayName,
    registry,
    ...(target ? { target } : {}),
    endpoints: { project: target?.project ?? project, region: target?.region ?? region },
    order: environments.map((e) => e.name),
  };
}

/** The endpoint display name of an environment: its `endpoint`, else `{pipeline}-{environment}`. */
export function endpointName(scope: PromotionScope, environment: EnvironmentSettings): string {
  return environment.endpoint ?? `${scope.pipeline}-${aliasFor(environment.name)}`;
}

export interface RunToPromote {
  readonly job: PipelineJobView;
  readonly run: RunResult;
  readonly runId: string;
  readonly commit?: string;
  readonly outcome: GateOutcome;
  readonly baselineLabel?: string;
}

/** The run's final decision, gated exactly as submit gated it (baseline: the last environment). */
export async function readRun(
  deps: Deps,
  scope: PromotionScope,
  job: PipelineJobView,
  readBaseline: (alias: string) => Promise<BaselineMetrics | undefined>,
): Promise<RunToPromote> {
  const run = toRunResult(job, { pipelineName: scope.pipeline, location: scope.registry });
  const wantsBaseline = (scope.entry.gates ?? []).some((g) => g.maxRegression !== undefined);
  const last = scope.order.at(-1);
  const baseline = wantsBaseline && last ? await readBaseline(aliasFor(last)) : undefined;
  const outcome = evaluateGates(run, scope.entry, baseline);
  const commit = job.labels[LABEL_KEYS.commit] || deps.env.GITHUB_SHA || undefined;
  return {
    job,
    run,
    runId: job.name.split('/').pop() ?? job.name,
    ...(commit ? { commit } : {}),
    outcome,
    ...(baseline ? { baselineLabel: baseline.label } : {}),
  };
}
