export * from './rules.js';
export * from './sarif.js';
