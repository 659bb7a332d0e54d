/**
 * The kfp version kfp-action compiles with. requirements.txt pins the same version for the
 * project's venv; test/unit/compile/version.test.ts fails when the two disagree.
 */
export const KFP_PINNED_VERSION = '2.17.3';
