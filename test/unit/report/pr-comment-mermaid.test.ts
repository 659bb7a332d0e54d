/// <reference lib="dom" />
/** The Mermaid of generated comments renders in real headless Chromium, hostile names included. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { chromiumMissing, MermaidRenderer, mermaidBlocks } from '../../support/mermaid/render.js';
import { ctx, HOSTILE, result } from './pr-comment-fixtures.js';

const missing = chromiumMissing();
if (missing) console.warn(missing);
const maybe = missing ? describe.skip : describe;

maybe('Mermaid DAG of PR comments in Chromium', () => {
  let renderer: MermaidRenderer;
  beforeAll(async () => {
    renderer = await MermaidRenderer.start();
  });
  afterAll(async () => {
    await renderer?.close();
  });

  it('renders added/changed/removed tasks with hostile names exactly and injects nothing', async () => {
    const [diagram] = mermaidBlocks(renderPrComment(result('p'), ctx).body);
    const svg = await renderer.render(diagram!);
    const labels = await renderer.labels(svg);
    // Each hostile task name is drawn as the exact text (whitespace folded), not as markup.
    for (const name of HOSTILE) expect(labels).toContain(name.replace(/\s+/g, ' '));
    expect(
      await renderer.page.evaluate(
        () =>
          document.querySelectorAll('#out img, #out script, #out a, #out [onerror], #out [href]')
            .length,
      ),
    ).toBe(0);
    expect(svg).toMatch(/class="[^"]*changed/);
    expect(svg).toMatch(/class="[^"]*added/);
    expect(svg).toMatch(/class="[^"]*removed/);
  });

  it('renders plain pipelines and fails on a broken diagram', async () => {
    const [diagram] = mermaidBlocks(
      renderPrComment(
        result('breast-cancer', ['get-data', 'train-model', 'eval-model', 'deploy']),
        ctx,
      ).body,
    );
    await expect(renderer.render(diagram!)).resolves.toContain('<svg');
    await expect(renderer.render('flowchart LR\n  a[unclosed --> b')).rejects.toThrow(/Mermaid/);
  });
});
