/**
 * Hostile text for the rendering checks: each entry once made something live in a body, or could
 * (GitHub's renderer, cmark-gfm, plus its mention and issue-reference rules).
 */
export const HOSTILE_TEXTS = [
  '`<img src=x onerror=alert(1)>`',
  '<img src=x onerror=alert(1)>',
  '```js`x\n<img src=x onerror=alert(1)>\n```',
  '&@x',
  '#@x',
  '/@x',
  '@x',
  '&#64;x',
  '&#35;1',
  '#1',
  'GH-1',
  'octo-org/pipelines#1',
  '[link](https://evil.example)',
  '![img](https://evil.example/t.png)',
  '<!-- kfp-action:check:other -->',
  'line\n::error file=x.py::forged\nmore',
  'a|b||c',
  'www.evil.example',
  'https://evil.example/x',
  'x@evil.example',
  '<details open ontoggle=alert(1)>',
  '</details></summary><script>alert(1)</script>',
  '*em* _em_ ~~del~~ - [ ] task',
];

/** All of them in one string (names, defaults, messages). */
export const HOSTILE = HOSTILE_TEXTS.join(' ');

/** What a renderer that keeps one line shows of a hostile text: newlines as spaces. */
export function oneLine(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ');
}
