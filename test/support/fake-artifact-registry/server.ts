/**
 * A tiny Artifact Registry KFP repository on 127.0.0.1: `POST /{project}/{repository}` with a
 * multipart form (`content` = the template YAML, `tags` = comma-separated), answered like
 * `https://{region}-kfp.pkg.dev` answers: `{package}/sha256:{digest}` as text. The package name is
 * the template's pipelineInfo.name, as Artifact Registry derives it.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'yaml';

export interface Upload {
  readonly path: string;
  readonly content: string;
  readonly tags: readonly string[];
  readonly authorization?: string;
  readonly filename?: string;
}

export class FakeArtifactRegistry {
  readonly uploads: Upload[] = [];
  /** Answer every upload with this status instead (403, 404, …). */
  failWith: number | undefined;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeArtifactRegistry> {
    const holder: { fake?: FakeArtifactRegistry } = {};
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on(
        'end',
        () =>
          void holder.fake!.handle(
            req.method ?? '',
            req.url ?? '',
            req.headers,
            Buffer.concat(chunks),
            res,
          ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    holder.fake = new FakeArtifactRegistry(server, `http://127.0.0.1:${port}`);
    return holder.fake;
  }

  private async handle(
    method: string,
    url: string,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer,
    res: ServerResponse,
  ): Promise<void> {
    const send = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(text);
    };
    if (method !== 'POST' || !/^\/[^/]+\/[^/]+\/?$/.test(url)) return send(404, 'Not Found');
    if (this.failWith) return send(this.failWith, 'The caller does not have permission');
    const form = await new Request('http://x/', {
      method: 'POST',
      body: new Uint8Array(body),
      headers: { 'content-type': String(headers['content-type'] ?? '') },
    }).formData();
    const file = form.get('content');
    if (!(file instanceof Blob)) return send(400, 'missing content');
    const content = await file.text();
    const tags = String(form.get('tags') ?? '')
      .split(',')
      .filter(Boolean);
    this.uploads.push({
      path: url,
      content,
      tags,
      ...(headers.authorization ? { authorization: String(headers.authorization) } : {}),
      ...(file instanceof File ? { filename: file.name } : {}),
    });
    const name =
      (parse(content) as { pipelineInfo?: { name?: string } })?.pipelineInfo?.name ?? 'unknown';
    send(200, `${name}/sha256:${createHash('sha256').update(content).digest('hex')}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
