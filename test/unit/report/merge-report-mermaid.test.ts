/** The merge report's ROC chart (from a Vertex job's ClassificationMetrics), rendered by mermaid
 * 11 in headless Chromium; skipped without it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import { renderMergeReport } from '../../../src/core/report/merge-report.js';
import { breastCancerTasks } from '../../support/fake-vertex/breast-cancer.js';
import { chromiumMissing, mermaidBlocks, MermaidRenderer } from '../../support/mermaid/render.js';
import { vertexRun } from '../../support/fake-vertex/run-result.js';

const missing = chromiumMissing();
if (missing) console.warn(missing);
const maybe = missing ? describe.skip : describe;

maybe('merge report ROC chart in mermaid 11', () => {
  let renderer: MermaidRenderer;
  beforeAll(async () => (renderer = await MermaidRenderer.start()));
  afterAll(async () => renderer?.close());

  it('renders the ROC curve of a Vertex run with the palette colour', async () => {
    const run = vertexRun({ state: 'SUCCEEDED', tasks: breastCancerTasks() });
    const md = renderMergeReport(run, evaluateGates(run, {}), {
      ending: 'finished',
      pipelineRoot: 'gs://b/r',
      parameters: {},
      baseline: { missing: 'none' },
      version: '1.0.0',
      now: '2026-11-26T10:33:00.000Z',
    });
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(1);
    const svg = await renderer.render(blocks[0]!);
    expect(svg).toContain('#1f77b4');
    expect(svg).toContain('ROC curve (AUC 0.986)');
    expect(svg).not.toMatch(/<img|<a\b|href=/);
  });
});
