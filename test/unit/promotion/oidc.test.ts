import { describe, expect, it } from '@jest/globals';
import { readOidcEnvironment } from '../../../src/adapters/oidc/github-oidc.js';

const jwt = (claims: object) =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('readOidcEnvironment', () => {
  const env = {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/x?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req',
  };

  it('reads the environment claim of the job token, asking for our audience', async () => {
    const seen: string[] = [];
    const result = await readOidcEnvironment(env, async (url, init) => {
      seen.push(url, init.headers.Authorization!);
      return {
        ok: true,
        status: 200,
        json: async () => ({ value: jwt({ environment: 'production', sub: 's' }) }),
      };
    });
    expect(result).toEqual({ kind: 'token', environment: 'production', subject: 's' });
    expect(seen).toEqual([
      'https://token.actions.example/x?api-version=2.0&audience=kfp-action',
      'Bearer req',
    ]);
  });

  it('says why there is no token', async () => {
    const none = await readOidcEnvironment({ GITHUB_ACTIONS: 'true' });
    expect(none).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('id-token: write'),
    });
    const local = await readOidcEnvironment({});
    expect(local).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('not running in GitHub Actions'),
    });
    const refused = await readOidcEnvironment(env, async () => ({
      ok: false,
      status: 403,
      json: async () => ({}),
    }));
    expect(refused).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('HTTP 403'),
    });
    const broken = await readOidcEnvironment(env, async () => ({
      ok: true,
      status: 200,
      json: async () => ({ value: 'x' }),
    }));
    expect(broken).toMatchObject({ kind: 'unavailable' });
  });
});
