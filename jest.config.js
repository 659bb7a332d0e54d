/** Jest runs the TypeScript tests as native ESM (node --experimental-vm-modules), transpiled by
 * esbuild one file at a time; types are checked separately by `tsc --noEmit`. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/test/support/esbuild-transform.cjs' },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 120000,
  maxWorkers: 2,
  setupFilesAfterEnv: ['<rootDir>/test/support/markdown/check-collected.ts'],
};
