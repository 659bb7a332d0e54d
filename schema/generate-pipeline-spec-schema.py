"""Writes schema/pipeline-spec.schema.json from the PipelineSpec proto (api/v2alpha1/pipeline_spec.proto)
as compiled into the pinned kfp-pipeline-spec package, so the schema covers every field the proto
defines, with the camelCase JSON names the KFP compiler writes.

    .venv/bin/python schema/generate-pipeline-spec-schema.py > schema/pipeline-spec.schema.json

Mapping (proto3 JSON mapping, made strict where the KFP backend is strict):
- message -> object with `additionalProperties: false` (protojson rejects unknown fields);
- real `oneof` groups -> the `kfpOneof` keyword (at most one member set; checked by our ajv keyword,
  ignored by editors); synthetic oneofs of proto3 `optional` fields are skipped;
- map<k, v> -> object whose values are v; repeated -> array;
- google.protobuf.Struct / Value / ListValue and google.rpc.Status stay open (any JSON);
- int32/int64 -> integer or a decimal string; double -> number, a numeric string, NaN or +/-Infinity;
  enums -> their names (or numbers); Duration -> "1.5s".
- PipelineSpec.deploymentSpec is a Struct in the proto but every runtime reads it as
  PipelineDeploymentConfig, so it gets that (strict) schema.
Required fields are what the KFP backend refuses to run without: pipelineInfo, pipelineInfo.name, root.
"""
import json
import sys

from google.protobuf import descriptor as d
from kfp.pipeline_spec import pipeline_spec_pb2 as p

import importlib.metadata as md

SCALARS = {
    d.FieldDescriptor.TYPE_STRING: {'type': 'string'},
    d.FieldDescriptor.TYPE_BYTES: {'type': 'string'},
    d.FieldDescriptor.TYPE_BOOL: {'type': 'boolean'},
}
INTS = {d.FieldDescriptor.TYPE_INT32, d.FieldDescriptor.TYPE_INT64, d.FieldDescriptor.TYPE_UINT32,
        d.FieldDescriptor.TYPE_UINT64, d.FieldDescriptor.TYPE_SINT32, d.FieldDescriptor.TYPE_SINT64,
        d.FieldDescriptor.TYPE_FIXED32, d.FieldDescriptor.TYPE_FIXED64,
        d.FieldDescriptor.TYPE_SFIXED32, d.FieldDescriptor.TYPE_SFIXED64}
FLOATS = {d.FieldDescriptor.TYPE_DOUBLE, d.FieldDescriptor.TYPE_FLOAT}
OPEN = {
    'google.protobuf.Struct': {'type': 'object', 'description': 'google.protobuf.Struct (any JSON object)'},
    'google.protobuf.Value': {'description': 'google.protobuf.Value (any JSON value)'},
    'google.protobuf.ListValue': {'type': 'array'},
    'google.rpc.Status': {'type': 'object'},
    'google.protobuf.Duration': {'type': 'string', 'pattern': '^-?[0-9]+(\\.[0-9]{1,9})?s$',
                                 'description': 'google.protobuf.Duration, e.g. "30s"'},
}

defs = {}


def short(full):
    return full.replace('ml_pipelines.', '')


def ref(message):
    name = short(message.full_name)
    if message.full_name in OPEN:
        return dict(OPEN[message.full_name])
    if name not in defs:
        defs[name] = None  # reserve (recursion)
        defs[name] = message_schema(message)
    return {'$ref': f'#/definitions/{name}'}


def field_value(f):
    if f.message_type is not None:
        return ref(f.message_type)
    if f.enum_type is not None:
        names = [v.name for v in f.enum_type.values]
        return {'anyOf': [{'type': 'string', 'enum': names}, {'type': 'integer'}],
                'description': f'enum {short(f.enum_type.full_name)}'}
    if f.type in INTS:
        return {'anyOf': [{'type': 'integer'}, {'type': 'string', 'pattern': '^-?[0-9]+$'}]}
    if f.type in FLOATS:
        return {'anyOf': [{'type': 'number'},
                          {'type': 'string', 'pattern': '^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$'}]}
    return dict(SCALARS[f.type])


def field_schema(f):
    if f.message_type is not None and f.message_type.GetOptions().map_entry:
        value = f.message_type.fields_by_name['value']
        return {'type': 'object', 'additionalProperties': field_value(value)}
    if f.is_repeated:
        return {'type': 'array', 'items': field_value(f)}
    return field_value(f)


def message_schema(m):
    props = {}
    for f in m.fields:
        if m.full_name == 'ml_pipelines.PipelineSpec' and f.name == 'deployment_spec':
            props[f.json_name] = ref(p.PipelineDeploymentConfig.DESCRIPTOR)
        else:
            props[f.json_name] = field_schema(f)
    schema = {'type': 'object', 'description': f'ml_pipelines.{short(m.full_name)}',
              'additionalProperties': False, 'properties': props}
    groups = [[f.json_name for f in o.fields] for o in m.oneofs
              if not (o.name.startswith('_') and len(o.fields) == 1)]
    if groups:
        schema['kfpOneof'] = groups
    return schema


top = ref(p.PipelineSpec.DESCRIPTOR)
ref(p.PlatformSpec.DESCRIPTOR)
defs['PipelineSpec']['required'] = ['pipelineInfo', 'root']
info = defs['PipelineInfo']
info['required'] = ['name']
# An empty name is reported by the naming check with a clearer message than a type error.
info['properties']['name'] = {'type': ['string', 'null']}

schema = {
    '$schema': 'http://json-schema.org/draft-07/schema#',
    '$id': 'https://github.com/kfp-action/kfp-action/schema/pipeline-spec.schema.json',
    'title': 'Kubeflow Pipelines compiled IR (PipelineSpec, schemaVersion 2.1.0)',
    'description': ('Generated by schema/generate-pipeline-spec-schema.py from '
                    f'kfp-pipeline-spec {md.version("kfp-pipeline-spec")} '
                    '(kubeflow/pipelines api/v2alpha1/pipeline_spec.proto). '
                    'The optional second YAML document is #/definitions/PlatformSpec.'),
    '$ref': top['$ref'],
    'definitions': dict(sorted(defs.items())),
}
json.dump(schema, sys.stdout, indent=2)
sys.stdout.write('\n')
