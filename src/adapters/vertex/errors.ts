import { UserError } from '../../core/diagnostics.js';
import { Code, codeName, grpcCode } from './retry.js';

const DOCS = 'https://github.com/kfp-action/kfp-action/blob/main/docs/TROUBLESHOOTING.md';

/**
 * A failed Vertex call → a UserError that says what failed, on which resource, the likely cause
 * and the next step. Codes are documented in docs/TROUBLESHOOTING.md (`vertex/…`).
 */
export function vertexError(doing: string, resource: string, error: unknown): UserError {
  const code = grpcCode(error);
  const raw = String(
    (error as { details?: unknown } | null)?.details || (error as Error)?.message || error,
  ).split('\n')[0]!;
  const what = `could not ${doing} ${resource}: ${code !== undefined ? `${codeName(code)}: ` : ''}${raw}`;
  const [id, hint] = explain(code, raw);
  const diagnostic = { code: id, severity: 'error' as const, message: `${what} — ${hint}` };
  return new UserError(`${what}\n  ${hint}\n  See ${DOCS}#${id.replace('/', '')}`, [diagnostic]);
}

function explain(code: number | undefined, raw: string): [string, string] {
  if (
    // google-auth-library: no ADC at all; GOOGLE_APPLICATION_CREDENTIALS naming a missing file
    // ("The file at … does not exist") or a file in a missing folder (ENOENT from its lstat).
    /default credentials|The file at .* does not exist|ENOENT: no such file or directory|invalid_grant|getaddrinfo.*metadata/i.test(
      raw,
    )
  ) {
    return [
      'vertex/no-credentials',
      'no Application Default Credentials: run google-github-actions/auth before this step (with `permissions: id-token: write`), or point GOOGLE_APPLICATION_CREDENTIALS at a credentials file that exists',
    ];
  }
  switch (code) {
    case Code.UNAUTHENTICATED:
      return [
        'vertex/unauthenticated',
        'the credentials were refused: check the Workload Identity provider and that the token has not expired',
      ];
    case Code.PERMISSION_DENIED:
      return [
        'vertex/permission-denied',
        'the service account lacks a role: it needs roles/aiplatform.user on the project and roles/iam.serviceAccountUser on the pipeline service account (see docs/vertex.md, "Permissions")',
      ];
    case Code.NOT_FOUND:
      return ['vertex/not-found', 'check the project, the region and the job name'];
    case Code.INVALID_ARGUMENT:
    case Code.FAILED_PRECONDITION:
      return [
        'vertex/invalid-request',
        'Vertex refused the request: read its message above (pipeline root, service account, network and labels are the usual suspects)',
      ];
    case Code.UNAVAILABLE:
    case Code.DEADLINE_EXCEEDED:
    case Code.RESOURCE_EXHAUSTED:
    case Code.INTERNAL:
      return [
        'vertex/unavailable',
        'Vertex AI kept failing after the retries: re-run the workflow later (it attaches to a job this commit already started when spec and parameters are unchanged)',
      ];
    default:
      return ['vertex/call-failed', 'see the message above'];
  }
}
