/** Types for synthetic-pipeline.mjs (tests import it too). */
export interface SyntheticOptions {
  readonly lean?: boolean;
}
export declare function syntheticPipeline(
  tasks: number,
  options?: SyntheticOptions,
): Record<string, unknown>;
export declare function syntheticYaml(tasks: number, options?: SyntheticOptions): string;
