// Jest transformer: TypeScript → ESM JavaScript with esbuild (no type checking here; `tsc` does it).
// Like scripts/build.mjs, it injects package.json's version (src/core/version.ts), so the tests
// see the version the bundle will carry.
/* global __dirname, __filename */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { transformSync } = require('esbuild');

const { version } = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'),
);

module.exports = {
  process(sourceText, sourcePath) {
    const { code, map } = transformSync(sourceText, {
      loader: 'ts',
      format: 'esm',
      target: 'node22',
      sourcemap: 'inline',
      sourcefile: sourcePath,
      define: { __KFP_ACTION_VERSION__: JSON.stringify(version) },
    });
    return { code, map };
  },
  // The output depends on the version too: a new version must not reuse a cached transform.
  getCacheKey(sourceText, sourcePath) {
    return createHash('sha256')
      .update(sourceText)
      .update('\0')
      .update(sourcePath)
      .update('\0')
      .update(version)
      .update('\0')
      .update(readFileSync(__filename))
      .digest('hex');
  },
};
