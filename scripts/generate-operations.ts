import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Writes src/generated/operations.ts, the operation catalogue, from the vendored OpenAPI file: one
 * line per operation, as Octokit's endpoint table. `--check` fails when the committed file differs
 * from what the spec gives. Anything in the spec this script does not understand stops it, so a
 * new kind of parameter is noticed when the spec is updated rather than silently left out.
 */

export const SPEC_FILE = fileURLToPath(new URL('../spec/twilio_conversations_v1.json', import.meta.url));
export const OUTPUT_FILE = fileURLToPath(new URL('../src/generated/operations.ts', import.meta.url));

const METHODS = ['get', 'post', 'delete'] as const;
const PAGING_PARAMS = new Set(['PageSize', 'Page', 'PageToken']);
const WEBHOOK_HEADER = 'X-Twilio-Webhook-Enabled';
const FORM = 'application/x-www-form-urlencoded';
const SID_PATTERN = /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/;
const DEFAULT_PAGE_SIZE = /The default is (\d+)/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  id: string;
  method: 'GET' | 'POST' | 'DELETE';
  route: string;
  /** Path parameter → SID prefix, or `name` for any text. In the order of the route's placeholders. */
  params: Array<[string, string]>;
  list?: { key: string; maxPageSize: number; defaultPageSize: number };
  webhookEnabled: boolean;
  form: string[];
  query: string[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: Json | undefined, at: string): JsonObject {
  if (!isObject(value)) throw new Error(`${at} is not an object`);
  return value;
}

function text(value: Json | undefined, at: string): string {
  if (typeof value !== 'string') throw new Error(`${at} is not a string`);
  return value;
}

function readOperation(route: string, method: (typeof METHODS)[number], operation: JsonObject): Operation {
  const id = text(operation.operationId, `${method} ${route} operationId`);
  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map((p, i) =>
    object(p, `${id} parameter ${i}`),
  );
  const placeholders = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);

  const params: Array<[string, string]> = placeholders.map((name) => {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    if (!parameter) throw new Error(`${id}: {${name}} has no path parameter`);
    const schema = object(parameter.schema, `${id} ${name} schema`);
    if (schema.pattern === undefined) return [name, 'name'];
    const prefix = SID_PATTERN.exec(text(schema.pattern, `${id} ${name} pattern`))?.[1];
    if (!prefix)
      throw new Error(`${id}: ${name} has a pattern that is not a SID's: ${String(schema.pattern)}`);
    return [name, prefix];
  });

  const query: string[] = [];
  let webhookEnabled = false;
  let pageSize: JsonObject | undefined;
  for (const parameter of parameters) {
    const name = text(parameter.name, `${id} parameter name`);
    if (parameter.in === 'path') {
      if (!placeholders.includes(name)) throw new Error(`${id}: path parameter ${name} is not in the route`);
    } else if (parameter.in === 'header') {
      if (name !== WEBHOOK_HEADER) throw new Error(`${id}: unknown header parameter ${name}`);
      webhookEnabled = true;
    } else if (parameter.in === 'query') {
      if (name === 'PageSize') pageSize = parameter;
      else if (!PAGING_PARAMS.has(name)) query.push(name);
    } else {
      throw new Error(`${id}: parameter ${name} is in ${String(parameter.in)}`);
    }
  }

  let form: string[] = [];
  if (operation.requestBody !== undefined) {
    const content = object(object(operation.requestBody, `${id} requestBody`).content, `${id} content`);
    const types = Object.keys(content);
    if (types.length !== 1 || types[0] !== FORM) throw new Error(`${id}: body is ${types.join(', ')}`);
    const schema = object(object(content[FORM], `${id} form`).schema, `${id} form schema`);
    form = Object.keys(object(schema.properties, `${id} form properties`));
  }

  const list = method === 'get' ? readList(id, operation, pageSize) : undefined;
  if (id.startsWith('List') !== (list !== undefined)) throw new Error(`${id}: list or not, by its name?`);
  return {
    id,
    method: method.toUpperCase() as Operation['method'],
    route,
    params,
    ...(list ? { list } : {}),
    webhookEnabled,
    form,
    query,
  };
}

