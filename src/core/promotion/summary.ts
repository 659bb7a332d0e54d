/**
 * The job summary of a promotion or rollback: the verdict first, then what moved where. Pure;
 * every value goes through ../report/escape.ts.
 */
import { mdCell, mdCode, mdText } from '../report/escape.js';
import type { EndpointState } from './types.js';

export interface PromotionSummary {
  readonly action: 'promote' | 'rollback';
  readonly pipeline: string;
  readonly environment: string;
  readonly outcome: 'done' | 'refused' | 'failed';
  /** Refusals or the failure, one line each. */
  readonly problems: readonly string[];
  readonly notes: readonly string[];
  /** Model version resource name (`…/models/x@3`). */
  readonly version?: string;
  readonly versionNote?: string;
  readonly endpoint?: EndpointState;
  readonly endpointUrl?: string;
  readonly runId?: string;
  readonly runUrl?: string;
  readonly decision?: string;
}

const VERDICT = {
  done: (a: PromotionSummary['action']) => (a === 'promote' ? 'promoted ✅' : 'rolled back ↩️'),
  refused: () => 'refused ⛔',
  failed: () => 'failed ❌',
};

function link(text: string, url: string | undefined): string {
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
}

function trafficText(endpoint: EndpointState): string {
  const parts = endpoint.deployedModels.map((d) => {
    const share = endpoint.trafficSplit[d.id] ?? 0;
    return `v${mdText(d.versionId || '?')} ${share}%`;
  });
  return parts.length ? parts.join(' · ') : 'nothing deployed';
}

export function renderPromotionSummary(s: PromotionSummary): string {
  const lines = [
    `### ${mdCode(s.pipeline)} → ${mdCode(s.environment)}: ${VERDICT[s.outcome](s.action)}`,
    '',
  ];
  if (s.problems.length) {
    for (const p of s.problems) lines.push(`- ${mdText(p)}`);
    lines.push('');
  }
  const rows: [string, string][] = [];
  if (s.runId) {
    const decision = s.decision ? ` · decision ${mdCell(s.decision)}` : '';
    rows.push(['run', `${link(mdCode(s.runId), s.runUrl)}${decision}`]);
  }
  if (s.version)
    rows.push([
      'model version',
      `${mdCode(s.version)}${s.versionNote ? ` (${mdCell(s.versionNote)})` : ''}`,
    ]);
  if (s.endpoint) {
    rows.push(['endpoint', link(mdCode(s.endpoint.displayName || s.endpoint.name), s.endpointUrl)]);
    rows.push(['traffic', trafficText(s.endpoint)]);
  }
  if (rows.length) {
    lines.push('| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  }
  for (const n of s.notes) lines.push(`> ${mdText(n)}`, '');
  return lines.join('\n');
}
