/**
 * Naming check: the pipeline name the KFP backend and Vertex accept, and the schema version they
 * run (2.1.0, the only one KFP v2 backends accept for this IR).
 */
import { asRecord, type Check } from './context.js';

const PIPELINE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
const SCHEMA_VERSION = '2.1.0';

/** What the KFP compiler would have made of a display name: lower case, `-` for the rest. */
function suggestPipelineName(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 128);
  return s === '' ? 'my-pipeline' : s;
}

export const checkNaming: Check = (ctx) => {
  const info = asRecord(ctx.spec.pipelineInfo);
  if (info && Object.hasOwn(info, 'name')) {
    const name = info.name;
    if (name === null || name === '') {
      ctx.report(
        'naming/pipeline-name',
        'pipelineInfo.name is empty; the KFP backend refuses a pipeline without a name (set name= in @dsl.pipeline)',
        ['pipelineInfo', 'name'],
      );
    } else if (typeof name === 'string' && !PIPELINE_NAME_PATTERN.test(name)) {
      ctx.report(
        'naming/pipeline-name',
        `pipelineInfo.name "${name}" must match ${PIPELINE_NAME_PATTERN.source} (lower-case letters, digits and "-", at most 128); e.g. "${suggestPipelineName(name)}"`,
        ['pipelineInfo', 'name'],
      );
    }
  }
  const version = (ctx.spec as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    ctx.report(
      'naming/schema-version',
      `schemaVersion is missing; compiled IR for KFP v2 has schemaVersion: ${SCHEMA_VERSION} (recompile with kfp 2.x)`,
      [],
    );
  } else if (version !== SCHEMA_VERSION) {
    ctx.report(
      'naming/schema-version',
      `schemaVersion is ${JSON.stringify(version)}; the KFP backend and Vertex AI run only ${SCHEMA_VERSION} (recompile with kfp 2.x)`,
      ['schemaVersion'],
    );
  }
};
