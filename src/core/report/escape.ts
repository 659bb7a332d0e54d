/**
 * Escaping of untrusted text (task, metric, file and parameter names, error messages, values) on
 * its way into Markdown and Mermaid. Every renderer goes through these functions; nothing a
 * pipeline or a PR author controls is written raw.
 */

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&@~=$:]/g;

/**
 * U+2060 WORD JOINER: invisible, and not a word character, so GitHub's mention rule (`@` + a
 * letter or digit) and its issue-reference rule (`#` / `GH-` + digits) no longer match.
 */
const WORD_JOINER = '\u2060';

/**
 * Breaks @mentions and issue references (`#123`, `owner/repo#123`, `GH-123`) in text that is
 * shown as is. Character references do not help: GitHub decodes `&#64;` before it links
 * mentions (github/cmark-gfm#181). A word joiner after `@` / `#` / `GH-` does.
 */
function breakReferences(s: string): string {
  return s.replace(/[@#]|\bGH-/gi, (m) => `${m}${WORD_JOINER}`);
}

/**
 * Inline Markdown text: no HTML, no @mentions or issue references, no links, autolinks or
 * emphasis, no table breaks, one line. Characters with meaning are written as numeric character
 * references, which GitHub renders as the character itself.
 */
export function mdText(value: unknown): string {
  return breakReferences(String(value).replace(/\r?\n|\r/g, ' ')).replace(
    MD_SPECIAL,
    (c) => `&#${c.charCodeAt(0)};`,
  );
}

/** A table cell: like mdText, and empty cells stay visibly empty. */
export function mdCell(value: unknown): string {
  const s = mdText(value);
  return s.trim() === '' ? '&#32;' : s;
}

/**
 * Inline code for an untrusted value. Backticks inside cannot close the span because the span
 * uses a longer fence; pipes are escaped so a table survives; newlines become spaces. Code spans
 * show `&…;` literally, so this is for values that must stay copyable, with no HTML meaning.
 */
export function mdCode(value: unknown): string {
  const s = String(value)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || s.trim() === '' ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/**
 * A URL as a Markdown link target: an `https://` URL (`http://` too with `allowHttp`) without
 * whitespace, re-encoded, with `( ) < >` percent-encoded so it cannot end the link or open HTML.
 * Undefined for anything else, including a malformed percent-encoding (never throws).
 */
export function mdUrl(value: string | undefined, allowHttp = false): string | undefined {
  if (!value || !(allowHttp ? /^https?:\/\/\S+$/ : /^https:\/\/\S+$/).test(value)) return undefined;
  try {
    return encodeURI(decodeURI(value)).replace(
      /[()<>]/g,
      (c) => `%${c.charCodeAt(0).toString(16)}`,
    );
  } catch {
    return undefined;
  }
}

/**
 * A fenced code block for multi-line untrusted text (error output): the fence outgrows every run
 * of backticks in it, and the info string keeps only `[A-Za-z0-9_+-]` (a backtick there would
 * turn the fence into an inline code span and the text into Markdown).
 */
export function mdCodeBlock(value: string, language = ''): string {
  const longest = Math.max(2, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const info = language.replace(/[^A-Za-z0-9_+-]/g, '');
  return `${fence}${info}\n${value.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n${fence}`;
}

const MERMAID_SPECIAL = /[#"<>[\]{}()|`;&@\\]/g;

/**
 * A Mermaid label, already quoted: `"…"` with each of #"<>[]{}()|`;&@\ written as `#<code>;`
 * (Mermaid's own entity syntax). Checked in Chromium with mermaid 11: renders the text exactly and
 * injects nothing (see ../shared/BRIEF.md).
 */
export function mermaidLabel(value: unknown): string {
  const s = String(value)
    .replace(/\r?\n|\r/g, ' ')
    .replace(MERMAID_SPECIAL, (c) => `#${c.charCodeAt(0)};`);
  return `"${s}"`;
}

/** A Mermaid node id derived from any string: [A-Za-z0-9_] only, unique per input. */
export function mermaidId(value: string, prefix = 'n'): string {
  let out = '';
  for (const ch of value) {
    out += /[A-Za-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return `${prefix}_${out}`;
}

/**
 * The key of a hidden marker (`<!-- kfp-action:KIND:KEY -->`): the name with everything outside
 * `[A-Za-z0-9._-]` percent-encoded, so a name can neither end the HTML comment nor pose as
 * another name's marker (the encoding is one-to-one).
 */
export function markerKey(name: string): string {
  return [...name]
    .map((c) => (/[A-Za-z0-9._-]/.test(c) ? c : `%${c.codePointAt(0)!.toString(16)}`))
    .join('');
}

/** Cuts text to at most `max` characters, saying how much was cut. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 40))}… (${value.length - max + 40} more characters)`;
}
