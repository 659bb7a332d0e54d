/**
 * `schedules` — on merge, after (or instead of) `submit`: make Vertex AI's schedules match the
 * `schedules:` of the config, for the pipelines compiled from the checked-out (merge) commit.
 * A straight line: compile → desired schedules (parameters checked against each pipeline's
 * inputs) → list the schedules this repository owns → plan (src/core/schedules/plan.ts) → carry
 * the plan out call by call → log each change, write the job summary. Re-running it changes
 * nothing more. See docs/vertex.md, "Schedules".
 */
import { vertexOverrides, VERTEX_OVERRIDE_FLAGS } from '../settings/vertex.js';
import { splitSourceList } from '../core/compile/sources.js';
import type { VertexSettings } from '../core/config/types.js';
import { isError, UserError, type Diagnostic } from '../core/diagnostics.js';
import { describeError } from '../core/errors.js';
import { renderScheduleActions } from '../core/report/schedules.js';
import { desiredSchedules } from '../core/schedules/desired.js';
import type { DesiredSchedule, ScheduleView } from '../core/schedules/model.js';
import { ownerPrefix } from '../core/schedules/names.js';
import { planSchedules, type ScheduleAction } from '../core/schedules/plan.js';
import type { Deps } from '../ports/deps.js';
import type { Logger } from '../ports/logger.js';
import type { ScheduleService, VertexLocation } from '../ports/vertex.js';
import { flag, parseBoolean, type ParsedArgs } from '../settings/args.js';
import { compiledDir, outputBase, type CommonSettings } from '../settings/common.js';
import type { CommandDefinition } from './command.js';
import { compilePipelines, type CompileRun } from './compile-pipelines.js';
import { resolveVertex } from './submit-pipeline.js';

export interface SchedulesSettings {
  readonly common: CommonSettings;
  /** Explicit sources; empty = every pipeline of the config (and removals across all of them). */
  readonly sources: readonly string[];
  readonly outputBase: string;
  /** Inputs over the config's `vertex` (project, region, pipeline root, service account). */
  readonly vertex: VertexSettings;
  /** What happens to an owned schedule the config no longer has. */
  readonly removed: 'delete' | 'pause';
  /** Plan and report only; change nothing. */
  readonly dryRun: boolean;
}

function build(
  common: CommonSettings,
  get: (name: string) => string | undefined,
  sources: string[],
): SchedulesSettings {
  const removed = (get('removed-schedules') ?? '').trim() || 'delete';
  if (removed !== 'delete' && removed !== 'pause') {
    throw new UserError(
      `removed-schedules must be "delete" or "pause", got "${removed}" (code schedules/bad-input)`,
      [
        {
          code: 'schedules/bad-input',
          severity: 'error',
          message: `removed-schedules must be "delete" or "pause", got "${removed}"`,
        },
      ],
      2,
    );
  }
  return {
    common,
    sources,
    outputBase: outputBase(common, get('output-dir')),
    vertex: vertexOverrides(get),
    removed,
    dryRun: parseBoolean('dry-run', get('dry-run'), false),
  };
}

const VALUE_FLAGS = ['output-dir', ...VERTEX_OVERRIDE_FLAGS, 'removed-schedules', 'dry-run'];

/** Carries out one action's calls in order; a pause/resume without a name means the schedule
 * the action just created. */
async function apply(action: ScheduleAction, service: ScheduleService, log: Logger) {
  let created: ScheduleView | undefined;
  for (const op of action.ops) {
    switch (op.op) {
      case 'create':
        created = await service.createSchedule(action.location, op.fields);
        log.info(`created ${created.name} (${action.displayName})`);
        break;
      case 'update':
        await service.updateSchedule(op.name, op.fields, op.mask);
        log.info(`updated ${op.name}: ${op.mask.join(', ')}`);
        break;
      case 'pause': {
        const name = op.name ?? created?.name;
        if (!name) throw new Error('pause of a schedule that was not created');
        await service.pauseSchedule(name);
        log.info(`paused ${name}`);
        break;
      }
      case 'resume': {
        const name = op.name ?? created?.name;
        if (!name) throw new Error('resume of a schedule that was not created');
        await service.resumeSchedule(name, op.catchUp);
        log.info(`resumed ${name}${op.catchUp ? ' with catch-up' : ''}`);
        break;
      }
      case 'delete':
        await service.deleteSchedule(op.name);
        log.info(`deleted ${op.name}`);
        break;
    }
  }
}

