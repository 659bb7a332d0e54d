import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import {
  cronProblem,
  formatInZone,
  isTimeZone,
  nextRunTimes,
  splitVertexCron,
  vertexCron,
} from '../../../src/core/schedules/cron.js';

const FILE = 'kfp-action.yaml';
const config = (schedule: string) =>
  `version: 1\npipelines:\n  - source: p.py\n    name: p\n    schedules:\n${schedule}`;

describe('config schedules', () => {
  it('accepts a complete schedule', () => {
    const { config: loaded, diagnostics } = loadConfig(
      config(
        [
          '      - name: nightly',
          '        cron: "0 3 * * 1-5"',
          '        timeZone: Europe/Berlin',
          '        parameters: { epochs: 3 }',
          '        maxConcurrentRuns: 2',
          '        startTime: 2027-01-01T00:00:00Z',
          '        endTime: 2027-06-01T00:00:00+02:00',
          '        maxRunCount: 20',
          '        allowQueueing: true',
          '        catchUp: true',
          '        paused: false',
          '',
        ].join('\n'),
      ),
      FILE,
    );
    expect(diagnostics).toEqual([]);
    expect(loaded?.pipelines[0]?.schedules?.[0]).toMatchObject({
      name: 'nightly',
      maxRunCount: 20,
    });
  });

  it.each([
    ['        cron: "61 3 * * *"\n', 'config/bad-cron', 7, /Invalid value for minute: 61/],
    ['        cron: "0 0 3 * * *"\n', 'config/bad-cron', 7, /five fields .* has 6/],
    ['        cron: "@daily"\n', 'config/bad-cron', 7, /nicknames/],
    ['        cron: "0 3 L * *"\n', 'config/bad-cron', 7, /"L" is not a unix cron field/],
    ['        cron: "TZ=UTC 0 3 * * *"\n', 'config/bad-cron', 7, /timeZone/],
    ['        cron: "0 3 30 2 *"\n', 'config/bad-cron', 7, /names no time that exists/],
    [
      '        cron: "0 3 * * *"\n        timeZone: Mars/Olympus\n',
      'config/bad-time-zone',
      8,
      /not an IANA time zone/,
    ],
    [
      '        cron: "0 3 * * *"\n        startTime: 2027-02-01T00:00:00Z\n        endTime: 2027-01-01T00:00:00Z\n',
      'config/bad-time',
      9,
      /not after startTime/,
    ],
    [
      '        cron: "0 3 * * *"\n        startTime: 2027-02-30T00:00:00Z\n',
      'config/bad-time',
      8,
      /not a real time/,
    ],
  ])('refuses %j with its line', (rest, code, line, message) => {
    const { config: loaded, diagnostics } = loadConfig(config(`      - name: s\n${rest}`), FILE);
    expect(loaded).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code, line, file: FILE, message: expect.stringMatching(message) }),
    );
  });

  it('refuses a duplicate schedule name, a bad name and a bad count through the schema', () => {
    const dup = loadConfig(
      config('      - { name: a, cron: "0 3 * * *" }\n      - { name: a, cron: "0 4 * * *" }\n'),
      FILE,
    );
    expect(dup.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'config/duplicate-schedule', line: 7 }),
    );
    const bad = loadConfig(
      config('      - { name: Nightly, cron: "0 3 * * *", maxConcurrentRuns: 0, pausd: true }\n'),
      FILE,
    );
    const codes = bad.diagnostics.map((d) => [d.code, d.line, d.path]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['config/bad-value', 6, 'pipelines[0].schedules[0].name'],
        ['config/bad-value', 6, 'pipelines[0].schedules[0].maxConcurrentRuns'],
        ['config/unknown-key', 6, 'pipelines[0].schedules[0]'],
      ]),
    );
    expect(bad.diagnostics.find((d) => d.code === 'config/unknown-key')?.message).toContain(
      'did you mean "paused"?',
    );
  });
});

describe('cron helpers (croner)', () => {
  it('gives the next runs in the zone, across a daylight-saving change', () => {
    const runs = nextRunTimes('30 2 * * *', 'Europe/Berlin', new Date('2027-03-27T12:00:00Z'), 3);
    // 28 March 2027: 02:30 does not exist in Berlin (clocks jump 02:00 → 03:00); croner runs
    // it at the jump.
    expect(runs.map((d) => formatInZone(d, 'Europe/Berlin'))).toEqual([
      'Sun 2027-03-28 03:00 CEST',
      expect.stringMatching(/^Mon 2027-03-29 02:30 /),
      expect.stringMatching(/^Tue 2027-03-30 02:30 /),
    ]);
  });

  it('writes and reads the TZ= prefix Vertex stores', () => {
    expect(vertexCron(' 0  3 * * 1 ', 'America/New_York')).toBe('TZ=America/New_York 0 3 * * 1');
    expect(splitVertexCron('CRON_TZ=Asia/Tokyo 5 * * * *')).toEqual({
      timeZone: 'Asia/Tokyo',
      cron: '5 * * * *',
    });
    expect(splitVertexCron('5 * * * *')).toEqual({ timeZone: 'UTC', cron: '5 * * * *' });
  });

  it('knows IANA zones (through croner), and refuses offsets and made-up names', () => {
    for (const ok of [
      'UTC',
      'Europe/Berlin',
      'America/Argentina/Buenos_Aires',
      'EST5EDT',
      'Etc/GMT+5',
    ])
      expect(isTimeZone(ok)).toBe(true);
    for (const bad of ['Mars/Olympus', '+05:00', 'Europe/', '', 'Europe/Berlin\n'])
      expect(isTimeZone(bad)).toBe(false);
  });

  it('accepts month and day names, lists, ranges and steps', () => {
    for (const ok of ['*/15 * * * *', '0 9-17/2 * JAN,JUL MON-FRI', '0 0 1,15 * *'])
      expect(cronProblem(ok)).toBeUndefined();
  });
});
