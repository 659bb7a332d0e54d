export * from './affected.js';
export * from './comments.js';
export * from './plan.js';
export * from './python-imports.js';
export * from './source-lines.js';