/**
 * The schedules the config asks for (parameters checked against each compiled pipeline), and
 * every location whose owned schedules are looked at: each pipeline's, and the top-level one.
 */
function desiredFromConfig(
  compiled: CompileRun,
  settings: SchedulesSettings,
  origin: { repository: string; commit: string; log: Logger },
): { desired: DesiredSchedule[]; problems: Diagnostic[]; locations: Map<string, VertexLocation> } {
  const config = compiled.config;
  const desired: DesiredSchedule[] = [];
  const problems: Diagnostic[] = [];
  const locations = new Map<string, VertexLocation>();
  const note = (v: VertexSettings) => {
    if (v.project && v.region)
      locations.set(`${v.project}/${v.region}`, { project: v.project, region: v.region });
  };
  note({ ...config?.vertex, ...settings.vertex });
  for (const c of compiled.compiled) {
    const entry = c.entryIndex !== undefined ? config?.pipelines[c.entryIndex] : undefined;
    const schedules = entry?.schedules ?? [];
    if (schedules.length === 0) {
      note({ ...config?.vertex, ...entry?.vertex, ...settings.vertex });
      continue;
    }
    const vertex = resolveVertex(config, entry, settings.vertex, c.name);
    note(vertex);
    const loaded = c.loaded;
    if (!loaded) throw new UserError(`cannot read the compiled ${c.file}`, []);
    const result = desiredSchedules(
      {
        name: c.name,
        spec: loaded.spec,
        parameters: entry?.parameters ?? {},
        vertex,
        schedules,
      },
      { repository: origin.repository, commit: origin.commit },
    );
    for (const change of result.labelChanges)
      origin.log.warning(`label rewritten to fit Vertex's rules: ${change}`);
    desired.push(...result.desired);
    problems.push(...result.diagnostics);
  }
  return { desired, problems, locations };
}

/** Carries out the plan action by action (logging each); one failure does not stop the others.
 * Returns the actions that failed, with why. */
async function carryOut(
  actions: readonly ScheduleAction[],
  dryRun: boolean,
  serviceFor: (l: VertexLocation) => Promise<ScheduleService>,
  deps: Deps,
): Promise<Map<ScheduleAction, string>> {
  const failed = new Map<ScheduleAction, string>();
  for (const action of actions) {
    const scoped = deps.logger.withNamespace(`${action.pipeline}/${action.schedule}`);
    const said = action.changes.length ? `: ${action.changes.join('; ')}` : '';
    if (action.kind === 'leave') {
      scoped.info(`unchanged${said}`);
      continue;
    }
    if (dryRun) {
      scoped.info(`would ${action.kind}${said}`);
      continue;
    }
    scoped.info(`${action.kind}${said}`);
    try {
      await apply(action, await serviceFor(action.location), scoped);
    } catch (error) {
      const { message, stack } = describeError(error);
      if (stack) scoped.debug(stack);
      failed.set(action, message.split('\n')[0]!);
      const diagnostics = error instanceof UserError ? error.diagnostics : [];
      deps.edge.report(
        diagnostics.length > 0
          ? diagnostics
          : [
              {
                code: 'schedules/apply-failed',
                severity: 'error',
                message: `${action.pipeline}/${action.schedule}: ${action.kind} failed: ${message}`,
              },
            ],
      );
    }
  }
  return failed;
}

