/**
 * One version: package.json's. Everything that says which kfp-action this is (the CLI's
 * --version, comment footers, SARIF's tool, the User-Agent sent to GitHub and Google Cloud) reads
 * src/core/version.ts, which the build and the Jest transform fill from package.json; no other copy
 * of the version exists in src/.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { OctokitGitHub } from '../../../src/adapters/github/client.js';
import { clientOptions } from '../../../src/adapters/vertex/client.js';
import { KFP_ACTION_VERSION } from '../../../src/commands/check.js';
import { nullLogger } from '../../../src/ports/logger.js';
import { USER_AGENT, VERSION } from '../../../src/core/version.js';
import { FakeGitHub } from '../../support/fake-github/server.js';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the version', () => {
  it('is package.json’s, a semantic version', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(VERSION).toBe(pkg.version);
    expect(KFP_ACTION_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`kfp-action/${pkg.version}`);
  });

  it('is written nowhere in src/ (every reader imports src/core/version.ts)', () => {
    const literal = new RegExp(`['"\`]v?${pkg.version.replace(/\./g, '\\.')}['"\`]`);
    const copies = files(path.join(root, 'src'))
      .filter((f) => literal.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(copies).toEqual([]);
    // The injected name appears in src/core/version.ts only: nothing else bypasses it.
    const readers = files(path.join(root, 'src'))
      .filter((f) => readFileSync(f, 'utf8').includes('__KFP_ACTION_VERSION__'))
      .map((f) => path.relative(root, f));
    expect(readers).toEqual(['src/core/version.ts']);
  });

  it('the check notices a copy (the test can fail)', () => {
    const literal = new RegExp(`['"\`]v?${pkg.version.replace(/\./g, '\\.')}['"\`]`);
    expect(literal.test(`const VERSION = '${pkg.version}';`)).toBe(true);
  });

  it('is in the Vertex clients’ x-goog-api-client (libName/libVersion)', () => {
    expect(clientOptions({ region: 'europe-west4' })).toMatchObject({
      libName: 'kfp-action',
      libVersion: pkg.version,
    });
  });

  it('is in the User-Agent sent to GitHub', async () => {
    const fake = await FakeGitHub.start();
    try {
      fake.addAccount('t', {
        login: 'bot',
        type: 'Bot',
        tokenKind: 'installation',
        pullRequests: 'read',
      });
      const github = new OctokitGitHub({
        token: 't',
        repository: fake.repository,
        apiUrl: fake.url,
        logger: nullLogger,
      });
      await github.tryAuthenticatedUser();
      expect(fake.requests.length).toBeGreaterThan(0);
      for (const r of fake.requests) expect(r.userAgent).toMatch(/^kfp-action\/\S+ /);
      expect(fake.requests[0]!.userAgent).toContain(`kfp-action/${pkg.version} `);
    } finally {
      await fake.close();
    }
  });
});
