import { describe, expect, it } from '@jest/globals';
import { build, type Metafile } from 'esbuild';
import path from 'node:path';
import { precompiledValidatorsPlugin } from '../../scripts/validators.mjs';

const root = path.resolve(import.meta.dirname, '../..');

let metafile: Metafile | undefined;

/** The bundle's inputs as scripts/build.mjs builds them (validators precompiled). */
async function inputs(): Promise<Metafile['inputs']> {
  metafile ??= (
    await build({
      absWorkingDir: root,
      entryPoints: ['src/cli.ts', 'src/deps.ts', 'src/commands/validate.ts'],
      bundle: true,
      write: false,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: path.join(root, '.work/startup-graph'),
      metafile: true,
      logLevel: 'silent',
      plugins: [await precompiledValidatorsPlugin(root)],
    })
  ).metafile;
  return metafile.inputs;
}

/** Modules reachable from entries through static imports only (what Node loads for them). */
async function staticGraph(...entries: string[]): Promise<Set<string>> {
  const all = await inputs();
  const seen = new Set(entries);
  const queue = [...entries];
  while (queue.length > 0) {
    for (const imp of all[queue.shift()!]?.imports ?? []) {
      if (imp.kind !== 'import-statement' && imp.kind !== 'require-call') continue;
      if (imp.external || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
    }
  }
  return seen;
}

const COMMAND_MODULES =
  /^src\/commands\/(?!registry|command)[^/]+\.ts$|^src\/commands\/promotion\//;

describe('CLI start-up', () => {
  it('loads no command, nor the Vertex client or Octokit/undici, before it knows the command', async () => {
    // src/cli.ts is the Node-version guard: it imports nothing statically, then the CLI itself.
    expect([...(await staticGraph('src/cli.ts'))]).toEqual(['src/cli.ts']);
    const graph = [...(await staticGraph('src/cli-main.ts'))];
    const heavy = graph.filter((m) =>
      /node_modules\/(@google-cloud\/aiplatform|google-gax|@actions\/github|@octokit\/core|undici|ajv|yaml)\//.test(
        m,
      ),
    );
    expect(heavy).toEqual([]);
    expect(graph.filter((m) => COMMAND_MODULES.test(m))).toEqual([]);
    // Commands are still part of the bundle, behind the registry's dynamic imports.
    const registry = (await inputs())['src/commands/registry.ts']!;
    expect(
      registry.imports.filter((i) => i.kind === 'dynamic-import').length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('`validate` loads its own code only: no other command, runner, compiler or cloud client', async () => {
    const all = await inputs();
    const graph = [
      ...(await staticGraph('src/cli-main.ts', 'src/deps.ts', 'src/commands/validate.ts')),
    ];
    const foreign = graph.filter(
      (m) =>
        (COMMAND_MODULES.test(m) && m !== 'src/commands/validate.ts') ||
        /^src\/(local|adapters\/(kfp-compiler|vertex|github|vertex-models|oidc))\//.test(m) ||
        // The config reader (its schema, croner) and the repository listing (git) load on use.
        /^src\/(core\/config|adapters\/(config|git|sources\/repository))\b/.test(m) ||
        /node_modules\/(@google-cloud|google-gax|@actions\/github|@octokit|undici|croner|ajv\/dist\/(core|compile))/.test(
          m,
        ),
    );
    expect(foreign).toEqual([]);
    // What it does load: its checks, yaml, the PipelineSpec validator (precompiled) and ajv's
    // small runtime: ~640 KB of source in 2026-12 (830 KB while the config reader and its
    // validator loaded at start-up). Before, every start-up also loaded every other command's
    // code (one 830 KB chunk shared by all commands).
    const bytes = graph.reduce((n, m) => n + (all[m]?.bytes ?? 0), 0);
    expect(graph).toContain('src/core/schemas/pipeline-spec.ts');
    expect(bytes).toBeLessThan(700_000);
  });
});
