/** Types for synthetic-pipeline.mjs (tests import it too). */
export declare function syntheticPipeline(tasks: number): Record<string, unknown>;
export declare function syntheticYaml(tasks: number): string;
