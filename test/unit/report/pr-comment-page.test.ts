/**
 * A whole rendered comment in Chromium, the way a reviewer sees it. With UPDATE_DOCS_IMAGES=1
 * it also writes the screenshot of docs/pr-check.md (docs/images/pr-check.png).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { showComment } from '../../support/mermaid/comment-page.js';
import { chromiumMissing, launchChromium } from '../../support/mermaid/render.js';
import { breastCancerExample } from './pr-comment-example.js';

const missing = chromiumMissing();
const maybe = missing ? describe.skip : describe;
const root = path.resolve(import.meta.dirname, '../../..');

maybe('PR comment page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the example comment: diagram drawn, tables intact, no raw Markdown left', async () => {
    const { result, ctx } = breastCancerExample();
    const { body } = renderPrComment(result, ctx);
    const page = await browser.newPage({
      viewport: { width: 900, height: 600 },
      deviceScaleFactor: 1,
    });
    await showComment(page, body);
    const seen = await page.evaluate(() => ({
      svgs: document.querySelectorAll('.mermaid svg').length,
      rows: document.querySelectorAll('table tr').length,
      text: document.body.innerText,
    }));
    expect(seen.svgs).toBe(1);
    expect(seen.rows).toBeGreaterThanOrEqual(4);
    expect(seen.text).toContain('train-model');
    expect(seen.text).not.toMatch(/&#\d+;|\| ---/);
    if (process.env.UPDATE_DOCS_IMAGES === '1') {
      mkdirSync(path.join(root, 'docs/images'), { recursive: true });
      await page
        .locator('.comment')
        .screenshot({ path: path.join(root, 'docs/images/pr-check.png') });
    }
    await page.close();
  });
});
