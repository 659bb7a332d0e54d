/**
 * Task cache: a task whose component (its definitions and executor) and inputs match an earlier
 * successful run is not run again; its recorded outputs are used and it is reported as a cache
 * hit. The key is a sha256 over canonical JSON (pure: `cacheKey`); the store is one JSON file
 * per key under the output folder. An entry whose output artifacts are gone is a miss.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParameterValue } from '../core/result/model.js';
import { canonicalJson, sha256 } from '../core/spec/digest.js';
import { stableEmbeddedArchives } from '../core/spec/embedded-archive.js';
import type { ComponentSpec, ExecutorSpec } from '../core/spec/types.js';
import type { RuntimeArtifact } from './executor-input.js';
import type { TaskOutputs } from './outputs.js';

export interface CacheKeyInput {
  readonly component: ComponentSpec;
  readonly executor: ExecutorSpec;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly artifacts: Readonly<Record<string, readonly RuntimeArtifact[]>>;
  /** `cachingOptions.cacheKey` from the IR, when the author set one. */
  readonly customKey?: string;
}

/**
 * The cache key. Input artifacts count by URI and metadata (a re-run that produced the same
 * files at new paths is a new input, as on Vertex); an embedded archive by its contents.
 */
export function cacheKey(input: CacheKeyInput): string {
  if (input.customKey) return sha256(canonicalJson({ customKey: input.customKey }));
  return sha256(
    stableEmbeddedArchives(
      canonicalJson({
        v: 1,
        inputDefinitions: input.component.inputDefinitions ?? {},
        outputDefinitions: input.component.outputDefinitions ?? {},
        executor: input.executor,
        parameters: input.parameters,
        artifacts: Object.fromEntries(
          Object.entries(input.artifacts).map(([k, list]) => [
            k,
            list.map((a) => ({ uri: a.uri, metadata: a.metadata, type: a.type.schemaTitle })),
          ]),
        ),
      }),
    ),
  );
}

export interface CacheEntry {
  readonly key: string;
  /** Run and task that produced it. */
  readonly run: string;
  readonly task: string;
  readonly outputs: TaskOutputs;
  /** Output artifact files that existed when it was stored (metrics artifacts have none). */
  readonly files: readonly string[];
}

export interface TaskCache {
  get(key: string): CacheEntry | undefined;
  put(entry: CacheEntry): void;
}

/** One JSON file per key in `dir`. */
export class FileTaskCache implements TaskCache {
  constructor(private readonly dir: string) {}

  get(key: string): CacheEntry | undefined {
    const file = path.join(this.dir, `${key}.json`);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
      return (entry.files ?? []).every((f) => existsSync(f)) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  put(entry: CacheEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${entry.key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  }
}

/** No caching at all (`--no-cache`). */
export const noCache: TaskCache = { get: () => undefined, put: () => {} };
