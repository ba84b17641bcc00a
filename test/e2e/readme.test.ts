import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The README's sample query, mutation and user error are replayed against `npm start`'s demo data,
 * and their printed answers must be exactly what the gateway answers: the front door never drifts.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first fenced block of `language` after `heading`. */
function block(heading: string, language: string): string {
  const section = README.slice(README.indexOf(heading));
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section);
  if (!match?.[1]) throw new Error(`no ${language} block under ${heading}`);
  return match[1];
}

let gateway: GatewayProcess;

beforeAll(async () => {
  gateway = await startGatewayProcess();
});
afterAll(async () => {
  await gateway?.stop();
});

describe('the README samples', () => {
  // In README order: the query reads the three messages the demo data has, then the mutation adds one.
  it('answer the sample query exactly as printed, upstream call counts included', async () => {
    const response = await gateway.graphql(
      { query: block('## A sample query', 'graphql') },
      { 'x-debug-upstream-calls': '1', accept: 'application/json' },
    );
    expect(response.body).toEqual(JSON.parse(block('## A sample query', 'json')));
  });

  it('answer the sample mutation exactly as printed', async () => {
    const response = await gateway.graphql({ query: block('## A sample mutation', 'graphql') });
    expect(response.body).toEqual(JSON.parse(block('## A sample mutation', 'json')));
  });

  it('answer the user-error example exactly as printed', async () => {
    const section = README.slice(README.indexOf('A failure the caller can fix'));
    const [, input = '', answer = ''] =
      /`createConversation\(input: (\{[^`]*\})\)` answers\s+`([^`]+)`/.exec(section) ?? [];
    const response = await gateway.graphql({
      query: `mutation { createConversation(input: ${input}) { conversation { sid } userErrors { code message moreInfo } } }`,
    });
    expect(response.body).toEqual({ data: { createConversation: JSON.parse(answer) } });
  });
});
