export * from './diff.js';
export * from './model.js';