/** A list answers `{ <key>: [...], meta: {...} }` and takes a `PageSize` with a maximum and a stated default. */
function readList(id: string, operation: JsonObject, pageSize: JsonObject | undefined): Operation['list'] {
  const ok = object(object(operation.responses, `${id} responses`)['200'], `${id} 200`);
  const json = isObject(ok.content) ? ok.content['application/json'] : undefined;
  const properties = isObject(json) && isObject(json.schema) ? json.schema.properties : undefined;
  if (!isObject(properties) || !('meta' in properties)) {
    if (pageSize) throw new Error(`${id} takes a PageSize but answers no page`);
    return undefined;
  }
  const keys = Object.keys(properties).filter((key) => key !== 'meta');
  if (keys.length !== 1 || !keys[0]) throw new Error(`${id}: a page with items under ${keys.join(', ')}`);
  if (!pageSize) throw new Error(`${id}: a page without PageSize`);
  const maximum = object(pageSize.schema, `${id} PageSize schema`).maximum;
  if (typeof maximum !== 'number') throw new Error(`${id}: PageSize has no maximum`);
  const stated = DEFAULT_PAGE_SIZE.exec(text(pageSize.description, `${id} PageSize description`))?.[1];
  if (!stated) throw new Error(`${id}: PageSize states no default`);
  return { key: keys[0], maxPageSize: maximum, defaultPageSize: Number(stated) };
}

export function readOperations(spec: JsonObject): Operation[] {
  const operations: Operation[] = [];
  for (const [route, item] of Object.entries(object(spec.paths, 'paths'))) {
    const methods = object(item, route);
    for (const key of Object.keys(methods)) {
      if (!['servers', 'description', 'x-twilio', ...METHODS].includes(key))
        throw new Error(`${route}: unknown key ${key}`);
    }
    for (const method of METHODS) {
      if (methods[method] !== undefined)
        operations.push(readOperation(route, method, object(methods[method], `${method} ${route}`)));
    }
  }
  const ids = new Set(operations.map((operation) => operation.id));
  if (ids.size !== operations.length) throw new Error('an operationId is used twice');
  return operations.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * How a property of a resource is read: its kind, or for an enum its values. `object` is what the
 * spec leaves untyped (an object or a list of objects); the client gives those a shape of its own.
 */
type WireKind = 'string' | 'integer' | 'boolean' | 'date' | 'strings' | 'links' | 'object' | string[];

function readKind(schemas: JsonObject, at: string, property: JsonObject): WireKind {
  if (typeof property.$ref === 'string') {
    const target = object(schemas[property.$ref.replace('#/components/schemas/', '')], property.$ref);
    if (target.type !== 'string' || !Array.isArray(target.enum))
      throw new Error(`${at}: a $ref that is not an enum`);
    return target.enum.map((value, i) => text(value, `${at} enum ${i}`));
  }
  if (property.type === undefined) return 'object';
  if (property.type === 'string') return property.format === 'date-time' ? 'date' : 'string';
  if (property.type === 'integer' || property.type === 'boolean') return property.type;
  if (property.type === 'object' && property.format === 'uri-map') return 'links';
  if (property.type === 'array') {
    const items = object(property.items, `${at} items`);
    if (items.type === 'string') return 'strings';
    if (Object.keys(items).length === 0) return 'object';
  }
  throw new Error(`${at}: a property of type ${JSON.stringify(property.type)} this script does not read`);
}

/** Every resource schema of the spec (`conversations.v1.…`): its properties' kinds, in the spec's order. */
export function readWireFields(spec: JsonObject): Array<[string, Array<[string, WireKind]>]> {
  const schemas = object(object(spec.components, 'components').schemas, 'schemas');
  return Object.keys(schemas)
    .filter((name) => name.startsWith('conversations.v1'))
    .sort()
    .map((name) => {
      const properties = object(object(schemas[name], name).properties, `${name} properties`);
      return [
        name,
        Object.entries(properties).map(([property, value]) => [
          property,
          readKind(schemas, `${name}.${property}`, object(value, `${name}.${property}`)),
        ]),
      ];
    });
}

const quote = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));
const names = (list: readonly string[]): string => `[${list.map(quote).join(', ')}]`;

