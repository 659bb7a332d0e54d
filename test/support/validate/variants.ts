/** Hand-made broken variants of test/fixtures/validate/base.yaml (a real kfp 2.17 compile). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/validate');
export const BASE = readFileSync(path.join(FIXTURES, 'base.yaml'), 'utf8');

/** The base text with `find` (which must occur exactly once) replaced. */
export function variant(find: string, replace: string, text = BASE): string {
  const at = text.indexOf(find);
  if (at === -1 || text.indexOf(find, at + 1) !== -1) {
    throw new Error(`test setup: ${JSON.stringify(find)} must occur exactly once`);
  }
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** 1-based line of the one occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + 1) !== -1) {
    throw new Error(`test setup: ${JSON.stringify(needle)} must occur exactly once`);
  }
  return text.slice(0, at).split('\n').length;
}

/** Where the corpus of real compiled IR lives: beside the repository (absent in a user's clone),
 * or $KFP_IR_CORPUS. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const CORPUS = process.env.KFP_IR_CORPUS
  ? path.resolve(process.env.KFP_IR_CORPUS)
  : path.resolve(REPO_ROOT, '../shared/corpus/kfp-ir');
