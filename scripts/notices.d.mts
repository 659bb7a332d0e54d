/** Types for notices.mjs (the build runs it; tests import it too). */
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string | undefined;
  readonly files: readonly { readonly name: string; readonly text: string }[];
}
export declare const ALLOWED_LICENSES: readonly string[];
export declare const WITHOUT_LICENSE_FILE: Readonly<Record<string, string>>;
export declare function packageDirOf(file: string): string | undefined;
export declare function bundledPackages(
  metafile: { inputs: Record<string, unknown> },
  root: string,
): BundledPackage[];
export declare function isAllowed(expression: string, allowed?: readonly string[]): boolean;
export declare function noticeProblems(packages: readonly BundledPackage[]): string[];
export declare function renderNotices(product: string, packages: readonly BundledPackage[]): string;
export declare function writeNotices(
  metafile: { inputs: Record<string, unknown> },
  root: string,
  outdir: string,
): BundledPackage[];