function renderOperation(operation: Operation): string {
  const params = operation.params.map(([name, rule]) => `${key(name)}: ${quote(rule)}`).join(', ');
  const parts = [
    `method: ${quote(operation.method)}`,
    `route: ${quote(operation.route)}`,
    `params: {${params ? ` ${params} ` : ''}}`,
  ];
  if (operation.list)
    parts.push(`list: { key: ${quote(operation.list.key)}, maxPageSize: ${operation.list.maxPageSize} }`);
  if (operation.webhookEnabled) parts.push('webhookEnabled: true');
  return `  ${operation.id}: { ${parts.join(', ')} },`;
}

export function renderOperations(specText: string): string {
  const spec = JSON.parse(specText) as Json;
  const info = object(object(spec, 'spec').info, 'info');
  const operations = readOperations(object(spec, 'spec'));
  const sha256 = createHash('sha256').update(specText).digest('hex');
  const lists = operations.filter((operation) => operation.list);
  const table = (name: string, doc: string[], rows: string[]) =>
    [
      '/**',
      ...doc.map((line) => ` * ${line}`),
      ' */',
      `export const ${name} = {`,
      ...rows,
      '} as const;',
      '',
    ].join('\n');
  return [
    '/**',
    ' * Generated by scripts/generate-operations.ts from spec/twilio_conversations_v1.json',
    ` * (info.version ${text(info.version, 'info.version')}, sha256 ${sha256}).`,
    ' * Do not edit: change the spec or the script, then run `npm run generate`.',
    ' * Pure data with no imports: the client and the emulator both read it.',
    ' */',
    '',
    table(
      'OPERATIONS',
      [
        `The ${operations.length} operations: method, route template, each path parameter's rule (a SID`,
        'prefix, or `name` for any text), for lists the key of the items and the largest page, and',
        `whether the operation takes the \`${WEBHOOK_HEADER}\` header.`,
      ],
      operations.map(renderOperation),
    ),
    table(
      'FORM_FIELDS',
      ['The form fields of each operation that takes a body, in the order of the spec.'],
      operations.filter((o) => o.form.length > 0).map((o) => `  ${o.id}: ${names(o.form)},`),
    ),
    table(
      'QUERY_FIELDS',
      [
        'The query filters of each operation that takes some (paging parameters aside), in the order of',
        'the spec.',
      ],
      operations.filter((o) => o.query.length > 0).map((o) => `  ${o.id}: ${names(o.query)},`),
    ),
    table(
      'WIRE_FIELDS',
      [
        'How each property of each resource is read: `string`, `integer`, `boolean`, `date`, `strings`,',
        "`links`, an enum's values, or `object` where the spec leaves it untyped. In the spec's order.",
      ],
      readWireFields(object(spec, 'spec')).map(
        ([name, fields]) =>
          `  ${quote(name)}: { ${fields.map(([field, kind]) => `${key(field)}: ${typeof kind === 'string' ? quote(kind) : names(kind)}`).join(', ')} },`,
      ),
    ),
    table(
      'DEFAULT_PAGE_SIZES',
      ['The page size each list serves when none is asked for ("The default is …" in the spec).'],
      lists.map((o) => `  ${o.id}: ${o.list?.defaultPageSize},`),
    ),
  ].join('\n');
}

function main(): void {
  const generated = renderOperations(readFileSync(SPEC_FILE, 'utf8'));
  if (!process.argv.includes('--check')) {
    writeFileSync(OUTPUT_FILE, generated);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(OUTPUT_FILE, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (committed !== generated) {
    process.stderr.write(
      'src/generated/operations.ts is stale: run `npm run generate` and commit the result.\n',
    );
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
