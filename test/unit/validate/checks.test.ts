import { describe, expect, it } from '@jest/globals';
import { ownerOf } from '../../../src/core/validate/context.js';
import { validateText } from '../../../src/core/validate/index.js';
import { BASE, lineOf, variant } from '../../support/validate/variants.js';

/** Validates `text` and returns the findings with `code`. */
function findings(text: string, code: string) {
  const { diagnostics } = validateText(text, 'base.yaml');
  return diagnostics.filter((d) => d.code === code);
}

/** Exactly one finding with `code`, on the line of `marker`; returns it. */
function expectOne(text: string, code: string, marker: string) {
  const { valid, diagnostics } = validateText(text, 'base.yaml');
  const hits = diagnostics.filter((d) => d.code === code);
  expect(valid).toBe(false);
  expect(hits).toHaveLength(1);
  expect(hits[0]).toMatchObject({
    file: 'base.yaml',
    line: lineOf(text, marker),
    severity: 'error',
  });
  expect(hits[0]!.column).toBeGreaterThan(0);
  return hits[0]!;
}

describe('the base fixture', () => {
  it('is valid with no finding at all', () => {
    expect(validateText(BASE, 'base.yaml')).toEqual({ valid: true, diagnostics: [] });
  });
});

describe('schema', () => {
  it('rejects an unknown field, naming it and the message type', () => {
    const text = variant(
      '      train:\n        cachingOptions:',
      '      train:\n        retries: 3\n        cachingOptions:',
    );
    const d = expectOne(text, 'schema/unknown-field', 'retries: 3');
    expect(d.message).toContain('"retries"');
    expect(d.message).toContain('ml_pipelines.PipelineTaskSpec');
    expect(d.path).toBe('root.dag.tasks.train.retries');
    expect(d.task).toBe('train');
  });

  it('suggests the camelCase name for a snake_case field', () => {
    const text = variant('pipelineInfo:\n  name', 'pipeline_info:\n  name');
    const d = expectOne(text, 'schema/unknown-field', 'pipeline_info:');
    expect(d.message).toContain('did you mean "pipelineInfo"');
    expect(findings(text, 'schema/missing-field')[0]?.message).toContain('"pipelineInfo"');
  });

  it('rejects a wrong scalar type', () => {
    const text = variant('    executorLabel: exec-square', '    executorLabel: 42');
    const d = expectOne(text, 'schema/wrong-type', 'executorLabel: 42');
    expect(d.message).toMatch(/must be a string, got number 42/);
  });

  it('rejects an enum value the proto does not define', () => {
    const text = variant(
      '        Output:\n          parameterType: STRING',
      '        Output:\n          parameterType: TEXT',
    );
    const d = expectOne(text, 'schema/bad-enum', 'parameterType: TEXT');
    expect(d.message).toContain('NUMBER_DOUBLE');
  });

  it('rejects two members of one proto oneof', () => {
    const text = variant(
      '    executorLabel: exec-make-data\n',
      '    executorLabel: exec-make-data\n    dag: {}\n',
    );
    const d = expectOne(text, 'schema/oneof-conflict', 'comp-make-data:');
    expect(d.message).toContain('"dag" and "executorLabel"');
  });

  it('requires root', () => {
    const text = variant('root:\n  dag:', 'rooot:\n  dag:');
    expect(
      findings(text, 'schema/missing-field')
        .map((d) => d.message)
        .join(),
    ).toContain('"root"');
  });

  it('checks the platform document against PlatformSpec', () => {
    const text = variant(
      '    deploymentSpec:\n      executors:\n        exec-make-data:',
      '    deploymentSpecs:\n      executors:\n        exec-make-data:',
    );
    const d = expectOne(text, 'schema/unknown-field', 'deploymentSpecs:');
    expect(d.path).toBe('platforms.kubernetes.deploymentSpecs');
  });
});