async function run(settings: SchedulesSettings, deps: Deps): Promise<number> {
  const log = deps.logger;
  const repository = deps.env.GITHUB_REPOSITORY?.trim();
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError(
      'schedules needs GITHUB_REPOSITORY (owner/repo): the schedules this repository owns are named after it. Set it when running outside GitHub Actions (code schedules/no-repository)',
      [
        {
          code: 'schedules/no-repository',
          severity: 'error',
          message: 'GITHUB_REPOSITORY is not set to owner/repo',
        },
      ],
    );
  }
  const compiled = await compilePipelines(
    {
      common: settings.common,
      sources: settings.sources,
      outputDir: compiledDir(settings.outputBase),
    },
    deps,
  );
  deps.edge.report(compiled.diagnostics);
  if (compiled.diagnostics.some(isError)) {
    log.error('the pipelines did not compile and validate; no schedule was changed');
    return 1;
  }
  const commit = deps.env.GITHUB_SHA || (await (await deps.git()).tryResolveCommit('HEAD'));
  if (!commit)
    throw new UserError('cannot tell the commit: GITHUB_SHA is not set and HEAD does not resolve');

  const { desired, problems, locations } = desiredFromConfig(compiled, settings, {
    repository,
    commit,
    log,
  });
  if (problems.length > 0) {
    deps.edge.report(problems);
    log.error(`${problems.length} schedule parameter problem(s); no schedule was changed`);
    return 1;
  }

  // What Vertex holds, location by location.
  const open = deps.schedules;
  if (!open) throw new Error('this composition has no ScheduleService (Deps.schedules)');
  const services = new Map<string, ScheduleService>();
  const serviceFor = async (l: VertexLocation) => {
    let s = services.get(l.region);
    if (!s) services.set(l.region, (s = await open(l.region)));
    return s;
  };
  try {
    const existing: ScheduleView[] = [];
    for (const l of locations.values()) {
      const listed = await (await serviceFor(l)).listSchedules(l, ownerPrefix(repository));
      log.info(
        `${listed.length} schedule(s) of ${repository} in projects/${l.project}/locations/${l.region}`,
      );
      existing.push(...listed);
    }
    const scope = {
      repository,
      removed: settings.removed,
      ...(settings.sources.length > 0
        ? { pipelines: new Set(compiled.compiled.map((c) => c.name)) }
        : {}),
    };
    const actions = planSchedules(desired, existing, scope);

    const failed = await carryOut(actions, settings.dryRun, serviceFor, deps);
    const counts = Object.entries(
      actions.reduce<Record<string, number>>(
        (acc, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }),
        {},
      ),
    )
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    log.info(`schedules: ${counts || 'none'}${settings.dryRun ? ' (dry run)' : ''}`);
    deps.edge.setOutput(
      'schedule-changes',
      String(actions.filter((a) => a.kind !== 'leave').length),
    );
    await deps.edge.appendSummary(
      renderScheduleActions(actions, new Date(), { dryRun: settings.dryRun, failed }),
    );
    return failed.size > 0 ? 1 : 0;
  } finally {
    await Promise.all([...services.values()].map((s) => s.close()));
  }
}

export const schedulesCommand: CommandDefinition<SchedulesSettings> = {
  name: 'schedules',
  summary: 'make the Vertex AI schedules match the schedules in the config (on merge)',
  usage: [
    'Usage: kfp-action schedules [sources…] [options]',
    '',
    'Compiles the pipelines (default: every one in the config file) and makes the Vertex AI',
    "schedules this repository owns match each pipeline's `schedules:` — creates, updates (field",
    'mask), pauses, resumes, deletes — and leaves everything else alone. Owned schedules are',
    'named `kfp-action:{GITHUB_REPOSITORY}/{pipeline}/{schedule}`. Re-running changes nothing.',
    '',
    '  --project ID              Google Cloud project (over the config)',
    '  --region REGION           Vertex AI region (over the config)',
    '  --pipeline-root GS_URI    runtimeConfig.gcsOutputDirectory of the scheduled runs',
    '  --service-account SA      service account the scheduled runs use',
    '  --removed-schedules MODE  delete (default) or pause an owned schedule the config dropped',
    '  --dry-run true|false      plan and report only (default false)',
    '  --output-dir DIR          base folder for the compiled IR (default .kfp-action)',
    '',
    'Needs GITHUB_REPOSITORY (owner/repo) and Application Default Credentials with',
    'roles/aiplatform.user. See docs/vertex.md, "Schedules".',
    'Exit: 0 in line with the config, 1 a pipeline or a schedule is wrong or a change failed, 2 usage.',
  ].join('\n'),
  cliFlags: { values: VALUE_FLAGS, switches: [] },
  fromArgs: (args: ParsedArgs, common) =>
    build(common, (n) => flag(args, n), [...args.positionals]),
  fromInputs: (input, common) =>
    build(common, (n) => input(n) || undefined, splitSourceList(input('pipelines'))),
  run,
};
