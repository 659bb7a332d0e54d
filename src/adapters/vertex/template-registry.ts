/**
 * Artifact Registry KFP repositories (`https://{region}-kfp.pkg.dev/{project}/{repository}`):
 * upload a compiled template as a multipart form (`content` = the YAML, `tags` = comma-separated),
 * the way the KFP SDK's RegistryClient does. The answer is `{package}/sha256:{digest}`; the
 * template URI to submit by is the repository URL plus that.
 *
 * The repository URL is the config's `templateRegistry` (https only). With
 * ARTIFACT_REGISTRY_EMULATOR_HOST=host:port (tests) the same path is sent to http://host:port
 * instead, without credentials; the template URI keeps the configured https form.
 */
import { UserError } from '../../core/diagnostics.js';
import type { TemplateRegistry, TemplateUpload } from '../../ports/vertex.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** An OAuth access token for the call, or undefined to send none (emulators, tests). */
export type TokenSource = () => Promise<string | undefined>;

function checkRegistryUrl(url: string): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== 'https:') {
    throw new UserError(
      `vertex.templateRegistry is "${url}"; expected https://{region}-kfp.pkg.dev/{project}/{repository} (code vertex/template-upload)`,
    );
  }
  return parsed;
}

export class HttpTemplateRegistry implements TemplateRegistry {
  constructor(
    private readonly fetch: FetchLike,
    private readonly token: TokenSource,
    /** `host:port` that receives the requests instead (ARTIFACT_REGISTRY_EMULATOR_HOST). */
    private readonly emulatorHost?: string,
  ) {}

  async upload(upload: TemplateUpload): Promise<{ templateUri: string; version: string }> {
    const url = checkRegistryUrl(upload.registryUrl);
    const base = url.toString().replace(/\/+$/, '');
    const target = this.emulatorHost
      ? `http://${this.emulatorHost}${url.pathname.replace(/\/+$/, '')}`
      : base;
    const form = new FormData();
    form.append(
      'content',
      new Blob([upload.content], { type: 'application/x-yaml' }),
      `${upload.packageName}.yaml`,
    );
    if (upload.tags.length > 0) form.append('tags', upload.tags.join(','));
    const headers: Record<string, string> = {};
    const token = this.emulatorHost ? undefined : await this.token();
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetch(target, { method: 'POST', body: form, headers });
    } catch (error) {
      throw new UserError(
        `could not upload the template to ${base}: ${(error as Error).message} (code vertex/template-upload)`,
      );
    }
    const text = (await response.text()).trim();
    if (!response.ok) {
      const hint =
        response.status === 403 || response.status === 401
          ? ' — the service account needs roles/artifactregistry.writer on the repository'
          : response.status === 404
            ? ' — check that the KFP repository exists (format: Kubeflow Pipelines) and the URL'
            : '';
      throw new UserError(
        `could not upload the template to ${base}: HTTP ${response.status} ${text.slice(0, 300)}${hint} (code vertex/template-upload)`,
      );
    }
    const match = /^([a-z0-9][-a-z0-9_.]*)\/(sha256:[0-9a-f]{64})$/i.exec(text);
    if (!match) {
      throw new UserError(
        `the template registry at ${base} answered "${text.slice(0, 200)}", not "{package}/sha256:{digest}" (code vertex/template-upload)`,
      );
    }
    return { templateUri: `${base}/${match[1]}/${match[2]}`, version: match[2]! };
  }
}

/** Access tokens from Application Default Credentials, loaded only when a token is needed. */
export function adcTokenSource(): TokenSource {
  return async () => {
    const { GoogleAuth } = await import('google-auth-library');
    const auth = new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });
    const token = await auth.getAccessToken();
    return token ?? undefined;
  };
}
