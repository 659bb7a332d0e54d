/// <reference lib="dom" />
/**
 * Renders Mermaid diagrams in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core), offline, with the `mermaid` package's own dist/mermaid.min.js. A diagram that
 * Mermaid cannot parse or render is an error with Mermaid's message. Reusable for any chart:
 *
 *   const renderer = await MermaidRenderer.tryStart();   // undefined (with a reason) without chromium
 *   const svg = await renderer.render('flowchart LR\n a --> b');
 *   await renderer.close();
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.KFP_ACTION_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why rendering tests must be skipped here, or undefined when chromium is present. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `chromium is not installed at ${CHROMIUM} (run scripts/setup.sh --browser); Mermaid rendering tests skipped`;
}

/** Starts the browser (or reuses nothing: one per test file). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export class MermaidRenderer {
  private count = 0;
  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async start(): Promise<MermaidRenderer> {
    const browser = await launchChromium();
    const page = await browser.newPage();
    // Nothing may leave the machine: every request but the blank page fails.
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    const require = createRequire(import.meta.url);
    await page.addScriptTag({
      content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8'),
    });
    await page.evaluate(() => {
      (globalThis as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
      });
    });
    return new MermaidRenderer(browser, page);
  }

  /** The SVG Mermaid draws; throws with Mermaid's error when it cannot parse or render. */
  async render(source: string): Promise<string> {
    const id = `d${++this.count}`;
    const result = await this.page.evaluate(
      async ({ id, source }) => {
        const m = (
          globalThis as unknown as {
            mermaid: { render(id: string, text: string): Promise<{ svg: string }> };
          }
        ).mermaid;
        try {
          const { svg } = await m.render(id, source);
          return { svg };
        } catch (error) {
          return { error: String((error as Error)?.message ?? error) };
        }
      },
      { id, source },
    );
    if ('error' in result)
      throw new Error(`Mermaid could not render the diagram: ${result.error}\n${source}`);
    if (/Syntax error in text/.test(result.svg))
      throw new Error(`Mermaid drew an error diagram for:\n${source}`);
    return result.svg;
  }

  /** The text of every node and group label of a rendered SVG, read back from the DOM. */
  async labels(svg: string): Promise<string[]> {
    return this.page.evaluate((markup) => {
      const out = document.getElementById('out')!;
      out.innerHTML = markup;
      return Array.from(out.querySelectorAll('.nodeLabel, .cluster-label')).map(
        (e) => e.textContent ?? '',
      );
    }, svg);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Every ```mermaid block of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}
