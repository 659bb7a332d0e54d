/**
 * The fake Model Registry, endpoints and long-running operations, mounted on the fake Vertex
 * server (test/support/fake-vertex/) as extra services, so one AIPLATFORM_EMULATOR_HOST serves
 * PipelineService, ModelService, EndpointService and google.longrunning.Operations:
 *
 *   const registry = new FakeVertexModels();
 *   const vertex = await FakeVertexServer.start({ extraServices: registry.services() });
 *
 * Tests arrange and inspect `registry.state` and schedule failed operations with
 * `registry.operations.failNext('DeployModel', {code, message})`.
 */
import type { ExtraService } from '../fake-vertex/server.js';
import { endpointServiceHandlers } from './endpoint-service.js';
import { modelServiceHandlers } from './model-service.js';
import { FakeOperations } from './operations.js';
import { FakeRegistryState } from './state.js';

export { FakeRegistryState } from './state.js';
export type { FakeEndpoint, FakeModel, FakeModelVersion } from './state.js';

const V1 = 'google/cloud/aiplatform/v1';

export class FakeVertexModels {
  readonly state = new FakeRegistryState();
  readonly operations = new FakeOperations();

  services(): ExtraService[] {
    return [
      {
        protoFile: `${V1}/model_service.proto`,
        service: 'google.cloud.aiplatform.v1.ModelService',
        handlers: modelServiceHandlers(this.state, this.operations),
      },
      {
        protoFile: `${V1}/endpoint_service.proto`,
        service: 'google.cloud.aiplatform.v1.EndpointService',
        handlers: endpointServiceHandlers(this.state, this.operations),
      },
      {
        protoFile: 'google/longrunning/operations.proto',
        service: 'google.longrunning.Operations',
        handlers: this.operations.handlers,
      },
    ];
  }
}
