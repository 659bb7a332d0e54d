import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HttpTemplateRegistry } from '../../../src/adapters/vertex/template-registry.js';
import { FakeArtifactRegistry } from '../../support/fake-artifact-registry/server.js';

const IR = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/vertex/breast-cancer-xgboost.yaml'),
  'utf8',
);

describe('HttpTemplateRegistry against a fake Artifact Registry', () => {
  let registry: FakeArtifactRegistry;
  beforeAll(async () => {
    registry = await FakeArtifactRegistry.start();
  });
  afterAll(async () => registry.close());

  it('uploads the YAML as multipart with its tags and returns the template URI', async () => {
    const host = registry.url.replace('http://', '');
    const client = new HttpTemplateRegistry(
      (url, init) => fetch(url, init),
      async () => 'token-1',
      host,
    );
    const result = await client.upload({
      registryUrl: 'https://europe-west4-kfp.pkg.dev/proj/kfp-repo/',
      content: IR,
      tags: ['commit-abc', 'latest'],
      packageName: 'breast-cancer-xgboost',
    });
    const digest = createHash('sha256').update(IR).digest('hex');
    expect(result).toEqual({
      templateUri: `https://europe-west4-kfp.pkg.dev/proj/kfp-repo/breast-cancer-xgboost/sha256:${digest}`,
      version: `sha256:${digest}`,
    });
    expect(registry.uploads).toHaveLength(1);
    expect(registry.uploads[0]).toMatchObject({
      path: '/proj/kfp-repo',
      content: IR,
      tags: ['commit-abc', 'latest'],
    });
    // An emulator gets no credentials.
    expect(registry.uploads[0]!.authorization).toBeUndefined();
  });

  it('sends the ADC token to the real registry URL', async () => {
    const seen: { url: string; auth?: string }[] = [];
    const client = new HttpTemplateRegistry(
      async (url, init) => {
        seen.push({ url, auth: (init.headers as Record<string, string>).authorization });
        return new Response(`p/sha256:${'0'.repeat(64)}`);
      },
      async () => 'token-1',
    );
    const r = await client.upload({
      registryUrl: 'https://europe-west4-kfp.pkg.dev/proj/repo',
      content: IR,
      tags: [],
      packageName: 'p',
    });
    expect(seen).toEqual([
      { url: 'https://europe-west4-kfp.pkg.dev/proj/repo', auth: 'Bearer token-1' },
    ]);
    expect(r.templateUri).toBe(
      `https://europe-west4-kfp.pkg.dev/proj/repo/p/sha256:${'0'.repeat(64)}`,
    );
  });

  it('says which role is missing when the registry refuses', async () => {
    registry.failWith = 403;
    try {
      const client = new HttpTemplateRegistry(
        (url, init) => fetch(url, init),
        async () => undefined,
        registry.url.replace('http://', ''),
      );
      await expect(
        client.upload({
          registryUrl: 'https://europe-west4-kfp.pkg.dev/proj/repo',
          content: IR,
          tags: [],
          packageName: 'p',
        }),
      ).rejects.toThrow(/HTTP 403 .*roles\/artifactregistry\.writer/);
    } finally {
      registry.failWith = undefined;
    }
  });

  it('refuses a registry URL that is not https', async () => {
    const client = new HttpTemplateRegistry(
      async () => new Response(''),
      async () => undefined,
    );
    await expect(
      client.upload({
        registryUrl: 'http://europe-west4-kfp.pkg.dev/p/r',
        content: IR,
        tags: [],
        packageName: 'p',
      }),
    ).rejects.toThrow(/expected https:\/\/\{region\}-kfp\.pkg\.dev/);
  });
});
