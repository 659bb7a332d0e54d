/** The run report's ROC chart, rendered by mermaid 11 in headless Chromium (skipped without it). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import { renderRunReport } from '../../../src/core/report/run-report.js';
import { chromiumMissing, mermaidBlocks, MermaidRenderer } from '../../support/mermaid/render.js';
import {
  breastCancerRun,
  classificationArtifact,
  task,
} from '../../support/run-result/fixtures.js';

const missing = chromiumMissing();
if (missing) console.warn(missing);
const maybe = missing ? describe.skip : describe;

maybe('run report ROC chart in mermaid 11', () => {
  let renderer: MermaidRenderer;
  beforeAll(async () => (renderer = await MermaidRenderer.start()));
  afterAll(async () => renderer?.close());

  it('renders the line with the palette colour and the hostile title as text only', async () => {
    const base = breastCancerRun();
    const evil = 'x"]; click a href "javascript:alert(1)" <img src=x> #;';
    const run = {
      ...base,
      tasks: [
        ...base.tasks,
        task(evil, {
          outputArtifacts: [
            classificationArtifact({
              confidenceMetrics: [{ falsePositiveRate: 0.1, recall: 0.7 }],
            }),
          ],
        }),
      ],
    };
    const md = renderRunReport(run, evaluateGates(run, {}));
    const blocks = mermaidBlocks(md);
    // The first curve is the picture; the second one sits in the folded details.
    expect(blocks.length).toBe(2);
    for (const block of blocks) {
      const svg = await renderer.render(block);
      expect(svg).toContain('#1f77b4');
      expect(svg).not.toMatch(/<img|<a\b|href=/);
    }
    const svg = await renderer.render(blocks[1]!);
    // The title is drawn as text, exactly as given (the SVG escapes < and > itself).
    const text = `ROC curve of ${evil}`.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(svg).toContain(text);
  });
});
