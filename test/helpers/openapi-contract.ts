import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The official Conversations v1 OpenAPI file, and validators built from it that are stricter than
 * the file itself: every property an object schema lists is required and nothing else is
 * allowed, because the emulator promises every listed property (null when unset) and nothing more.
 */

/** The vendored copy (spec/README.md says where it came from). */
export const SPEC_FILE = new URL('../../spec/twilio_conversations_v1.json', import.meta.url);
const SPEC_ID = 'twilio_conversations_v1.json';
const COMPONENTS = '#/components/schemas/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface SpecOperation {
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** The spec's path template, e.g. `/v1/Conversations/{Sid}`. */
  path: string;
  /** The 2xx statuses the spec declares for the operation. */
  successStatuses: number[];
  /** Status → whether the spec gives that status a JSON body. */
  hasBody: Map<number, boolean>;
  /** For lists: the `PageSize` default the spec states and the maximum it allows. */
  pageSize?: { default: number; maximum: number };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadSpec(): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));
  if (!isObject(parsed)) throw new Error(`${SPEC_ID} is not a JSON object`);
  return parsed;
}

/** The property names the spec lists for a component schema, sorted: what every response must carry. */
export function specPropertyNames(schemaName: string, spec: JsonObject = loadSpec()): string[] {
  const components = spec.components;
  const schemas = isObject(components) ? components.schemas : undefined;
  const schema = isObject(schemas) ? schemas[schemaName] : undefined;
  const properties = isObject(schema) ? schema.properties : undefined;
  if (!isObject(properties)) throw new Error(`the spec has no properties for ${schemaName}`);
  return Object.keys(properties).sort();
}

const METHODS = ['get', 'post', 'delete'] as const;

export function specOperations(spec: JsonObject): SpecOperation[] {
  const paths = spec.paths;
  if (!isObject(paths)) throw new Error('spec has no paths');
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      const responses = isObject(operation.responses) ? operation.responses : {};
      const hasBody = new Map<number, boolean>();
      for (const [code, response] of Object.entries(responses)) {
        const status = Number(code);
        if (status >= 200 && status < 300)
          hasBody.set(status, isObject(response) && isObject(response.content));
      }
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase() as SpecOperation['method'],
        path,
        successStatuses: [...hasBody.keys()].sort(),
        hasBody,
        pageSize: pageSizeOf(operation),
      });
    }
  }
  return operations;
}

function pageSizeOf(operation: JsonObject): SpecOperation['pageSize'] {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const pageSize = parameters.find((parameter) => isObject(parameter) && parameter.name === 'PageSize');
  if (!isObject(pageSize) || !isObject(pageSize.schema)) return undefined;
  const maximum = pageSize.schema.maximum;
  const stated =
    typeof pageSize.description === 'string' ? /The default is (\d+)/.exec(pageSize.description) : null;
  if (typeof maximum !== 'number' || !stated?.[1]) return undefined;
  return { default: Number(stated[1]), maximum };
}

/**
 * Rewrites a schema for strict validation:
 * - `$ref: #/components/schemas/…` points into the registered copy of those schemas;
 * - an object schema that lists properties requires all of them and forbids others;
 * - a `uri-map` object (Twilio's `links`) is a map whose values are absolute URIs;
 * - `nullable` without `type` (Twilio's free-form `timers`, `delivery`, …) allows any JSON value,
 *   which is what it means in OpenAPI 3.0; ajv handles `nullable` next to `type` itself.
 */
export function strictSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(strictSchema);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS))
      out[key] = `${SPEC_ID}#/definitions/${value.slice(COMPONENTS.length)}`;
    else if (key === 'properties' && isObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strictSchema(sub)]));
    else if (key === 'x-twilio' || key === 'description' || key === 'examples' || key === 'example') continue;
    else out[key] = strictSchema(value);
  }
  if (out.nullable !== undefined && out.type === undefined && out.$ref === undefined) delete out.nullable;
  if (isObject(out.properties)) {
    out.type ??= 'object';
    out.required = Object.keys(out.properties);
    out.additionalProperties = false;
  } else if (out.format === 'uri-map') {
    // ajv applies `format` to strings only; on an object the map's values carry the check instead.
    delete out.format;
    out.additionalProperties = { type: 'string', format: 'uri' };
  }
  return out;
}

export interface ContractValidator {
  operations: SpecOperation[];
  /** Validates a body against the response schema of an operation and status; returns the problems found. */
  validate(operationId: string, status: number, body: unknown): string[];
}

export function createContractValidator(spec: JsonObject = loadSpec()): ContractValidator {
  const operations = specOperations(spec);
  const components = isObject(spec.components) ? spec.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const ajv = new Ajv({ strict: true, allErrors: true, strictRequired: false });
  addFormats.default(ajv);
  // Twilio's non-standard formats: accepted as they come, the structure is checked by other keywords.
  ajv.addFormat('uri-map', true);
  ajv.addSchema({ $id: SPEC_ID, definitions: strictSchema(schemas) });

  const paths = isObject(spec.paths) ? spec.paths : {};
  const validators = new Map<string, ValidateFunction>();
  for (const operation of operations) {
    const item = paths[operation.path];
    const op = isObject(item) ? item[operation.method.toLowerCase()] : undefined;
    const responses = isObject(op) && isObject(op.responses) ? op.responses : {};
    for (const status of operation.successStatuses) {
      const response = responses[String(status)];
      const content = isObject(response) && isObject(response.content) ? response.content : undefined;
      const media = content ? content['application/json'] : undefined;
      if (!isObject(media) || media.schema === undefined) continue;
      validators.set(`${operation.operationId} ${status}`, ajv.compile(strictSchema(media.schema) as object));
    }
  }

  return {
    operations,
    validate(operationId, status, body) {
      const operation = operations.find((candidate) => candidate.operationId === operationId);
      if (!operation) return [`${operationId} is not an operation of the spec`];
      if (!operation.successStatuses.includes(status))
        return [`status ${status} is not one the spec declares (${operation.successStatuses.join(', ')})`];
      if (!operation.hasBody.get(status)) {
        return body === undefined ? [] : [`expected an empty body, got ${JSON.stringify(body)}`];
      }
      const validator = validators.get(`${operationId} ${status}`);
      if (!validator) return [`no response schema compiled for ${operationId} ${status}`];
      return validator(body) ? [] : (validator.errors ?? []).map(describeError);
    },
  };
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || '(body)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}
