import { describe, expect, it } from '@jest/globals';
import {
  checkOidcEnvironment,
  checkPromotion,
  type PromotionFacts,
} from '../../../src/core/promotion/rules.js';
import type { ModelVersion } from '../../../src/core/promotion/types.js';

const MODEL = 'projects/p/locations/r/models/bc';
const version = (versionId: string, aliases: string[] = []): ModelVersion => ({
  model: MODEL,
  versionId,
  displayName: 'bc',
  aliases,
  labels: {},
});

const facts = (over: Partial<PromotionFacts> = {}): PromotionFacts => ({
  environment: 'production',
  environments: [{ name: 'staging' }, { name: 'production' }],
  decision: 'deploy',
  decisionReasons: ['accuracy = 0.97 meets the minimum 0.9'],
  candidate: { versionId: '8' },
  runName: 'bc-abc1234-1',
  versions: [version('7', ['production']), version('8', ['staging'])],
  oidc: { kind: 'token', environment: 'production' },
  ...over,
});

const codes = (f: PromotionFacts) => checkPromotion(f).refusals.map((r) => r.code);

describe('checkPromotion', () => {
  it('allows a deploy run whose version the previous environment holds, in the right job', () => {
    const check = checkPromotion(facts());
    expect(check).toMatchObject({ allowed: true, refusals: [], notes: [] });
    expect(check.previous?.name).toBe('staging');
    expect(check.target?.name).toBe('production');
  });

  it('refuses a hold decision and quotes every reason', () => {
    const check = checkPromotion(
      facts({ decision: 'hold', decisionReasons: ['accuracy dropped by 0.03', 'deploy = false'] }),
    );
    expect(check.allowed).toBe(false);
    expect(check.refusals[0]).toMatchObject({
      code: 'promote/decision-not-deploy',
      severity: 'error',
    });
    expect(check.refusals[0]!.message).toContain('accuracy dropped by 0.03; deploy = false');
  });

  it('refuses production when staging holds another version, or none, or the run was never uploaded', () => {
    expect(codes(facts({ versions: [version('7', ['staging']), version('8')] }))).toEqual([
      'promote/previous-stage-missing',
    ]);
    const none = checkPromotion(facts({ versions: [version('8')] }));
    expect(none.refusals[0]!.message).toContain(
      '"staging" comes before "production" and holds no version',
    );
    const never = checkPromotion(facts({ candidate: undefined }));
    expect(never.refusals[0]!.message).toContain('not the model of run bc-abc1234-1');
  });

  it('lets the first environment take any run that passed', () => {
    expect(
      codes(
        facts({
          environment: 'staging',
          candidate: undefined,
          versions: [],
          oidc: { kind: 'token', environment: 'staging' },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses an environment that is not in the order, naming the order', () => {
    const check = checkPromotion(
      facts({ environment: 'qa', oidc: { kind: 'token', environment: 'qa' } }),
    );
    expect(check.refusals[0]!.code).toBe('promote/unknown-environment');
    expect(check.refusals[0]!.message).toContain('staging → production');
    const empty = checkPromotion(facts({ environments: [] }));
    expect(empty.refusals[0]!.message).toContain('has no `environments` section');
  });

  it('matches environment names like GitHub does, ignoring case', () => {
    expect(
      codes(
        facts({ environment: 'Production', oidc: { kind: 'token', environment: 'PRODUCTION' } }),
      ),
    ).toEqual([]);
  });

  it('reports every refusal at once', () => {
    expect(
      codes(
        facts({ decision: 'hold', versions: [], oidc: { kind: 'token', environment: 'staging' } }),
      ),
    ).toEqual([
      'promote/decision-not-deploy',
      'promote/previous-stage-missing',
      'promote/wrong-environment',
    ]);
  });
});

describe('checkOidcEnvironment', () => {
  it('refuses a token of another environment or of no environment', () => {
    expect(
      checkOidcEnvironment('production', { kind: 'token', environment: 'staging' }).refusal
        ?.message,
    ).toContain('runs in the GitHub Environment "staging" but promotes to "production"');
    const none = checkOidcEnvironment('production', {
      kind: 'token',
      environment: undefined,
      subject: 'repo:o/r:ref:refs/heads/main',
    });
    expect(none.refusal?.message).toContain('not bound to a GitHub Environment');
    expect(none.refusal?.message).toContain('repo:o/r:ref:refs/heads/main');
  });

  it('says the check was skipped when no token can be had', () => {
    const result = checkOidcEnvironment('production', {
      kind: 'unavailable',
      reason: 'no id-token: write',
    });
    expect(result.refusal).toBeUndefined();
    expect(result.note).toContain('was skipped: no id-token: write');
  });

  it('fails closed on GitHub Actions, unless the input opts out (then a warning)', () => {
    const none = { kind: 'unavailable', reason: 'the job has no OIDC token' } as const;
    const refused = checkOidcEnvironment('production', none, {
      onGitHubActions: true,
      optOut: false,
    });
    expect(refused.refusal?.code).toBe('promote/no-oidc-token');
    expect(refused.refusal?.message).toContain('permissions: id-token: write');
    const skipped = checkOidcEnvironment('production', none, {
      onGitHubActions: true,
      optOut: true,
    });
    expect(skipped.refusal).toBeUndefined();
    expect(skipped.skipped?.code).toBe('promote/environment-check-skipped');
    expect(skipped.note).toContain('skip-environment-check: true');
  });
});
