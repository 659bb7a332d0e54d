import { describe, expect, it } from '@jest/globals';
import { desiredSchedules, type SchedulePipeline } from '../../../src/core/schedules/desired.js';
import type { DesiredSchedule, ScheduleView } from '../../../src/core/schedules/model.js';
import {
  ownerPrefix,
  parseDisplayName,
  scheduleDisplayName,
} from '../../../src/core/schedules/names.js';
import { planSchedules, type PlanScope } from '../../../src/core/schedules/plan.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';

const REPO = 'acme/models';
const spec = {
  pipelineInfo: { name: 'bc' },
  schemaVersion: '2.1.0',
  root: {
    inputDefinitions: {
      parameters: {
        epochs: { parameterType: 'NUMBER_INTEGER', defaultValue: 1 },
        data: { parameterType: 'STRING', defaultValue: 'gs://d' },
      },
    },
    dag: { tasks: {} },
  },
  components: {},
  deploymentSpec: { executors: {} },
} as unknown as PipelineSpec;

const pipeline = (schedules: SchedulePipeline['schedules'], over: Partial<SchedulePipeline> = {}) =>
  ({
    name: 'bc',
    spec,
    parameters: { epochs: 2 },
    vertex: { project: 'p', region: 'europe-west4', pipelineRoot: 'gs://b/root' },
    schedules,
    ...over,
  }) satisfies SchedulePipeline;

const desire = (p: SchedulePipeline, commit = 'a'.repeat(40)) =>
  desiredSchedules(p, { repository: REPO, commit });

/** What Vertex would hold after creating `d` (and pausing it when asked). */
const held = (d: DesiredSchedule, id: string, over: Partial<ScheduleView> = {}): ScheduleView => ({
  ...d.fields,
  startTime: d.fields.startTime ?? '2026-12-01T00:00:00.000Z',
  name: `projects/p/locations/europe-west4/schedules/${id}`,
  state: d.paused ? 'PAUSED' : 'ACTIVE',
  createTime: `2026-12-01T00:00:0${id.length}.000Z`,
  ...over,
});

const scope: PlanScope = { repository: REPO, removed: 'delete' };

describe('desiredSchedules', () => {
  it('types parameters against the pipeline, schedule values over the pipeline values', () => {
    const { desired, diagnostics } = desire(
      pipeline([
        {
          name: 'nightly',
          cron: '0 3 * * *',
          timeZone: 'Europe/Berlin',
          parameters: { epochs: '5' },
        },
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(desired[0]!.fields).toMatchObject({
      displayName: 'kfp-action:acme/models/bc/nightly',
      cron: 'TZ=Europe/Berlin 0 3 * * *',
      maxConcurrentRunCount: 1,
      allowQueueing: false,
      job: {
        parameterValues: { epochs: 5 },
        labels: { 'kfp-schedule': 'nightly', 'kfp-pipeline': 'bc', 'managed-by': 'kfp-action' },
      },
    });
  });

  it('refuses a parameter the pipeline does not have, or of the wrong type, naming the schedule', () => {
    const { desired, diagnostics } = desire(
      pipeline([{ name: 'n', cron: '0 3 * * *', parameters: { epoch: 1, data: 3 } }]),
    );
    expect(desired).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^bc, schedule n: .*epoch/),
      expect.stringMatching(/^bc, schedule n: .*data/),
    ]);
  });

  it('keeps display names within 128 characters even with the longest names, and unique', () => {
    const repo = `${'o'.repeat(39)}/${'r'.repeat(100)}`;
    const a = scheduleDisplayName(repo, 'p'.repeat(128), 's'.repeat(63));
    const b = scheduleDisplayName(repo, 'p'.repeat(127), 's'.repeat(63));
    expect(a.length).toBeLessThanOrEqual(128);
    expect(b.length).toBeLessThanOrEqual(128);
    expect(a).not.toBe(b);
    expect(a.startsWith(ownerPrefix(repo))).toBe(true);
  });

  it('keeps display names within 128 characters and readable back', () => {
    const long = 'x'.repeat(120);
    const name = scheduleDisplayName('o'.repeat(39) + '/' + 'r'.repeat(100), long, 'nightly');
    expect(name.length).toBeLessThanOrEqual(128);
    expect(parseDisplayName('o'.repeat(39) + '/' + 'r'.repeat(100), name)?.schedule).toBe(
      'nightly',
    );
  });
});

