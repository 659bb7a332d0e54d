/**
 * Which version a rollback returns an environment to. First choice: the version marked
 * `{alias}-previous` when the current one was promoted. Otherwise, the newest older version still
 * deployed on the environment's endpoint. Otherwise there is nothing safe to return to, and the
 * refusal says how to pick one.
 */
import type { Diagnostic } from '../diagnostics.js';
import { aliasFor, holderOf, previousAliasFor } from './aliases.js';
import type { EndpointState, ModelVersion } from './types.js';

export type RollbackPlan =
  | {
      readonly ok: true;
      readonly current: ModelVersion | undefined;
      readonly target: ModelVersion;
      /** How the target was chosen, for the log and the timeline. */
      readonly because: string;
    }
  | { readonly ok: false; readonly refusal: Diagnostic };

const byVersionDesc = (a: ModelVersion, b: ModelVersion) =>
  Number(b.versionId) - Number(a.versionId) || b.versionId.localeCompare(a.versionId);

export function selectRollbackTarget(
  environment: string,
  versions: readonly ModelVersion[],
  endpoint: EndpointState | undefined,
  /** A version the user asked for explicitly (`--to-version`). */
  requested?: string,
): RollbackPlan {
  const current = holderOf(versions, aliasFor(environment));
  if (requested !== undefined) {
    const target = versions.find((v) => v.versionId === requested);
    if (!target) {
      const known = [...versions].sort(byVersionDesc).map((v) => v.versionId);
      return {
        ok: false,
        refusal: {
          code: 'promote/no-rollback-target',
          severity: 'error',
          message: `version ${requested} is not a version of this model (versions: ${known.join(', ') || 'none'})`,
        },
      };
    }
    return { ok: true, current, target, because: `version ${requested} was asked for` };
  }
  const marked = holderOf(versions, previousAliasFor(environment));
  if (marked && marked.versionId !== current?.versionId) {
    return {
      ok: true,
      current,
      target: marked,
      because: `version ${marked.versionId} served "${environment}" before version ${current?.versionId ?? '?'} (alias ${previousAliasFor(environment)})`,
    };
  }
  const deployed = new Set(endpoint?.deployedModels.map((d) => d.versionId) ?? []);
  const older = versions
    .filter((v) => deployed.has(v.versionId) && v.versionId !== current?.versionId)
    .filter((v) => !current || Number(v.versionId) < Number(current.versionId))
    .sort(byVersionDesc);
  if (older[0]) {
    return {
      ok: true,
      current,
      target: older[0],
      because: `version ${older[0].versionId} is the newest older version still deployed on ${endpoint!.displayName}`,
    };
  }
  return {
    ok: false,
    refusal: {
      code: 'promote/no-rollback-target',
      severity: 'error',
      message: current
        ? `"${environment}" serves version ${current.versionId} and no earlier version is recorded for it (no ${previousAliasFor(environment)} alias, nothing older on the endpoint); pick one with \`model-version\` (CLI: --to-version)`
        : `no version of this model holds the alias "${aliasFor(environment)}", so there is nothing to roll back in "${environment}"`,
    },
  };
}
