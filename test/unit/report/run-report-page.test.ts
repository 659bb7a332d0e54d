/**
 * The run reports of the breast-cancer example rendered in Chromium, the way a reviewer sees
 * them: the merge report with its promotion timeline (docs/vertex.md) and the report of a local
 * run (docs/local-runs.md). With UPDATE_DOCS_IMAGES=1 it also writes their screenshots,
 * docs/images/merge-report.png and docs/images/local-run.png.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { showComment } from '../../support/mermaid/comment-page.js';
import { chromiumMissing, launchChromium } from '../../support/mermaid/render.js';
import { localRunExample, mergeReportExample } from './run-report-examples.js';

const missing = chromiumMissing();
if (missing) console.warn(missing);
const maybe = missing ? describe.skip : describe;
const root = path.resolve(import.meta.dirname, '../../..');

interface Seen {
  readonly svgs: number;
  readonly svgText: string;
  readonly text: string;
  readonly html: string;
}

/** The report as a rendered page: diagrams drawn (a Mermaid error throws), folds opened. */
async function render(browser: Browser, markdown: string): Promise<{ page: Page; seen: Seen }> {
  const page = await browser.newPage({
    viewport: { width: 900, height: 600 },
    deviceScaleFactor: 1,
  });
  await showComment(page, markdown);
  const seen = await page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    return {
      svgs: document.querySelectorAll('.mermaid svg').length,
      svgText: Array.from(document.querySelectorAll('.mermaid svg text'))
        .map((t) => t.textContent ?? '')
        .join('\n'),
      text: document.body.innerText,
      html: document.body.innerHTML,
    };
  });
  return { page, seen };
}

/** Nothing of the Markdown or HTML source shows through as text. */
function expectClean(seen: Seen): void {
  expect(seen.text).not.toMatch(/&#\d+;|#\d+;|\| ---|```|<!--|<\/?(details|summary|sub)>/);
  expect(seen.html).not.toMatch(/Syntax error|<img|on\w+=/i);
}

/** The screenshot, with the folds closed as GitHub shows them but the ROC points and confusion
 * matrix opened. */
async function screenshot(page: Page, file: string): Promise<void> {
  if (process.env.UPDATE_DOCS_IMAGES !== '1') return;
  await page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => {
      d.open = /^ROC points|^Confusion matrix/.test(d.querySelector('summary')?.textContent ?? '');
    });
  });
  mkdirSync(path.join(root, 'docs/images'), { recursive: true });
  await page.locator('.comment').screenshot({ path: path.join(root, 'docs/images', file) });
}

maybe('run reports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the merge report: ROC chart drawn, metrics against production, decision, promotion', async () => {
    const { markdown } = mergeReportExample();
    const { page, seen } = await render(browser, markdown);
    expect(seen.svgs).toBe(1);
    expect(seen.svgText).toContain('ROC curve (AUC 0.994)');
    expect(seen.svgText).toContain('false positive rate');
    expectClean(seen);
    const text = seen.text;
    expect(text).toContain('breast-cancer-xgboost · trained on merge · decision: deploy');
    expect(text).toMatch(
      /accuracy \(eval-model\)\s+0\.971\s+0\.965\s+\+0\.006\s+≥ 0\.9; may drop ≤ 0\.02\s+✅/,
    );
    expect(text).toMatch(/auc \(eval-model\)\s+0\.994\s+(0\.991\s+\+0\.003\s+)?≥ 0\.95\s+✅/);
    expect(text).toContain('the pipeline decided to deploy (eval-model → deploy = true)');
    expect(text).toMatch(/malignant\s+61\s+3/);
    expect(text).toMatch(/benign\s+2\s+105/);
    expect(text).toContain('staging ✅ v8 at 2026-11-26 10:31 UTC');
    expect(text).toContain('production ⏳ waiting for approval in production');
    expect(text).toContain('for e4f5a6b');
    await screenshot(page, 'merge-report.png');
    await page.close();
  });

  it('the local run report: metrics of the real run, gates, ROC chart, tasks', async () => {
    const { markdown } = localRunExample();
    const { page, seen } = await render(browser, markdown);
    expect(seen.svgs).toBe(1);
    expect(seen.svgText).toContain('ROC curve (AUC 0.994)');
    expectClean(seen);
    const text = seen.text;
    expect(text).toContain('breast-cancer-xgboost · local run · decision: deploy');
    expect(text).toContain('SUCCEEDED in 11.0 s');
    expect(text).toMatch(/accuracy \(eval-model\)\s+0\.9474\s+≥ 0\.9; may drop ≤ 0\.02\s+✅/);
    expect(text).toMatch(/auc \(eval-model\)\s+0\.9944\s+≥ 0\.95\s+✅/);
    expect(text).toContain('regression check of eval-model/accuracy skipped');
    expect(text).toMatch(/malignant\s+38\s+4/);
    expect(text).toMatch(/train-model\s+✅ succeeded\s+3\.4 s/);
    await screenshot(page, 'local-run.png');
    await page.close();
  });
});
