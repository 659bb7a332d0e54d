/**
 * `submit` with `job-name`: pick up a job that an earlier step started (`wait: false`, or a wait
 * that GitHub's job limit would have cut short) — attach to it by name, wait, read its metrics
 * and the pipeline's decision, gate it with the config entry of its `kfp-pipeline` label, and
 * report as a merge run does (merged-PR comment of its `kfp-commit`, summary, outputs).
 *
 * The job was not started here, so a cancelled workflow does not cancel it: this mode installs
 * no signal handler and tracks nothing for the post step; the training keeps going.
 */
import path from 'node:path';
import type { KfpActionConfig, PipelineEntry } from '../core/config/types.js';
import { UserError } from '../core/diagnostics.js';
import { aliasFor } from '../core/promotion/aliases.js';
import { LABEL_KEYS, labelValue } from '../core/promotion/labels.js';
import { SPEC_LABEL } from '../core/vertex/attach.js';
import type { Deps } from '../ports/deps.js';
import { publishOutcomes } from './submit-report.js';
import { gateJob } from './submit-pipeline.js';
import type { SubmitSettings } from './submit.js';
import { abortableSleep, waitForJob } from './wait-for-job.js';

export const JOB_NAME =
  /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([a-z][-a-z0-9]{0,127})$/;

/** The config, and the entry whose name gives the job's `kfp-pipeline` label, if any. */
async function entryFor(
  deps: Deps,
  settings: SubmitSettings,
  label: string | undefined,
): Promise<{ config?: KfpActionConfig; entry?: PipelineEntry }> {
  const common = settings.common;
  const display = path.relative(common.workingDirectory, common.configPath) || common.configPath;
  const file = await deps.workspace.readConfig(common.configPath, display);
  if (!file.exists) return {};
  if (!file.config) throw new UserError(`the config file ${display} has errors`, file.diagnostics);
  const entry = file.config.pipelines.find((e) => e.name && labelValue(e.name) === label);
  if (!entry)
    deps.logger.warning(
      `no config entry is named after the job's ${LABEL_KEYS.pipeline} label "${label ?? ''}": no decision output and no gates are applied`,
    );
  return { config: file.config, ...(entry ? { entry } : {}) };
}

export async function pickUpJob(
  settings: SubmitSettings,
  version: string,
  deps: Deps,
  waitMinutes: number,
): Promise<number> {
  const match = JOB_NAME.exec(settings.jobName);
  if (!match) {
    throw new UserError(
      `job-name "${settings.jobName}" is not projects/{project}/locations/{region}/pipelineJobs/{id} (the job-name output of submit)`,
      [],
      2,
    );
  }
  const location = { project: match[1]!, region: match[2]! };
  const vertex = await deps.vertex(location.region);
  try {
    const log = deps.logger;
    const found = await vertex.pipelines.getPipelineJob(settings.jobName);
    const label = found.labels[LABEL_KEYS.pipeline];
    const { config, entry } = await entryFor(deps, settings, label);
    const name = entry?.name ?? label ?? match[3]!;
    log.info(`picked up ${found.name} (${found.state}); waiting at most ${waitMinutes} minutes`);
    const waited = await waitForJob(vertex.pipelines, found, {
      delayMs: (attempt) => vertex.pollDelayMs(attempt),
      timeoutMs: waitMinutes * 60_000,
      sleep: abortableSleep,
      now: Date.now,
      logger: log.withNamespace(name),
    });
    const commitLabel = found.labels[LABEL_KEYS.commit] ?? '';
    const commit = /^[0-9a-f]{40}$/.test(commitLabel) ? commitLabel : (deps.env.GITHUB_SHA ?? '');
    const spec = found.labels[SPEC_LABEL];
    const outcome = await gateJob(
      {
        name,
        ...(entry ? { entry } : {}),
        pipelineRoot: entry?.vertex?.pipelineRoot ?? config?.vertex?.pipelineRoot ?? '',
        location,
        job: waited.job,
        attached: 'picked-up',
        ending: waited.kind,
        passedOver: [],
        specDigest: spec ? `sha256:${spec}` : '',
      },
      vertex,
      {
        baselineAlias: aliasFor(config?.environments?.at(-1)?.name ?? 'production'),
        logger: log.withNamespace(name),
      },
    );
    const failed = await publishOutcomes(
      [outcome],
      { settings, commit, version, waitMinutes },
      deps,
    );
    return failed ? 1 : 0;
  } finally {
    await vertex.close();
  }
}
