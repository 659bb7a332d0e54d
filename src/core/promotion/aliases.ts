/**
 * Model Registry aliases for GitHub Environments. The alias named after an environment marks the
 * version it serves; `{alias}-previous` marks the version it served before, which `rollback`
 * returns to. Alias rule (MergeVersionAliasesRequest): `[a-z][a-zA-Z0-9-]{0,126}[a-z-0-9]`.
 */
import type { ModelVersion } from './types.js';

/** The alias of an environment: lowercased, other characters as `-`, starting with a letter. */
export function aliasFor(environment: string): string {
  let alias = environment
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/^[^a-z]+/, '');
  if (alias === '') alias = 'env';
  if (alias.length === 1) alias = `${alias}-env`;
  return alias.slice(0, 110);
}

export function previousAliasFor(environment: string): string {
  return `${aliasFor(environment)}-previous`;
}

/** The version that holds an alias, if any. */
export function holderOf(
  versions: readonly ModelVersion[],
  alias: string,
): ModelVersion | undefined {
  return versions.find((v) => v.aliases.includes(alias));
}