describe('graph', () => {
  it('finds a cycle and names its tasks in order', () => {
    const text = variant(
      '          name: comp-make-data\n        inputs:',
      '          name: comp-make-data\n        dependentTasks:\n        - train\n        inputs:',
    );
    const d = expectOne(text, 'graph/cycle', '      make-data:\n');
    expect(d.message).toContain('make-data → train → make-data');
    expect(d.task).toBe('make-data');
  });

  it('finds a task that depends on itself', () => {
    const text = variant('        - make-data', '        - train');
    expect(expectOne(text, 'graph/cycle', '      train:\n').message).toContain('depends on itself');
  });

  it('finds a producer that is not a task of the DAG', () => {
    const text = variant('producerTask: make-data', 'producerTask: make-dta');
    const d = expectOne(text, 'graph/dangling-producer', 'producerTask: make-dta');
    expect(d.task).toBe('train');
    expect(d.message).toContain('"make-dta"');
  });

  it('finds an output key the producer does not have', () => {
    const text = variant('outputArtifactKey: data', 'outputArtifactKey: dataset');
    expectOne(text, 'graph/unknown-output', 'outputArtifactKey: dataset');
  });

  it('says when an output key names the other kind', () => {
    const text = variant('outputArtifactKey: model', 'outputArtifactKey: Output');
    expect(expectOne(text, 'graph/unknown-output', 'outputArtifactKey: Output').message).toContain(
      'is an output parameter, not an output artifact',
    );
  });

  it('finds an unknown component', () => {
    const text = variant('name: comp-square', 'name: comp-sqare');
    expectOne(text, 'graph/unknown-component', 'name: comp-sqare');
  });

  it('finds an unknown executor', () => {
    const text = variant('executorLabel: exec-train', 'executorLabel: exec-trian');
    expectOne(text, 'graph/unknown-executor', 'executorLabel: exec-trian');
  });

  it('finds a dependent task that does not exist', () => {
    const text = variant('        - make-data', '        - make-dat');
    expectOne(text, 'graph/dangling-dependency', '        - make-dat');
  });

  it('finds an input of the enclosing component that does not exist', () => {
    const text = variant('componentInputParameter: learning_rate', 'componentInputParameter: lr');
    expectOne(text, 'graph/unknown-component-input', 'componentInputParameter: lr');
  });

  it('finds a loop item input the loop component does not declare', () => {
    const text = variant('itemInput: pipelinechannel--loop-item-param-2', 'itemInput: item');
    expectOne(text, 'graph/unknown-iterator-input', 'itemInput: item');
  });

  it('finds a condition that reads an input the task does not take', () => {
    const text = variant(
      "condition: inputs.parameter_values['pipelinechannel--train-Output'] > 0.5",
      "condition: inputs.parameter_values['pipelinechannel--train-Outptu'] > 0.5",
    );
    const d = expectOne(text, 'graph/unknown-condition-input', 'condition: inputs');
    expect(d.task).toBe('condition-1');
    expect(d.message).toContain('"pipelinechannel--train-Outptu"');
  });

  it('finds a component that is neither a DAG nor an executor', () => {
    const text = variant('    executorLabel: exec-square\n', '');
    expectOne(text, 'graph/no-implementation', '  comp-square:');
  });
});

describe('types', () => {
  it('finds a parameter whose producer has another type', () => {
    const text = variant(
      '      learning_rate:\n        defaultValue: 0.1\n        isOptional: true\n        parameterType: NUMBER_DOUBLE',
      '      learning_rate:\n        defaultValue: "0.1"\n        isOptional: true\n        parameterType: STRING',
    );
    const d = expectOne(text, 'types/mismatch', '            learning_rate:\n');
    expect(d.message).toContain(
      'is NUMBER_DOUBLE, but it is fed input "learning_rate" of "root", which is STRING',
    );
  });

  it('finds an artifact of an incompatible schema', () => {
    const text = variant(
      '    inputDefinitions:\n      artifacts:\n        data:\n          artifactType:\n            schemaTitle: system.Dataset',
      '    inputDefinitions:\n      artifacts:\n        data:\n          artifactType:\n            schemaTitle: system.Model',
    );
    const d = expectOne(
      text,
      'types/mismatch',
      '            data:\n              taskOutputArtifact:',
    );
    expect(d.message).toContain('system.Model@0.0.1');
  });

  it('lets system.Artifact accept any artifact', () => {
    const text = variant(
      '    inputDefinitions:\n      artifacts:\n        data:\n          artifactType:\n            schemaTitle: system.Dataset',
      '    inputDefinitions:\n      artifacts:\n        data:\n          artifactType:\n            schemaTitle: system.Artifact',
    );
    expect(validateText(text, 'base.yaml').valid).toBe(true);
  });

  it('finds a constant of the wrong type', () => {
    const text = variant(
      '            rows:\n              componentInputParameter: rows',
      '            rows:\n              runtimeValue:\n                constant: ten',
    );
    expectOne(text, 'types/mismatch', 'constant: ten');
  });

  it('finds a required input that is not supplied', () => {
    const text = variant(
      '          parameters:\n            learning_rate:\n              componentInputParameter: learning_rate\n',
      '',
    );
    const d = expectOne(
      text,
      'types/missing-input',
      '        inputs:\n          artifacts:\n            data:',
    );
    expect(d.message).toContain('"learning_rate"');
    expect(d.task).toBe('train');
  });
});

