import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  printSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildClientSchema } from '../../src/graphql/schema.ts';

describe('the committed schema', () => {
  it('matches the schema the builder prints (run `npm run generate` when this fails)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(buildClientSchema())}\n`);
  });

  it('describes every type, field, argument, input field and enum value in its own words', () => {
    const schema = buildClientSchema();
    const missing: string[] = [];
    const builtIn = ['String', 'Int', 'Float', 'Boolean', 'ID'];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || builtIn.includes(type.name)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    for (const directive of schema.getDirectives()) {
      if (isSpecifiedDirective(directive)) continue;
      if (!directive.description?.trim()) missing.push(`@${directive.name}`);
      for (const arg of directive.args) {
        if (!arg.description?.trim()) missing.push(`@${directive.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
