export * from './affected.js';
export * from './python-imports.js';
export * from './source-lines.js';
