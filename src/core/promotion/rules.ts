/**
 * The rules a promotion must pass before anything moves. Each refusal is a diagnostic that says
 * what is wrong, the value, and what to do; `promote/…` codes are documented in
 * docs/TROUBLESHOOTING.md. Pure: everything the rules look at is handed in.
 */
import type { EnvironmentSettings } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Decision } from '../gates/evaluate.js';
import { aliasFor, holderOf } from './aliases.js';
import type { ModelVersion, OidcEnvironment } from './types.js';

export interface PromotionFacts {
  /** The target GitHub Environment. */
  readonly environment: string;
  /** The config's promotion order. */
  readonly environments: readonly EnvironmentSettings[];
  /** The run's final decision and the reasons behind it. */
  readonly decision: Decision;
  readonly decisionReasons: readonly string[];
  /** The version this run uploaded (or would upload: undefined before the first upload). */
  readonly candidate: Pick<ModelVersion, 'versionId'> | undefined;
  /** The run being promoted, for messages. */
  readonly runName: string;
  /** Every version of the model, with its aliases. */
  readonly versions: readonly ModelVersion[];
  readonly oidc: OidcEnvironment;
  /** What to do when no OIDC token can be had (default: note it, outside GitHub Actions). */
  readonly oidcPolicy?: OidcPolicy;
}

/** When the environment cannot be read from an OIDC token: refuse (fail closed) or go on. */
export interface OidcPolicy {
  /** GITHUB_ACTIONS=true: the job could have a token, so its absence is a fault. */
  readonly onGitHubActions: boolean;
  /** The `skip-environment-check` input: go on without the check, and say so loudly. */
  readonly optOut: boolean;
}

const OUTSIDE_ACTIONS: OidcPolicy = { onGitHubActions: false, optOut: false };

export interface PromotionCheck {
  readonly allowed: boolean;
  readonly refusals: readonly Diagnostic[];
  /** Things the user should know that do not block (a skipped environment check). */
  readonly notes: readonly string[];
  /** Warnings for the annotations (the environment check skipped by opt-out). */
  readonly warnings?: readonly Diagnostic[];
  /** The environment before the target in the order, if any. */
  readonly previous?: EnvironmentSettings;
  readonly target?: EnvironmentSettings;
}

const refuse = (code: string, message: string): Diagnostic => ({
  code: `promote/${code}`,
  severity: 'error',
  message,
});

/** Where the target sits in the order; names compare case-insensitively, like GitHub's. */
export function findEnvironment(
  environments: readonly EnvironmentSettings[],
  name: string,
): { index: number; settings?: EnvironmentSettings } {
  const index = environments.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
  return index === -1 ? { index } : { index, settings: environments[index]! };
}

/**
 * The job must run in the target environment: its OIDC token's `environment` claim says so. On
 * GitHub Actions a missing token fails closed (refusal `promote/no-oidc-token`, with the fix),
 * unless the `skip-environment-check` input opts out: then `skipped` is a warning for the
 * annotations and `note` goes into the summary. Outside GitHub Actions (the CLI) it is a note.
 */
export function checkOidcEnvironment(
  environment: string,
  oidc: OidcEnvironment,
  policy: OidcPolicy = OUTSIDE_ACTIONS,
): { refusal?: Diagnostic; note?: string; skipped?: Diagnostic } {
  if (oidc.kind === 'unavailable') {
    const note = `the check that this job runs in the GitHub Environment "${environment}" was skipped: ${oidc.reason}`;
    if (!policy.onGitHubActions) return { note };
    if (policy.optOut) {
      const message = `${note}; \`skip-environment-check: true\` allowed it, so GitHub's reviewers and branch rules for "${environment}" are not proven to have applied`;
      return {
        note: message,
        skipped: { code: 'promote/environment-check-skipped', severity: 'warning', message },
      };
    }
    return {
      refusal: refuse(
        'no-oidc-token',
        `cannot prove that this job runs in the GitHub Environment "${environment}": ${oidc.reason}. Add \`permissions: id-token: write\` to the job (and \`environment: ${environment}\`), as kfp-promote.yml does; to go on without the check, set the input \`skip-environment-check: true\``,
      ),
    };
  }
  if (oidc.environment === undefined) {
    return {
      refusal: refuse(
        'wrong-environment',
        `this job is not bound to a GitHub Environment (its OIDC token has no environment claim${oidc.subject ? `; subject "${oidc.subject}"` : ''}), so GitHub's reviewers and branch rules for "${environment}" did not apply; set \`environment: ${environment}\` on the job that runs promote (kfp-promote.yml does)`,
      ),
    };
  }
  if (oidc.environment.toLowerCase() !== environment.toLowerCase()) {
    return {
      refusal: refuse(
        'wrong-environment',
        `this job runs in the GitHub Environment "${oidc.environment}" but promotes to "${environment}"; run the promotion to "${environment}" in a job with \`environment: ${environment}\``,
      ),
    };
  }
  return {};
}

export function checkPromotion(facts: PromotionFacts): PromotionCheck {
  const refusals: Diagnostic[] = [];
  const notes: string[] = [];
  const names = facts.environments.map((e) => e.name);
  const { index, settings: target } = findEnvironment(facts.environments, facts.environment);
  if (!target) {
    refusals.push(
      refuse(
        'unknown-environment',
        names.length === 0
          ? `the config file has no \`environments\` section, so "${facts.environment}" has no place in a promotion order; add \`environments: [{name: staging}, {name: production}]\``
          : `environment "${facts.environment}" is not in the config's \`environments\` (${names.join(' → ')}); add it there or use one of those names`,
      ),
    );
  }
  if (facts.decision !== 'deploy') {
    const why = facts.decisionReasons.length ? `: ${facts.decisionReasons.join('; ')}` : '';
    refusals.push(
      refuse(
        'decision-not-deploy',
        `run ${facts.runName} was not cleared for deployment (decision: ${facts.decision})${why}`,
      ),
    );
  }
  const previous = index > 0 ? facts.environments[index - 1] : undefined;
  if (previous) {
    const holder = holderOf(facts.versions, aliasFor(previous.name));
    const candidate = facts.candidate?.versionId;
    if (!candidate || !holder || holder.versionId !== candidate) {
      const holds = holder ? `holds version ${holder.versionId}` : 'holds no version of this model';
      const version = candidate ? `version ${candidate}` : `the model of run ${facts.runName}`;
      refusals.push(
        refuse(
          'previous-stage-missing',
          `"${previous.name}" comes before "${target!.name}" and ${holds}, not ${version}; promote this run to "${previous.name}" first`,
        ),
      );
    }
  }
  const oidc = checkOidcEnvironment(facts.environment, facts.oidc, facts.oidcPolicy);
  if (oidc.refusal) refusals.push(oidc.refusal);
  if (oidc.note) notes.push(oidc.note);
  return {
    allowed: refusals.length === 0,
    refusals,
    notes,
    ...(oidc.skipped ? { warnings: [oidc.skipped] } : {}),
    ...(previous ? { previous } : {}),
    ...(target ? { target } : {}),
  };
}
