/**
 * The `filter` forms the fake Vertex services understand (AIP-160, as the v1 protos document it
 * for labels): equality terms on labels joined by `AND` — `labels.env="prod"`,
 * `labels.kfp-commit = "abc"`, `labels."kfp-run"="x"`. Anything else is refused with
 * INVALID_ARGUMENT, so a client sending a form the fake does not check fails a test instead of
 * matching everything.
 */
import { grpc } from 'google-gax';
import { FakeStatus } from './status.js';

const TERM = /^labels\.(?:"([a-z][a-z0-9_-]*)"|([a-z][a-z0-9_-]*))\s*=\s*"((?:[^"\\]|\\.)*)"$/;

export function labelFilter(filter: string): (labels: Readonly<Record<string, string>>) => boolean {
  if (!filter.trim()) return () => true;
  const wanted = filter.split(/\s+AND\s+/).map((term) => {
    const m = TERM.exec(term.trim());
    if (!m) {
      throw new FakeStatus(
        grpc.status.INVALID_ARGUMENT,
        `filter term "${term}" is not understood by the fake`,
      );
    }
    return [m[1] ?? m[2]!, m[3]!.replace(/\\(.)/g, '$1')] as const;
  });
  return (labels) => wanted.every(([k, value]) => labels[k] === value);
}
