/**
 * A stable fingerprint of a compiled pipeline: the same IR compiled twice (or by two kfp versions
 * that write the same spec) gets the same digest. Check, submit and run reports print it so a
 * reader can tell whether the pipeline that ran is the one that was reviewed.
 */
import { createHash } from 'node:crypto';
import { stableEmbeddedArchives } from './embedded-archive.js';
import type { PipelineSpec } from './types.js';

/** Fields that change between compilations without changing the pipeline. */
const VOLATILE_TOP_LEVEL = new Set(['sdkVersion']);

/** JSON with object keys sorted at every level and `undefined` members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Non-finite numbers have no JSON form; JSON.stringify writes null, and so do we.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(',')}}`;
}

/** sha256 of a text, as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** sha256 (hex) of the canonical JSON of the spec, without `sdkVersion`, with embedded archives
 * counted by their contents (src/core/spec/embedded-archive.ts). */
export function specDigest(spec: PipelineSpec): string {
  const stable = Object.fromEntries(
    Object.entries(spec as unknown as Record<string, unknown>).filter(
      ([k]) => !VOLATILE_TOP_LEVEL.has(k),
    ),
  );
  return sha256(stableEmbeddedArchives(canonicalJson(stable)));
}
