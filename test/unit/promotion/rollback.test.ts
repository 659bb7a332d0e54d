import { describe, expect, it } from '@jest/globals';
import { selectRollbackTarget } from '../../../src/core/promotion/rollback.js';
import type { EndpointState, ModelVersion } from '../../../src/core/promotion/types.js';

const MODEL = 'projects/p/locations/r/models/bc';
const v = (versionId: string, aliases: string[] = []): ModelVersion => ({
  model: MODEL,
  versionId,
  displayName: 'bc',
  aliases,
  labels: {},
});
const endpoint = (versions: string[]): EndpointState => ({
  name: 'projects/p/locations/r/endpoints/1',
  displayName: 'bc-production',
  deployedModels: versions.map((versionId, i) => ({ id: String(i + 1), model: MODEL, versionId })),
  trafficSplit: {},
});

describe('selectRollbackTarget', () => {
  it('returns to the version marked {alias}-previous', () => {
    const plan = selectRollbackTarget(
      'production',
      [v('9', ['production']), v('8'), v('7', ['production-previous'])],
      undefined,
    );
    expect(plan).toMatchObject({
      ok: true,
      target: { versionId: '7' },
      current: { versionId: '9' },
    });
  });

  it('otherwise takes the newest older version still deployed on the endpoint', () => {
    const plan = selectRollbackTarget(
      'production',
      [v('9', ['production']), v('8'), v('6')],
      endpoint(['6', '8', '9']),
    );
    expect(plan).toMatchObject({ ok: true, target: { versionId: '8' } });
    if (plan.ok)
      expect(plan.because).toContain('newest older version still deployed on bc-production');
  });

  it('takes the version asked for, and refuses one that does not exist', () => {
    expect(
      selectRollbackTarget('production', [v('9', ['production']), v('3')], undefined, '3'),
    ).toMatchObject({
      ok: true,
      target: { versionId: '3' },
    });
    const missing = selectRollbackTarget('production', [v('9', ['production'])], undefined, '4');
    expect(missing).toMatchObject({ ok: false, refusal: { code: 'promote/no-rollback-target' } });
  });

  it('refuses when nothing earlier is known, saying how to choose', () => {
    const plan = selectRollbackTarget(
      'production',
      [v('9', ['production']), v('8')],
      endpoint(['9']),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.refusal.message).toContain('pick one with `model-version`');
    const nothing = selectRollbackTarget('production', [v('1')], undefined);
    if (!nothing.ok) expect(nothing.refusal.message).toContain('nothing to roll back');
  });
});
