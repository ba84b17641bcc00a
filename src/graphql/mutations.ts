import type { InputFieldMap, InputObjectRef, InputShapeFromFields, ObjectRef } from '@pothos/core';
import type { JsonValue, TwilioSession } from '../twilio/index.ts';
import { builder, type InputFields, type Types } from './builder.ts';
import type { GatewayContext } from './context.ts';
import { isUserFixable, toUserError, UserErrorRef, type UserErrorShape } from './errors.ts';
import { type InScope, inScope } from './scope.ts';

/** What every mutation answers: its result under `key`, or null and why the change was refused. */
export type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserErrorShape[] };

/** A payload type and the key its result sits under. */
export interface PayloadType<K extends string, T> {
  ref: ObjectRef<Types, Payload<K, T>>;
  key: K;
}

/** The field extension naming the key a mutation's payload holds its result under. */
export const PAYLOAD_KEY = 'payloadKey';

const CHANGE_REFUSED = 'Why the change was refused, if it was.';

/**
 * Declares `name { <key>: <type>, userErrors: [UserError!]! }`, the shape of every mutation's
 * answer. `result` describes the result field, which is null when the change was refused;
 * `userErrors` says why, and defaults to the wording most payloads share.
 */
export function payloadType<K extends string, T>(
  name: string,
  options: {
    description: string;
    key: K;
    type: ObjectRef<Types, T> | 'String';
    result: string;
    userErrors?: string;
  },
): PayloadType<K, T> {
  const ref = builder.objectRef<Payload<K, T>>(name).implement({
    description: options.description,
    fields: (t) => ({
      [options.key]: t.field({
        // A result type and its payload's key are declared together above; Pothos cannot relate the
        // generic key to the generic type here.
        type: options.type as ObjectRef<Types, unknown>,
        nullable: true,
        description: options.result,
        resolve: (payload) => payload[options.key],
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: options.userErrors ?? CHANGE_REFUSED,
        resolve: (payload) => payload.userErrors,
      }),
    }),
  });
  return { ref, key: options.key };
}

/**
 * The payload of a resource's create and update mutations, in the words they all share:
 * "The result of <about>." and "<current>; null when the change was refused."
 */
export function changePayload<K extends string, T>(
  name: string,
  options: { key: K; type: ObjectRef<Types, T>; about: string; current: string },
): PayloadType<K, T> {
  return payloadType(name, {
    description: `The result of ${options.about}.`,
    key: options.key,
    type: options.type,
    result: `${options.current}; null when the change was refused.`,
  });
}

/** The answer of every delete: the identifier that was deleted, or why the delete was refused. */
export const DeletePayload = payloadType<'deletedSid', string>('DeletePayload', {
  description: 'The result of a delete.',
  key: 'deletedSid',
  type: 'String',
  result: 'The identifier that was deleted; null when the delete was refused.',
  userErrors: 'Why the delete was refused, if it was.',
});

/**
 * Declares the mutation `name(input: <input>!): <payload>!`: its input, the REST call it makes and
 * the payload its result goes in. A failure the caller can fix (Twilio 4xx validation or conflict)
 * becomes a `userErrors` entry with Twilio's code and link; anything else is thrown on, and error
 * masking gives it a stable `extensions.code`. Every mutation is one REST write.
 */
export function mutation<Input, K extends string, T>(
  name: string,
  options: {
    description: string;
    input: InputObjectRef<Types, Input>;
    inputDescription: string;
    payload: PayloadType<K, T>;
    run: (input: Input, ctx: GatewayContext) => Promise<T>;
  },
): void {
  // The signature above ties input, call and payload together; Pothos's argument and result types
  // do not resolve over generic refs, so the field itself is declared over their erased forms.
  const payload = options.payload.ref as unknown as ObjectRef<Types, Record<string, unknown>>;
  const input = options.input as unknown as InputObjectRef<Types, object>;
  builder.mutationField(name, (t) =>
    t.field({
      type: payload,
      description: options.description,
      args: { input: t.arg({ type: input, required: true, description: options.inputDescription }) },
      // The payload key lets the end-user guard answer a refusal in this mutation's own shape.
      extensions: { upstreamCost: 1, [PAYLOAD_KEY]: options.payload.key },
      resolve: async (_root, args, ctx) => {
        const { result, userErrors } = await runMutation(() => options.run(args.input as Input, ctx));
        return { [options.payload.key]: result, userErrors };
      },
    }),
  );
}

/** Runs a REST write, turning a failure the caller can fix into a user error. */
async function runMutation<T>(
  write: () => Promise<T>,
): Promise<{ result: T | null; userErrors: UserErrorShape[] }> {
  try {
    return { result: await write(), userErrors: [] };
  } catch (error) {
    if (isUserFixable(error)) return { result: null, userErrors: [toUserError(error)] };
    throw error;
  }
}

/** A delete's run: the REST call, then the identifier the payload reports as deleted. */
export function deleting<Input>(
  call: (input: Input, ctx: GatewayContext) => Promise<unknown>,
  deletedSid: (input: Input) => string,
): (input: Input, ctx: GatewayContext) => Promise<string> {
  return async (input, ctx) => {
    await call(input, ctx);
    return deletedSid(input);
  };
}

/**
 * Declares `name(input: <Name>Input!): DeletePayload!` with its input type: the `sid` of what to
 * delete and any `fields` that say where it is (its service, its conversation), the REST delete they
 * go to as they are, and that SID reported as deleted.
 */
export function deleteMutation<Fields extends InputFieldMap = Record<never, never>>(
  name: string,
  options: {
    description: string;
    /** The input type's description. */
    input: string;
    inputDescription: string;
    fields?: (t: InputFields) => Fields;
    /** The description of the input's `sid`. */
    sid: string;
    call: (session: TwilioSession, input: InputShapeFromFields<Fields> & { sid: string }) => Promise<unknown>;
  },
): void {
  type Input = InputShapeFromFields<Fields> & { sid: string };
  const input = builder.inputType(`${name.charAt(0).toUpperCase()}${name.slice(1)}Input`, {
    description: options.input,
    fields: (t) => ({ ...options.fields?.(t), sid: t.string({ required: true, description: options.sid }) }),
  });
  mutation(name, {
    description: options.description,
    // Pothos normalises the shape of an input type built from a generic field map; it is the same
    // shape, which it cannot prove over the generic.
    input: input as unknown as InputObjectRef<Types, Input>,
    inputDescription: options.inputDescription,
    payload: DeletePayload,
    run: deleting(
      (input: Input, ctx) => options.call(ctx.session, input),
      (input) => input.sid,
    ),
  });
}

/** JSON inputs arrive already parsed by the JSON scalars, which only yield JSON values. */
export function toJsonValue(value: unknown): JsonValue | undefined {
  return value as JsonValue | undefined;
}

/**
 * A write in the route scope its input names (`serviceSid`, or the default service): the result
 * carries that scope, as everything read through it does.
 */
export function scoped<Input extends { serviceSid?: string | null }, T extends object>(
  call: (input: Input, ctx: GatewayContext) => Promise<T>,
): (input: Input, ctx: GatewayContext) => Promise<InScope<T>> {
  return async (input, ctx) => inScope(await call(input, ctx), input.serviceSid ?? undefined);
}
