/** Types for release.mjs (the release workflow runs it; tests import it too). */
export declare const REPOSITORY: string;
export declare function parseReleaseTag(
  tag: string,
): { readonly version: string; readonly major: string } | undefined;
export declare function changelogSection(changelog: string, version: string): string | undefined;
export declare function releaseProblems(
  tag: string,
  packageVersion: string,
  changelog: string,
): string[];
export declare function pinWorkflowRefs(
  text: string,
  sha: string,
  tag: string,
): { readonly text: string; readonly count: number };
export declare function pinWorkflowDir(
  dir: string,
  sha: string,
  tag: string,
): { readonly file: string; readonly count: number }[];
