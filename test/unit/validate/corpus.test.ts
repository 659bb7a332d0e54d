/**
 * The corpus of real compiled IR beside the repository (../shared/corpus/kfp-ir, see its
 * SOURCE.md): valid/ and components/ validate with no finding, invalid/ fails, quirks/ is
 * accepted or rejected with a located YAML error. A clone without the corpus skips these tests
 * (Jest lists them as skipped) rather than passing them vacuously.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateBytes } from '../../../src/core/validate/index.js';
import { CORPUS } from '../../support/validate/variants.js';

const present = existsSync(path.join(CORPUS, 'valid'));
const files = (folder: string) =>
  present ? globSync(`${folder}/**/*.{yaml,yml,json}`, { cwd: CORPUS }).sort() : [];
const validate = (file: string) => validateBytes(readFileSync(path.join(CORPUS, file)), file);

if (present)
  describe(`corpus at ${CORPUS}`, () => {
    it('has the folders SOURCE.md describes', () => {
      expect(files('valid').length).toBeGreaterThan(150);
      expect(files('components').length).toBeGreaterThan(10);
      expect(files('invalid').length).toBeGreaterThan(0);
    });

    it('accepts every file under valid/ and components/ with no finding', () => {
      const findings = [...files('valid'), ...files('components')].flatMap(
        (f) => validate(f).diagnostics,
      );
      expect(findings).toEqual([]);
    });

    it.each(files('invalid'))('rejects %s with a located error', (file) => {
      const { valid, diagnostics } = validate(file);
      expect(valid).toBe(false);
      for (const d of diagnostics) {
        expect(d.file).toBe(file);
        expect(d.line).toBeGreaterThan(0);
        expect(d.column).toBeGreaterThan(0);
      }
    });

    it.each(files('quirks'))('accepts %s or rejects it with a located YAML error', (file) => {
      const { valid, diagnostics } = validate(file);
      if (!valid) {
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0]).toMatchObject({ code: 'load/yaml-syntax', file });
        expect(diagnostics[0]!.line).toBeGreaterThan(1);
      } else {
        expect(diagnostics).toEqual([]);
      }
    });
  });
else {
  describe('corpus', () => {
    it.skip(`SKIPPED: no corpus at ${CORPUS} (it sits beside CI checkouts, not in a clone)`, () => {});
  });
}
