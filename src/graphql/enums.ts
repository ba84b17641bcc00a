import type { EnumRef } from '@pothos/core';
import { builder, type Types } from './builder.ts';

/**
 * Declares an enum over one of Twilio's lowercase wire values (`sms`, `active`, …): each GraphQL
 * value is the wire value in capitals, so a module names only its values and what they mean.
 */
export function wireEnum<const Values extends Record<Uppercase<string>, string>>(
  name: string,
  description: string,
  values: Values,
): EnumRef<Types, Lowercase<keyof Values & string>> {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries(values).map(([value, meaning]) => [
        value,
        { value: value.toLowerCase(), description: meaning },
      ]),
    ),
  }) as EnumRef<Types, Lowercase<keyof Values & string>>;
}