describe('placeholders', () => {
  it('finds an input the component does not declare', () => {
    const text = variant("[''score'']", "[''scor'']");
    const d = expectOne(text, 'placeholder/unknown-input', "[''scor'']");
    expect(d.task).toBe('comp-report');
    expect(d.path).toMatch(/^deploymentSpec\.executors\.exec-report\.container\.args\[1\]$/);
  });

  it('finds an artifact read as a parameter', () => {
    const text = variant(
      "{{$.inputs.artifacts[''model''].uri}}",
      "{{$.inputs.parameters[''model'']}}",
    );
    expectOne(text, 'placeholder/wrong-kind', "{{$.inputs.parameters[''model'']}}");
  });

  it('finds an IfPresent on an unknown input', () => {
    const text = variant('"InputName": "note"', '"InputName": "notes"');
    expectOne(text, 'placeholder/unknown-input', '"InputName": "notes"');
  });

  it('finds a Concat that is not JSON', () => {
    const text = variant('\'{"Concat": ["score=",', '\'{"Concat": ["score=",,');
    expectOne(text, 'placeholder/malformed', '{"Concat"');
  });

  it('finds an attribute KFP does not resolve', () => {
    const text = variant("[''model''].uri}}", "[''model''].url}}");
    expectOne(text, 'placeholder/bad-attribute', "[''model''].url}}");
  });

  it('warns about an unknown system placeholder without failing', () => {
    const text = variant(
      '        - echo\n        - \'{"Concat"',
      "        - '{{$.pipeline_colour}}'\n        - '{\"Concat\"",
    );
    const { valid, diagnostics } = validateText(text, 'base.yaml');
    expect(valid).toBe(true);
    expect(diagnostics).toMatchObject([{ code: 'placeholder/unknown', severity: 'warning' }]);
  });
});

describe('naming', () => {
  it('rejects a pipeline name the backend refuses, suggesting one', () => {
    const text = variant('  name: base-pipeline', '  name: Base_Pipeline');
    expect(expectOne(text, 'naming/pipeline-name', 'name: Base_Pipeline').message).toContain(
      '"base-pipeline"',
    );
  });

  it('rejects an empty pipeline name', () => {
    const text = variant('  name: base-pipeline', '  name:');
    expectOne(text, 'naming/pipeline-name', '  name:\nroot:');
  });

  it('rejects another schemaVersion', () => {
    const text = variant('schemaVersion: 2.1.0', 'schemaVersion: 2.0.0');
    expectOne(text, 'naming/schema-version', 'schemaVersion: 2.0.0');
  });
});

describe('platform', () => {
  it('finds a platform executor label that is not an executor', () => {
    const text = variant(
      '        exec-make-data:\n          secretAsEnv',
      '        exec-make-dta:\n          secretAsEnv',
    );
    const d = expectOne(text, 'platform/unknown-executor', 'exec-make-dta:');
    expect(d.task).toBe('exec-make-dta');
  });
});

describe('the facade', () => {
  it('gives one finding for a mapping that is not a pipeline', () => {
    const result = validateText('{"name": "kfp-action", "version": "1.0.0"}', 'package.json');
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toMatchObject([{ code: 'load/not-a-pipeline', line: 1, column: 1 }]);
  });

  it('caps the number of findings and says how many more there were', () => {
    const many = Array.from({ length: 300 }, (_, i) => `  extra${i}: 1`).join('\n');
    const result = validateText(
      variant('schemaVersion: 2.1.0', `${many}\nschemaVersion: 2.1.0`),
      'base.yaml',
    );
    expect(result.diagnostics).toHaveLength(201);
    expect(result.diagnostics[200]).toMatchObject({ code: 'validate/too-many-findings' });
    expect(result.diagnostics[200]!.message).toMatch(/^100 more findings/);
  });
});

describe('ownerOf', () => {
  it('names the innermost task, else the component or executor of a path', () => {
    expect(ownerOf(['components', 'comp-a', 'dag', 'tasks', 't1', 'inputs'])).toBe('t1');
    expect(ownerOf(['components', 'comp-a', 'inputDefinitions'])).toBe('comp-a');
    expect(ownerOf(['root', 'dag'])).toBe('root');
    expect(ownerOf(['deploymentSpec', 'executors', 'exec-a', 'container'])).toBe('exec-a');
    expect(ownerOf(['pipelineInfo', 'name'])).toBeUndefined();
  });
});
