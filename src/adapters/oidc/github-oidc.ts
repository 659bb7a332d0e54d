/**
 * Which GitHub Environment the job runs in, from its OIDC token: the `environment` claim that
 * GitHub puts in every token of a job with `environment:` (the same token
 * google-github-actions/auth exchanges for Google credentials). The token is fetched from the
 * runner's token service exactly as @actions/core's getIDToken does; only its claims are read —
 * it is never logged, stored or sent anywhere else. Without `id-token: write` (or outside GitHub
 * Actions) there is no token, and the answer says why so the caller can report the check as
 * skipped.
 */
import type { OidcEnvironment } from '../../core/promotion/types.js';

const OIDC_AUDIENCE = 'kfp-action';

type Fetch = (
  url: string,
  init: { headers: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

function claims(jwt: string): Record<string, unknown> | undefined {
  const payload = jwt.split('.')[1];
  if (!payload) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof json === 'object' && json !== null
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export async function readOidcEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  fetchFn: Fetch = fetch as unknown as Fetch,
): Promise<OidcEnvironment> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) {
    return {
      kind: 'unavailable',
      reason:
        env.GITHUB_ACTIONS === 'true'
          ? 'the job has no OIDC token (add `permissions: id-token: write` to the job)'
          : 'not running in GitHub Actions, so there is no OIDC token to read the environment from',
    };
  }
  const separator = url.includes('?') ? '&' : '?';
  try {
    const response = await fetchFn(
      `${url}${separator}audience=${encodeURIComponent(OIDC_AUDIENCE)}`,
      {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      },
    );
    if (!response.ok) {
      return {
        kind: 'unavailable',
        reason: `the runner's token service answered HTTP ${response.status}`,
      };
    }
    const body = (await response.json()) as { value?: unknown };
    const decoded = typeof body.value === 'string' ? claims(body.value) : undefined;
    if (!decoded) return { kind: 'unavailable', reason: 'the OIDC token could not be decoded' };
    const environment = typeof decoded.environment === 'string' ? decoded.environment : undefined;
    const subject = typeof decoded.sub === 'string' ? decoded.sub : undefined;
    return { kind: 'token', environment, ...(subject ? { subject } : {}) };
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `the runner's token service could not be reached (${(error as Error).message})`,
    };
  }
}
