import { describe, expect, it } from '@jest/globals';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import {
  renderScheduleActions,
  renderScheduleChanges,
} from '../../../src/core/report/schedules.js';
import { diffScheduleConfigs } from '../../../src/core/schedules/config-diff.js';
import { desiredSchedules } from '../../../src/core/schedules/desired.js';
import { planSchedules } from '../../../src/core/schedules/plan.js';
import { reviewSchedules } from '../../../src/core/schedules/review.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';
import { renderGitHub, visible } from '../../support/markdown/github-render.js';
import { ctx, HOSTILE, result } from '../report/pr-comment-fixtures.js';

const NOW = new Date('2026-12-07T20:00:00Z');

describe('diffScheduleConfigs', () => {
  it('names added, changed (each setting, defaults applied) and removed schedules', () => {
    const changes = diffScheduleConfigs(
      [
        { name: 'nightly', cron: '0 3 * * *' },
        { name: 'old', cron: '0 1 * * *' },
        { name: 'same', cron: '0 2 * * *', maxConcurrentRuns: 1 },
      ],
      [
        { name: 'nightly', cron: '0 4 * * *', timeZone: 'UTC', paused: true },
        { name: 'same', cron: '0 2 * * *' },
        { name: 'new', cron: '0 5 * * 1', timeZone: 'Asia/Tokyo' },
      ],
    );
    expect(changes.map((c) => [c.kind, c.name, c.changes])).toEqual([
      ['changed', 'nightly', ['cron: 0 3 * * * → 0 4 * * *', 'paused: false → true']],
      ['added', 'new', []],
      ['removed', 'old', []],
    ]);
  });
});

describe('the PR comment section', () => {
  it('shows each change with the next three runs in the schedule’s zone', () => {
    const text = renderScheduleChanges(
      diffScheduleConfigs(
        [{ name: 'gone', cron: '0 1 * * *' }],
        [{ name: 'weekly', cron: '0 6 * * 1', timeZone: 'America/New_York' }],
      ),
      NOW,
    );
    expect(text).toContain('#### Schedules (2 changes)');
    expect(text).toContain(
      '| `weekly` | ➕ added | `0 6 * * 1` America/New&#95;York | Mon 2026&#45;12&#45;14 06&#58;00 GMT&#45;5<br>Mon 2026&#45;12&#45;21 06&#58;00 GMT&#45;5<br>Mon 2026&#45;12&#45;28 06&#58;00 GMT&#45;5 |',
    );
    expect(text).toContain(
      '| `gone` | ➖ removed | `0 1 * * *` UTC: its Vertex schedule is deleted on merge (paused with `removed-schedules: pause`) | — |',
    );
  });

  it('escapes hostile parameter values, and stops at the end time; paused shows no runs', () => {
    const text = renderScheduleChanges(
      diffScheduleConfigs(
        [{ name: 'a', cron: '0 3 * * *', parameters: { x: 'ok' } }],
        [
          { name: 'a', cron: '0 3 * * *', parameters: { x: HOSTILE[0]! } },
          { name: 'b', cron: '0 3 * * *', endTime: '2026-12-09T00:00:00Z' },
          { name: 'c', cron: '0 3 * * *', paused: true },
        ],
      ),
      NOW,
    );
    expect(text).not.toMatch(/<img|onerror=/);
    expect(text).toContain(
      '&#60;img src&#61;x onerror&#61;alert(1)&#62;'.replace('(', '&#40;').replace(')', '&#41;'),
    );
    expect(text).toMatch(/\| `b` \| ➕ added \| .* \| Tue 2026&#45;12&#45;08 03&#58;00 UTC \|/);
    expect(text).toContain('| `c` | ➕ added | `0 3 * * *` UTC (paused) | paused: none |');
  });

  it('renders hostile values exactly and makes nothing live, in GitHub’s renderer', () => {
    const changes = diffScheduleConfigs(
      [{ name: 'a', cron: '0 3 * * *', parameters: { x: 'ok' } }],
      HOSTILE.map((h, i) => ({
        name: i === 0 ? 'a' : `h${i}`,
        cron: '0 3 * * *',
        parameters: { x: h },
      })),
    );
    const actions = renderScheduleActions(
      planSchedules([], [], { repository: 'o/r', removed: 'delete' }),
      NOW,
    );
    const [section, summary] = renderGitHub([renderScheduleChanges(changes, NOW), actions]);
    expect(section!.problems).toEqual([]);
    expect(summary!.problems).toEqual([]);
    for (const h of HOSTILE)
      expect(visible(section!.text)).toContain(JSON.stringify(h).slice(1, 20));
  });

  it('is part of the pipeline’s comment when the PR changes a schedule, and absent otherwise', () => {
    const base = result('bc');
    const time = '2026-12-07T20:00:00Z';
    const withSchedules = {
      ...base,
      schedules: diffScheduleConfigs([], [{ name: 'nightly', cron: '0 3 * * *' }]),
    };
    expect(renderPrComment(withSchedules, { ...ctx, time }).body).toContain(
      '| `nightly` | ➕ added |',
    );
    expect(renderPrComment(base, { ...ctx, time }).body).not.toContain('#### Schedules');
  });
});

describe('reviewSchedules (PR check)', () => {
  const spec = {
    root: { inputDefinitions: { parameters: { seed: { parameterType: 'NUMBER_INTEGER' } } } },
  } as unknown as PipelineSpec;
  it('checks schedule parameters against the compiled pipeline, with the config path', () => {
    const review = reviewSchedules({
      pipeline: 'bc',
      spec,
      head: {
        source: 'p.py',
        schedules: [{ name: 'n', cron: '0 3 * * *', parameters: { sed: 1 } }],
      },
      headIndex: 0,
      compared: false,
      configFile: 'kfp-action.yaml',
    });
    expect(review.changes).toBeUndefined();
    expect(review.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'kfp-action.yaml',
          path: 'pipelines[0].schedules[0].parameters',
          message: expect.stringMatching(/^schedule n: .*"sed"/),
        }),
        expect.objectContaining({ code: 'parameter/missing' }),
      ]),
    );
  });
});

describe('the job summary of a reconciliation', () => {
  const spec = { root: {} } as unknown as PipelineSpec;
  const { desired } = desiredSchedules(
    {
      name: 'bc',
      spec,
      parameters: {},
      vertex: { project: 'p', region: 'europe-west4', pipelineRoot: 'gs://b' },
      schedules: [{ name: 'nightly', cron: '0 3 * * *', timeZone: 'Europe/Berlin' }],
    },
    { repository: 'o/r', commit: 'c'.repeat(40) },
  );
  const actions = planSchedules(desired, [], { repository: 'o/r', removed: 'delete' });

  it('says what was done, with the next runs', () => {
    const text = renderScheduleActions(actions, NOW);
    expect(text).toContain(
      '| `bc` | `nightly` | ➕ created | — | Tue 2026&#45;12&#45;08 03&#58;00 CET',
    );
  });
  it('says what would be done in a dry run, and marks a failed change', () => {
    expect(renderScheduleActions(actions, NOW, { dryRun: true })).toMatch(
      /dry run: nothing was changed[\s\S]*➕ to create/,
    );
    const failed = new Map([[actions[0]!, 'PERMISSION_DENIED: <b>no</b>']]);
    const text = renderScheduleActions(actions, NOW, { failed });
    expect(text).toContain('❌ create: failed');
    expect(text).toContain('PERMISSION&#95;DENIED&#58; &#60;b&#62;no&#60;/b&#62;');
  });
});
