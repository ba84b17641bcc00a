import type { components } from '../generated/conversations-v1.ts';

type Schemas = components['schemas'];

/**
 * The exact JSON shape of a resource as the official spec lists it: every property present
 * (`null` when unset). The spec types `links` as an empty map and the free-form objects
 * (`timers`, `bindings`, `delivery`, …) as unknown; those are given their real shapes here.
 */
export type Wire<Name extends keyof Schemas> = {
  [K in keyof Schemas[Name]]-?: K extends 'links'
    ? Record<string, string>
    : unknown extends Schemas[Name][K]
      ? JsonValue
      : Exclude<Schemas[Name][K], undefined>;
};

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type ConversationState = Schemas['conversation_enum_state'];
export type ReceiptStatus = Schemas['conversation_message_receipt_enum_delivery_status'];
export type RoleType = Schemas['role_enum_role_type'];
export type PushType = Schemas['credential_enum_push_type'];
export type NotificationLevel = Schemas['user_conversation_enum_notification_level'];
export type AddressType = Schemas['configuration_address_enum_type'];
export type ScopedWebhookTarget = Schemas['conversation_scoped_webhook_enum_target'];
