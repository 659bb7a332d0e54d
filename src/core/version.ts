/**
 * kfp-action's version: package.json's `version`, the only copy. scripts/build.mjs injects it into
 * dist/ (esbuild `define`), the Jest transform into the tests (test/support/esbuild-transform.cjs);
 * test/unit/release/version.test.ts proves no other copy exists in src/.
 */
declare const __KFP_ACTION_VERSION__: string;

export const VERSION: string = __KFP_ACTION_VERSION__;

/** The User-Agent product token sent to GitHub and Google Cloud: `kfp-action/<version>`. */
export const USER_AGENT = `kfp-action/${VERSION}`;
