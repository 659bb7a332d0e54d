/**
 * Checks HTTP requests (and the fake's own responses) against GitHub's published OpenAPI
 * description (`@octokit/openapi`, api.github.com). The 13 MB description is read once per
 * process; schemas are compiled on first use.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
  $ref?: string;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object }>; $ref?: string }>;
}

interface Description {
  paths: Record<string, Record<string, Operation | Parameter[]>>;
  components: { parameters: Record<string, Parameter>; responses: Record<string, object> };
}

export interface MatchedOperation {
  readonly operationId: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  readonly template: string;
  readonly pathParams: Readonly<Record<string, string>>;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  pointer: string;
  operation: Operation;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

let shared: OpenApiChecker | undefined;

export class OpenApiChecker {
  private readonly routes: Route[] = [];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(private readonly doc: Description) {
    this.ajv = new Ajv({
      strict: false,
      validateSchema: false,
      validateFormats: false,
      allErrors: false,
    });
    this.ajv.addSchema(doc as object, 'gh');
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method === 'parameters' || Array.isArray(operation)) continue;
        const names: string[] = [];
        const source = template
          .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          .replace(/\{([^}]+)\}/g, (_m, name: string) => {
            names.push(name);
            return '([^/]+)';
          });
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${source}$`),
          names,
          literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
          pointer: `#/paths/${escapePointer(template)}/${method}`,
          operation,
        });
      }
    }
    // Prefer the most specific template (`/repos/{o}/{r}/issues/comments/{id}` over
    // `/repos/{o}/{r}/issues/{issue_number}/…`).
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** The checker for api.github.com, loaded once. */
  static shared(): OpenApiChecker {
    if (!shared) {
      const require = createRequire(import.meta.url);
      const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
      shared = new OpenApiChecker(JSON.parse(readFileSync(file, 'utf8')) as Description);
    }
    return shared;
  }

  private validator(ref: string): ValidateFunction {
    let v = this.compiled.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: `gh${ref}` });
      this.compiled.set(ref, v);
    }
    return v;
  }

  private param(p: Parameter): Parameter {
    if (!p.$ref) return p;
    const name = p.$ref.split('/').pop()!;
    return this.doc.components.parameters[name]!;
  }

  private checkValue(schemaRef: string, value: unknown, what: string): string[] {
    const v = this.validator(schemaRef);
    if (v(value)) return [];
    return (v.errors ?? [])
      .slice(0, 5)
      .map((e) => `${what}${e.instancePath} ${e.message ?? 'is invalid'}`);
  }

  /** Finds the operation; undefined when GitHub has no such endpoint. */
  match(method: string, path: string): MatchedOperation | undefined {
    const route = this.route(method, path);
    if (!route) return undefined;
    const m = route.regex.exec(path)!;
    const pathParams = Object.fromEntries(
      route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]),
    );
    return { operationId: route.operation.operationId, template: route.template, pathParams };
  }

  private route(method: string, path: string): Route | undefined {
    return this.routes.find((r) => r.method === method && r.regex.test(path));
  }

  /** Problems with a request, in words; empty when GitHub would accept its shape. */
  checkRequest(
    method: string,
    path: string,
    query: URLSearchParams,
    contentType: string | undefined,
    body: unknown,
  ): string[] {
    const route = this.route(method, path);
    if (!route) return [`${method} ${path} is not an endpoint of the GitHub REST API`];
    const problems: string[] = [];
    const params = (route.operation.parameters ?? []).map((p) => this.param(p));
    const m = route.regex.exec(path)!;
    route.names.forEach((name, i) => {
      const p = params.find((x) => x.in === 'path' && x.name === name);
      const raw = decodeURIComponent(m[i + 1]!);
      if (p?.schema && (p.schema as { type?: string }).type === 'integer' && !/^\d+$/.test(raw)) {
        problems.push(`path parameter ${name} must be an integer, got "${raw}"`);
      }
    });
    const known = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
    for (const [name, value] of query) {
      if (!known.has(name))
        problems.push(`query parameter ${name} is not accepted by ${route.operation.operationId}`);
      const p = params.find((x) => x.in === 'query' && x.name === name);
      if (p?.schema && (p.schema as { type?: string }).type === 'integer' && !/^\d+$/.test(value)) {
        problems.push(`query parameter ${name} must be an integer, got "${value}"`);
      }
    }
    const requestBody = route.operation.requestBody;
    if (requestBody) {
      if (body === undefined) {
        if (requestBody.required) problems.push(`${route.operation.operationId} needs a JSON body`);
      } else {
        if (!contentType?.startsWith('application/json')) {
          problems.push(`content-type must be application/json, got "${contentType ?? ''}"`);
        }
        if (requestBody.content?.['application/json']?.schema) {
          const ref = `${route.pointer}/requestBody/content/application~1json/schema`;
          problems.push(...this.checkValue(ref, body, 'body'));
        }
      }
    } else if (body !== undefined && method !== 'GET') {
      problems.push(`${route.operation.operationId} takes no body`);
    }
    return problems;
  }

  /** Problems with a response body the fake is about to send (keeps the fake honest). */
  checkResponse(method: string, path: string, status: number, body: unknown): string[] {
    const route = this.route(method, path);
    if (!route) return [];
    const response = route.operation.responses[String(status)];
    if (!response || response.$ref || !response.content?.['application/json']?.schema) return [];
    const ref = `${route.pointer}/responses/${status}/content/application~1json/schema`;
    return this.checkValue(ref, body, `response ${status}`);
  }
}
