/**
 * The one walk from a path of keys and indexes to a node of a parsed YAML document (the `yaml`
 * package's Document API), shared by the config loader and the IR loader to locate findings.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

export interface LocatedNode {
  /** The key node of the map entry holding the value (when the value is in a map). */
  readonly key?: Node;
  readonly value?: Node;
}

/**
 * Follows `path` from `root`. Where a step is missing, stops at the deepest node found and says
 * `complete: false`, so a finding about a missing key still lands on its parent.
 */
export function findYamlNode(
  root: Node | null | undefined,
  path: readonly (string | number)[],
): { found: LocatedNode; complete: boolean } {
  let current: LocatedNode = root ? { value: root } : {};
  for (const step of path) {
    const node = current.value;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step),
      );
      if (!pair) return { found: current, complete: false };
      current = {
        ...(pair.key ? { key: pair.key as Node } : {}),
        ...(pair.value ? { value: pair.value as Node } : {}),
      };
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      current = { value: node.items[step] as Node };
    } else {
      return { found: current, complete: false };
    }
  }
  return { found: current, complete: true };
}
