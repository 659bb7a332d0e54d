// Jest transformer: TypeScript → ESM JavaScript with esbuild (no type checking here; `tsc` does it).
const { transformSync } = require('esbuild');

module.exports = {
  process(sourceText, sourcePath) {
    const { code, map } = transformSync(sourceText, {
      loader: 'ts',
      format: 'esm',
      target: 'node22',
      sourcemap: 'inline',
      sourcefile: sourcePath,
    });
    return { code, map };
  },
};
