/**
 * Endpoints through @google-cloud/aiplatform's v1 EndpointServiceClient (deep import). Create,
 * deploy and undeploy are long-running operations, each waited for (./operations.ts); every call
 * is retried on transient errors with the budget shared with the other Vertex clients.
 */
import { EndpointServiceClient } from '@google-cloud/aiplatform/build/src/v1/endpoint_service_client.js';
import { UserError } from '../../core/diagnostics.js';
import type { EndpointState } from '../../core/promotion/types.js';
import { versionName } from '../../core/promotion/types.js';
import type { DeployRequest, EndpointRegistry } from '../../ports/model-registry.js';
import type { VertexLocation } from '../../ports/vertex.js';
import { clientOptions, type ClientTarget } from '../vertex/client.js';
import { ClientStart } from '../vertex/client-start.js';
import { vertexError } from '../vertex/errors.js';
import { withRetry } from '../vertex/retry.js';
import { endpointState } from './convert.js';
import { waitForOperation, type PollableOperation, type WaitContext } from './operations.js';

const CALL_TIMEOUT_MS = 60_000;

type Lro = PollableOperation<unknown>;

export class GrpcEndpointRegistry implements EndpointRegistry {
  private readonly client: EndpointServiceClient;
  private readonly start: ClientStart;
  private readonly parent: string;

  constructor(
    target: ClientTarget,
    private readonly location: VertexLocation,
    private readonly context: WaitContext,
  ) {
    this.client = new EndpointServiceClient(
      clientOptions(target) as ConstructorParameters<typeof EndpointServiceClient>[0],
    );
    this.start = new ClientStart(this.client);
    this.parent = `projects/${location.project}/locations/${location.region}`;
  }

  /** Every call: the client started first (its failure thrown raw, worded by the caller's
   * `vertexError`; see ../vertex/client-start.ts), then retried on transient errors. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    await this.start.ready();
    return withRetry(what, fn, this.context);
  }

  private async get(name: string): Promise<EndpointState> {
    try {
      const [endpoint] = await this.call('GetEndpoint', () =>
        this.client.getEndpoint({ name }, { timeout: CALL_TIMEOUT_MS }),
      );
      return endpointState(endpoint);
    } catch (error) {
      throw vertexError('read endpoint', name, error);
    }
  }

  /** Runs one long-running call, waits for it, and hands back the endpoint as it is now. */
  private async longRunning(
    what: string,
    endpoint: string,
    start: () => Promise<unknown[]>,
  ): Promise<void> {
    try {
      const [operation] = await this.call(what, start);
      await waitForOperation(`${what} on ${endpoint}`, operation as unknown as Lro, this.context);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw vertexError(`${what} on endpoint`, endpoint, error);
    }
  }

  async findEndpoint(displayName: string): Promise<EndpointState | undefined> {
    const filter = `display_name="${displayName.replace(/["\\]/g, '\\$&')}"`;
    try {
      const [endpoints] = await this.call('ListEndpoints', () =>
        this.client.listEndpoints({ parent: this.parent, filter }, { timeout: CALL_TIMEOUT_MS }),
      );
      const matching = endpoints.map(endpointState).filter((e) => e.displayName === displayName);
      matching.sort((a, b) => a.name.localeCompare(b.name));
      return matching[0];
    } catch (error) {
      throw vertexError(`find the endpoint named "${displayName}" in`, this.parent, error);
    }
  }

  async createEndpoint(
    displayName: string,
    labels: Readonly<Record<string, string>>,
  ): Promise<EndpointState> {
    try {
      const [operation] = await this.call('CreateEndpoint', () =>
        this.client.createEndpoint(
          { parent: this.parent, endpoint: { displayName, labels: { ...labels } } },
          { timeout: CALL_TIMEOUT_MS },
        ),
      );
      const created = await waitForOperation<{ name?: string }>(
        `creating endpoint "${displayName}"`,
        operation as unknown as PollableOperation<{ name?: string }>,
        this.context,
      );
      if (!created.name) throw new Error('the finished operation named no endpoint');
      return this.get(created.name);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw vertexError(`create the endpoint "${displayName}" in`, this.parent, error);
    }
  }

  async deploy(request: DeployRequest): Promise<EndpointState> {
    const deployedModel = {
      model: versionName(request.version),
      displayName: request.displayName,
      dedicatedResources: {
        machineSpec: { machineType: request.machineType },
        minReplicaCount: request.minReplicas,
        maxReplicaCount: request.maxReplicas,
      },
      ...(request.serviceAccount ? { serviceAccount: request.serviceAccount } : {}),
    };
    await this.longRunning(`deploying ${versionName(request.version)}`, request.endpoint, () =>
      this.client.deployModel(
        { endpoint: request.endpoint, deployedModel, trafficSplit: { ...request.trafficSplit } },
        { timeout: CALL_TIMEOUT_MS },
      ),
    );
    return this.get(request.endpoint);
  }

  async undeploy(
    endpoint: string,
    deployedModelId: string,
    trafficSplit?: Readonly<Record<string, number>>,
  ): Promise<EndpointState> {
    await this.longRunning(`undeploying deployed model ${deployedModelId}`, endpoint, () =>
      this.client.undeployModel(
        {
          endpoint,
          deployedModelId,
          ...(trafficSplit ? { trafficSplit: { ...trafficSplit } } : {}),
        },
        { timeout: CALL_TIMEOUT_MS },
      ),
    );
    return this.get(endpoint);
  }

  async setTraffic(
    endpoint: string,
    trafficSplit: Readonly<Record<string, number>>,
  ): Promise<EndpointState> {
    try {
      const [updated] = await this.call('UpdateEndpoint', () =>
        this.client.updateEndpoint(
          {
            endpoint: { name: endpoint, trafficSplit: { ...trafficSplit } },
            updateMask: { paths: ['traffic_split'] },
          },
          { timeout: CALL_TIMEOUT_MS },
        ),
      );
      return endpointState(updated);
    } catch (error) {
      throw vertexError('set the traffic split of endpoint', endpoint, error);
    }
  }

  consoleUrl(endpoint: string): string {
    const id = endpoint.split('/').pop() ?? endpoint;
    const r = encodeURIComponent(this.location.region);
    const p = encodeURIComponent(this.location.project);
    return `https://console.cloud.google.com/vertex-ai/online-prediction/locations/${r}/endpoints/${encodeURIComponent(id)}?project=${p}`;
  }

  async close(): Promise<void> {
    await this.start.close();
  }
}
