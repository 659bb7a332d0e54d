import { describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Modules reachable from an entry through static imports only (what Node loads at start-up). */
async function staticGraph(entry: string): Promise<Set<string>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: path.join(root, '.work/startup-graph'),
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const imp of inputs[queue.shift()!]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || imp.external || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
    }
  }
  return seen;
}

describe('CLI start-up', () => {
  it('loads neither the Vertex client nor Octokit/undici until a command needs them', async () => {
    // src/cli.ts is the Node-version guard: it imports nothing statically, then the CLI itself.
    expect([...(await staticGraph('src/cli.ts'))]).toEqual(['src/cli.ts']);
    const graph = [...(await staticGraph('src/cli-main.ts'))];
    const heavy = graph.filter((m) =>
      /node_modules\/(@google-cloud\/aiplatform|google-gax|@actions\/github|@octokit\/core|undici)\//.test(
        m,
      ),
    );
    expect(heavy).toEqual([]);
    // The lazily loaded adapters are still part of the bundle, behind dynamic imports.
    expect(graph.some((m) => m.startsWith('src/commands/validate'))).toBe(true);
  });
});
