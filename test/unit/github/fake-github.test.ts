import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeGitHub } from '../../support/fake-github/server.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await FakeGitHub.start('octo-org/r');
  fake.addAccount('t', { login: 'u', type: 'User', tokenKind: 'user', pullRequests: 'write' });
});
afterAll(() => fake.close());

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: 'token t',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as unknown };
}

describe('the fake GitHub checks requests against the OpenAPI description', () => {
  it('refuses a body GitHub would refuse, a wrong parameter type, an unknown query and path', async () => {
    fake.violations.length = 0;
    expect(
      (await call('POST', '/repos/octo-org/r/issues/1/comments', { text: 'no body field' })).status,
    ).toBe(422);
    expect((await call('GET', '/repos/octo-org/r/issues/one/comments')).status).toBe(422);
    expect((await call('GET', '/repos/octo-org/r/issues/1/comments?perpage=5')).status).toBe(422);
    expect((await call('GET', '/repos/octo-org/r/not-an-endpoint')).status).toBe(404);
    expect(fake.violations).toEqual([
      expect.stringContaining("must have required property 'body'"),
      expect.stringContaining('issue_number must be an integer'),
      expect.stringContaining('query parameter perpage is not accepted'),
      expect.stringContaining('is not an endpoint of the GitHub REST API'),
    ]);
  });

  it('accepts a well-formed request and answers with a schema-valid comment', async () => {
    fake.violations.length = 0;
    const created = await call('POST', '/repos/octo-org/r/issues/1/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ body: 'hello', user: { login: 'u' } });
    expect(fake.violations).toEqual([]);
  });
});
