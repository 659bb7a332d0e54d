/** The metrics stored with the version an alias points at, through the registry port. */
import type { BaselineMetrics } from '../../core/gates/evaluate.js';
import { baselineFromEvaluation, evaluationDisplayName } from '../../core/promotion/evaluation.js';
import type { PromotionClients } from '../../ports/model-registry.js';
import type { PromotionScope } from './context.js';

export async function readBaseline(
  clients: PromotionClients,
  scope: PromotionScope,
  alias: string,
): Promise<BaselineMetrics | undefined> {
  const version = await clients.models.tryGetVersion(scope.modelId, alias);
  if (!version) return undefined;
  const evaluations = await clients.models.listEvaluations(version);
  const ours = evaluations.filter((e) => e.displayName.startsWith(evaluationDisplayName('')));
  for (const e of ours) {
    const baseline = baselineFromEvaluation(e, `${alias} (v${version.versionId})`);
    if (baseline) return baseline;
  }
  return undefined;
}
