/// <reference lib="dom" />
/**
 * A PR comment as a web page that approximates GitHub's rendering, for looking at comments in a
 * browser and for the screenshot in docs/pr-check.md: Markdown by `marked` (GitHub-flavoured),
 * ```mermaid blocks drawn by the mermaid package, and a stylesheet close to github.com's comment
 * body. Offline: no request leaves the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { marked } from 'marked';
import type { Page } from 'playwright-core';

const CSS = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { width: 860px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.header b { color: #1f2328; }
.body { padding: 16px; }
h3 { font-size: 1.25em; margin: 0 0 16px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; } td:first-child { white-space: nowrap; }
p, ul, details { margin: 0 0 16px; } ul { padding-left: 2em; }
a { color: #0969da; text-decoration: none; }
sub { color: #59636e; }
blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #0969da; }
.mermaid { display: flex; justify-content: center; margin: 0 0 16px; }
`;

/** HTML of the comment, Mermaid blocks left as <pre class="mermaid"> for the page to draw. */
export function commentHtml(markdown: string, author = 'github-actions[bot]'): string {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  const withDiagrams = html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_m, code: string) => `<pre class="mermaid">${code}</pre>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="comment"><div class="header"><b>${author}</b> commented</div><div class="body">${withDiagrams}</div></div>
</body></html>`;
}

/** Loads the comment into the page and draws its diagrams; throws on a Mermaid error. */
export async function showComment(page: Page, markdown: string): Promise<void> {
  await page.route('**/*', (route) => route.abort());
  await page.setContent(commentHtml(markdown));
  const require = createRequire(import.meta.url);
  await page.addScriptTag({
    content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8'),
  });
  const error = await page.evaluate(async () => {
    const m = (
      globalThis as unknown as {
        mermaid: { initialize(o: object): void; run(o: object): Promise<void> };
      }
    ).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    try {
      await m.run({ querySelector: 'pre.mermaid' });
      return undefined;
    } catch (e) {
      return String((e as Error)?.message ?? e);
    }
  });
  if (error) throw new Error(`Mermaid could not render the comment's diagram: ${error}`);
}