describe('planSchedules', () => {
  const [nightly] = desire(pipeline([{ name: 'nightly', cron: '0 3 * * *' }])).desired;

  it('creates what is missing, then leaves it alone (idempotent)', () => {
    const first = planSchedules([nightly!], [], scope);
    expect(first.map((a) => [a.kind, a.ops.map((o) => o.op)])).toEqual([['create', ['create']]]);
    const again = planSchedules([nightly!], [held(nightly!, '1')], scope);
    expect(again.map((a) => [a.kind, a.ops])).toEqual([['leave', []]]);
  });

  it('leaves a schedule whose only difference is the commit it was set from', () => {
    const [later] = desire(
      pipeline([{ name: 'nightly', cron: '0 3 * * *' }]),
      'b'.repeat(40),
    ).desired;
    expect(planSchedules([later!], [held(nightly!, '1')], scope)[0]!.kind).toBe('leave');
  });

  it('updates with a field mask of exactly what changed', () => {
    const [changed] = desire(
      pipeline([
        { name: 'nightly', cron: '0 4 * * *', maxConcurrentRuns: 2, parameters: { epochs: 9 } },
      ]),
    ).desired;
    const [action] = planSchedules([changed!], [held(nightly!, '1')], scope);
    expect(action!.kind).toBe('update');
    expect(action!.ops).toEqual([
      expect.objectContaining({
        op: 'update',
        name: 'projects/p/locations/europe-west4/schedules/1',
        mask: ['cron', 'max_concurrent_run_count', 'create_pipeline_job_request'],
      }),
    ]);
    expect(action!.changes).toEqual([
      'cron: TZ=UTC 0 3 * * * → TZ=UTC 0 4 * * *',
      'max concurrent runs: 1 → 2',
      'parameters: {"epochs":2} → {"epochs":9}',
    ]);
  });

  it('pauses, and resumes with catch-up', () => {
    const [paused] = desire(
      pipeline([{ name: 'nightly', cron: '0 3 * * *', paused: true }]),
    ).desired;
    const pause = planSchedules([paused!], [held(nightly!, '1')], scope)[0]!;
    expect([pause.kind, pause.ops]).toEqual([
      'pause',
      [{ op: 'pause', name: 'projects/p/locations/europe-west4/schedules/1' }],
    ]);
    const [resumed] = desire(
      pipeline([{ name: 'nightly', cron: '0 3 * * *', catchUp: true }]),
    ).desired;
    const resume = planSchedules([resumed!], [held(paused!, '1')], scope)[0]!;
    expect(resume.ops).toEqual([
      { op: 'resume', name: 'projects/p/locations/europe-west4/schedules/1', catchUp: true },
    ]);
    expect(planSchedules([paused!], [], scope)[0]!.ops.map((o) => o.op)).toEqual([
      'create',
      'pause',
    ]);
  });

  it('creates again when a field would have to be unset, or a completed schedule changed', () => {
    const [ending] = desire(
      pipeline([{ name: 'nightly', cron: '0 3 * * *', endTime: '2027-01-01T00:00:00Z' }]),
    ).desired;
    const replace = planSchedules([nightly!], [held(ending!, '1')], scope)[0]!;
    expect(replace.kind).toBe('replace');
    expect(replace.ops.map((o) => o.op)).toEqual(['delete', 'create']);
    expect(replace.changes.at(-1)).toMatch(/no longer set: end 2027-01-01T00:00:00.000Z/);
    const done = held(nightly!, '1', { state: 'COMPLETED' });
    expect(planSchedules([nightly!], [done], scope)[0]!.kind).toBe('leave');
    const [changed] = desire(pipeline([{ name: 'nightly', cron: '0 5 * * *' }])).desired;
    expect(planSchedules([changed!], [done], scope)[0]!.kind).toBe('replace');
  });

  it('removes only owned schedules of pipelines in scope, by delete or pause', () => {
    const other = { ...held(nightly!, '2'), displayName: 'kfp-action:acme/other/bc/nightly' };
    const manual = { ...held(nightly!, '3'), displayName: 'nightly retrain (by hand)' };
    const gone = held(nightly!, '1');
    const plan = planSchedules([], [gone, other, manual], scope);
    expect(plan.map((a) => [a.kind, a.existing, a.pipeline, a.schedule])).toEqual([
      ['delete', gone.name, 'bc', 'nightly'],
    ]);
    expect(planSchedules([], [gone], { ...scope, pipelines: new Set(['x']) })).toEqual([]);
    const paused = planSchedules([], [gone], { ...scope, removed: 'pause' });
    expect(paused.map((a) => [a.kind, a.ops.map((o) => o.op)])).toEqual([['pause', ['pause']]]);
    const already = planSchedules([], [{ ...gone, state: 'PAUSED' }], {
      ...scope,
      removed: 'pause',
    });
    expect(already.map((a) => a.kind)).toEqual(['leave']);
  });

  it('never lets text read back from Vertex break a log line', () => {
    const crafted = {
      ...held(nightly!, '1'),
      displayName: 'kfp-action:acme/models/bc\n::error::owned/x\r',
      cron: 'TZ=UTC 0 3 * * *\n::add-mask::x',
    };
    const plan = planSchedules([nightly!], [crafted], scope);
    const text = JSON.stringify(plan.map((a) => [a.pipeline, a.schedule, a.changes]));
    expect(text).not.toMatch(/\\n|\\r/);
    expect(plan.find((a) => a.kind === 'delete')!.pipeline).toBe('bc\uFFFD::error::owned');
  });

  it('deletes a duplicate (a create whose answer was lost) and keeps the oldest', () => {
    const plan = planSchedules([nightly!], [held(nightly!, '22'), held(nightly!, '1')], scope);
    expect(plan.map((a) => [a.kind, a.existing])).toEqual([
      ['leave', 'projects/p/locations/europe-west4/schedules/1'],
      ['delete', 'projects/p/locations/europe-west4/schedules/22'],
    ]);
  });
});
