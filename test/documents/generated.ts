/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether and how a message to the address starts a conversation; absent fields are left as they are. */
export type AddressAutoCreationInput = {
  /** The service to create it in (IS…); the default service when absent. */
  conversationServiceSid?: string | null | undefined;
  /** Whether a conversation is started. */
  enabled?: boolean | null | undefined;
  /** For STUDIO: the Studio flow (FW…). */
  studioFlowSid?: string | null | undefined;
  /** For STUDIO: how many times to retry calling the flow. */
  studioRetryCount?: number | null | undefined;
  /** What is attached to the new conversation. */
  type?: AutoCreationType | null | undefined;
  /** For WEBHOOK: the events it reports. */
  webhookFilters?: Array<string> | null | undefined;
  /** For WEBHOOK: the HTTP method of its calls. */
  webhookMethod?: WebhookMethod | null | undefined;
  /** For WEBHOOK: the URL of the webhook to add. */
  webhookUrl?: string | null | undefined;
};

/** The channel an address belongs to. */
export type AddressType =
  /** An Apple Messages for Business account. */
  | 'APPLE'
  /** A web or in-app chat address. */
  | 'CHAT'
  /** An email address. */
  | 'EMAIL'
  /** A Google Business Messages agent. */
  | 'GBM'
  /** A Facebook Messenger page. */
  | 'MESSENGER'
  /** An RCS sender. */
  | 'RCS'
  /** A phone number for SMS. */
  | 'SMS'
  /** A WhatsApp sender. */
  | 'WHATSAPP';

/** What happens when a message reaches the address outside any conversation. */
export type AutoCreationType =
  /** A conversation is created, with no further action. */
  | 'DEFAULT'
  /** A conversation is created and handed to a Studio flow. */
  | 'STUDIO'
  /** A conversation is created and a conversation webhook is added. */
  | 'WEBHOOK';

/** Where a conversation is in its life: active, inactive (can come back), or closed (final). */
export type ConversationState =
  /** In use. */
  | 'ACTIVE'
  /** Finished for good; it can no longer be changed. */
  | 'CLOSED'
  /** Not in use; a new message makes it active again. */
  | 'INACTIVE';

/** Where a conversation-scoped webhook sends events and which ones. */
export type ConversationWebhookConfigurationInput = {
  /** The events that fire it, e.g. `onMessageAdded`. */
  filters?: Array<string> | null | undefined;
  /** The Studio flow to call (FW…); required for the studio target. */
  flowSid?: string | null | undefined;
  /** The HTTP method to call it with. */
  method?: ConversationWebhookMethod | null | undefined;
  /** The words that fire a trigger webhook. */
  triggers?: Array<string> | null | undefined;
  /** The endpoint to call; required for webhook and trigger targets. */
  url?: string | null | undefined;
};

/** The HTTP method a conversation-scoped webhook is called with. */
export type ConversationWebhookMethod =
  /** HTTP GET, parameters in the query string. */
  | 'GET'
  /** HTTP POST, parameters in a form body. */
  | 'POST';

/** What a conversation-scoped webhook calls. */
export type ConversationWebhookTarget =
  /** A Studio flow, on every new message. */
  | 'STUDIO'
  /** An HTTP endpoint, when a message contains one of the `triggers` words. */
  | 'TRIGGER'
  /** An HTTP endpoint, on the events named in `filters`. */
  | 'WEBHOOK';

/** A new address configuration. */
export type CreateAddressConfigurationInput = {
  /** The address, e.g. `+15559870001`. */
  address: string;
  /** The country of the address (ISO 3166-1 alpha-2), where the channel needs one. */
  addressCountry?: string | null | undefined;
  /** Whether and how an incoming message starts a conversation. */
  autoCreation?: AddressAutoCreationInput | null | undefined;
  /** A display name. */
  friendlyName?: string | null | undefined;
  /** The channel of the address. */
  type: AddressType;
};

/** How many of a message’s SMS and WhatsApp recipients reached a delivery status. */
export type DeliveryLevel =
  /** Every recipient. */
  | 'ALL'
  /** No recipient. */
  | 'NONE'
  /** Some recipients, not all. */
  | 'SOME';

/** Where a message got to on its way to one SMS or WhatsApp recipient. */
export type DeliveryStatus =
  /** The carrier delivered it to the device. */
  | 'DELIVERED'
  /** Twilio could not send it; final. */
  | 'FAILED'
  /** The recipient read it (WhatsApp only). */
  | 'READ'
  /** Handed to the carrier. */
  | 'SENT'
  /** The carrier could not deliver it; final. */
  | 'UNDELIVERED';

/** Changes to the notification for messages with media. */
export type MediaNotificationTemplateInput = {
  /** Whether it is sent. */
  enabled?: boolean | null | undefined;
  /** The text; placeholders: `${MEDIA}`, `${MEDIA_COUNT}`. */
  template?: string | null | undefined;
};

/** Which end of a conversation’s history a message list starts from. */
export type MessageOrder =
  /** Oldest first, by index. */
  | 'ASC'
  /** Newest first, by index. */
  | 'DESC';

/** The addresses of an SMS, WhatsApp or Group MMS participant. */
export type MessagingBindingInput = {
  /** The participant’s own address, e.g. `+15551230001` or `whatsapp:+…`. */
  address?: string | null | undefined;
  /** The Twilio number a chat participant of a Group MMS appears as. */
  projectedAddress?: string | null | undefined;
  /** The Twilio number the participant talks to. */
  proxyAddress?: string | null | undefined;
};

/** Changes to the new-message notification; absent fields are left as they are. */
export type NewMessageNotificationInput = {
  /** Whether the app badge shows the unread count (iOS). */
  badgeCountEnabled?: boolean | null | undefined;
  /** Whether it is sent. */
  enabled?: boolean | null | undefined;
  /** The sound the device plays. */
  sound?: string | null | undefined;
  /** The text; placeholders: `${CONVERSATION}`, `${PARTICIPANT}`, `${MESSAGE}`. */
  template?: string | null | undefined;
  /** The variant for messages with media. */
  withMedia?: MediaNotificationTemplateInput | null | undefined;
};

/** Whether a user gets push notifications for a conversation. */
export type NotificationLevel =
  /** Notifications as the service’s notification settings say. */
  | 'DEFAULT'
  /** No push notifications for this conversation. */
  | 'MUTED';

/** A participant to add while creating a conversation: an identity for chat, or a messaging binding. */
export type ParticipantInput = {
  /** Free-form application data. */
  attributes?: unknown;
  /** The chat user’s identity. */
  identity?: string | null | undefined;
  /** SMS, WhatsApp or Group MMS addresses. */
  messagingBinding?: MessagingBindingInput | null | undefined;
  /** The role to give (RL…); the service’s default conversation role when absent. */
  roleSid?: string | null | undefined;
};

/** The push notification service a credential or binding is for. */
export type PushType =
  /** Apple Push Notification service (iOS). */
  | 'APN'
  /** Firebase Cloud Messaging (Android and web). */
  | 'FCM'
  /** Google Cloud Messaging, Firebase’s predecessor. */
  | 'GCM';

/** What a role’s permissions apply to: the whole service, or one conversation. */
export type RoleType =
  /** Permissions inside a conversation, such as sending messages or removing members. */
  | 'CONVERSATION'
  /** Permissions over the service, such as creating conversations. */
  | 'SERVICE';

/** The HTTP method Twilio uses to call a webhook. */
export type WebhookMethod =
  /** Event data in the query string. */
  | 'GET'
  /** Event data as a form-encoded body. */
  | 'POST';

/** Where the account-wide Conversations webhooks go. */
export type WebhookTarget =
  /** To Twilio Flex. */
  | 'FLEX'
  /** To the pre- and post-event URLs. */
  | 'WEBHOOK';

export type UserErrorFieldsFragment = { code: number | null; field: Array<string> | null; message: string };

export type PageInfoFieldsFragment = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

export type ConfigurationFieldsFragment = {
  accountSid: string;
  defaultChatServiceSid: string | null;
  defaultMessagingServiceSid: string | null;
  defaultInactiveTimer: string | null;
  defaultClosedTimer: string | null;
  url: string;
};

export type ConfigurationWebhookFieldsFragment = {
  accountSid: string;
  target: WebhookTarget | null;
  method: WebhookMethod | null;
  filters: Array<string>;
  preWebhookUrl: string | null;
  postWebhookUrl: string | null;
  url: string;
};

export type AddressConfigurationFieldsFragment = {
  id: string;
  sid: string;
  type: AddressType | null;
  address: string | null;
  friendlyName: string | null;
  autoCreation: {
    enabled: boolean | null;
    type: AutoCreationType | null;
    conversationServiceSid: string | null;
    webhookUrl: string | null;
    webhookMethod: WebhookMethod | null;
    webhookFilters: Array<string>;
  } | null;
};

export type FetchConfigurationQueryVariables = Exact<{ [key: string]: never }>;

export type FetchConfigurationQuery = {
  configuration: {
    accountSid: string;
    defaultChatServiceSid: string | null;
    defaultMessagingServiceSid: string | null;
    defaultInactiveTimer: string | null;
    defaultClosedTimer: string | null;
    url: string;
  };
};

export type FetchConfigurationWebhookQueryVariables = Exact<{ [key: string]: never }>;

export type FetchConfigurationWebhookQuery = {
  configuration: {
    webhook: {
      accountSid: string;
      target: WebhookTarget | null;
      method: WebhookMethod | null;
      filters: Array<string>;
      preWebhookUrl: string | null;
      postWebhookUrl: string | null;
      url: string;
    };
  };
};

export type UpdateConfigurationMutationVariables = Exact<{
  defaultChatServiceSid?: string | null | undefined;
  defaultInactiveTimer?: string | null | undefined;
}>;

export type UpdateConfigurationMutation = {
  updateConfiguration: {
    configuration: {
      accountSid: string;
      defaultChatServiceSid: string | null;
      defaultMessagingServiceSid: string | null;
      defaultInactiveTimer: string | null;
      defaultClosedTimer: string | null;
      url: string;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateConfigurationWebhookMutationVariables = Exact<{
  filters?: Array<string> | string | null | undefined;
  method?: WebhookMethod | null | undefined;
  postWebhookUrl?: string | null | undefined;
}>;

export type UpdateConfigurationWebhookMutation = {
  updateConfigurationWebhook: {
    webhook: {
      accountSid: string;
      target: WebhookTarget | null;
      method: WebhookMethod | null;
      filters: Array<string>;
      preWebhookUrl: string | null;
      postWebhookUrl: string | null;
      url: string;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateConfigurationAddressMutationVariables = Exact<{
  input: CreateAddressConfigurationInput;
}>;

export type CreateConfigurationAddressMutation = {
  createAddressConfiguration: {
    addressConfiguration: {
      id: string;
      sid: string;
      type: AddressType | null;
      address: string | null;
      friendlyName: string | null;
      autoCreation: {
        enabled: boolean | null;
        type: AutoCreationType | null;
        conversationServiceSid: string | null;
        webhookUrl: string | null;
        webhookMethod: WebhookMethod | null;
        webhookFilters: Array<string>;
      } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchConfigurationAddressQueryVariables = Exact<{
  sid: string;
}>;

export type FetchConfigurationAddressQuery = {
  addressConfiguration: {
    id: string;
    sid: string;
    type: AddressType | null;
    address: string | null;
    friendlyName: string | null;
    autoCreation: {
      enabled: boolean | null;
      type: AutoCreationType | null;
      conversationServiceSid: string | null;
      webhookUrl: string | null;
      webhookMethod: WebhookMethod | null;
      webhookFilters: Array<string>;
    } | null;
  } | null;
};

export type ListConfigurationAddressQueryVariables = Exact<{
  type?: AddressType | null | undefined;
  first?: number | null | undefined;
}>;

export type ListConfigurationAddressQuery = {
  addressConfigurations: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        type: AddressType | null;
        address: string | null;
        friendlyName: string | null;
        autoCreation: {
          enabled: boolean | null;
          type: AutoCreationType | null;
          conversationServiceSid: string | null;
          webhookUrl: string | null;
          webhookMethod: WebhookMethod | null;
          webhookFilters: Array<string>;
        } | null;
      };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

export type UpdateConfigurationAddressMutationVariables = Exact<{
  sid: string;
  friendlyName?: string | null | undefined;
  autoCreation?: AddressAutoCreationInput | null | undefined;
}>;

export type UpdateConfigurationAddressMutation = {
  updateAddressConfiguration: {
    addressConfiguration: {
      id: string;
      sid: string;
      type: AddressType | null;
      address: string | null;
      friendlyName: string | null;
      autoCreation: {
        enabled: boolean | null;
        type: AutoCreationType | null;
        conversationServiceSid: string | null;
        webhookUrl: string | null;
        webhookMethod: WebhookMethod | null;
        webhookFilters: Array<string>;
      } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteConfigurationAddressMutationVariables = Exact<{
  sid: string;
}>;

export type DeleteConfigurationAddressMutation = {
  deleteAddressConfiguration: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type ConversationWebhookFieldsFragment = {
  id: string;
  sid: string;
  conversationSid: string;
  target: ConversationWebhookTarget | null;
  configuration: {
    url: string | null;
    method: ConversationWebhookMethod | null;
    filters: Array<string> | null;
    triggers: Array<string> | null;
    flowSid: string | null;
  } | null;
};

export type CreateConversationScopedWebhookMutationVariables = Exact<{
  conversationSid: string;
  target: ConversationWebhookTarget;
  configuration?: ConversationWebhookConfigurationInput | null | undefined;
}>;

export type CreateConversationScopedWebhookMutation = {
  createConversationWebhook: {
    webhook: {
      id: string;
      sid: string;
      conversationSid: string;
      target: ConversationWebhookTarget | null;
      configuration: {
        url: string | null;
        method: ConversationWebhookMethod | null;
        filters: Array<string> | null;
        triggers: Array<string> | null;
        flowSid: string | null;
      } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceConversationScopedWebhookMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  target: ConversationWebhookTarget;
  configuration?: ConversationWebhookConfigurationInput | null | undefined;
}>;

export type CreateServiceConversationScopedWebhookMutation = {
  createConversationWebhook: {
    webhook: {
      id: string;
      sid: string;
      conversationSid: string;
      target: ConversationWebhookTarget | null;
      configuration: {
        url: string | null;
        method: ConversationWebhookMethod | null;
        filters: Array<string> | null;
        triggers: Array<string> | null;
        flowSid: string | null;
      } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchConversationScopedWebhookQueryVariables = Exact<{
  conversationSid: string;
  sid: string;
}>;

export type FetchConversationScopedWebhookQuery = {
  conversationWebhook: {
    id: string;
    sid: string;
    conversationSid: string;
    target: ConversationWebhookTarget | null;
    configuration: {
      url: string | null;
      method: ConversationWebhookMethod | null;
      filters: Array<string> | null;
      triggers: Array<string> | null;
      flowSid: string | null;
    } | null;
  } | null;
};

export type FetchServiceConversationScopedWebhookQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
}>;

export type FetchServiceConversationScopedWebhookQuery = {
  conversationWebhook: {
    id: string;
    sid: string;
    conversationSid: string;
    target: ConversationWebhookTarget | null;
    configuration: {
      url: string | null;
      method: ConversationWebhookMethod | null;
      filters: Array<string> | null;
      triggers: Array<string> | null;
      flowSid: string | null;
    } | null;
  } | null;
};

export type ListConversationScopedWebhookQueryVariables = Exact<{
  conversationSid: string;
}>;

export type ListConversationScopedWebhookQuery = {
  conversation: {
    sid: string;
    webhooks: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          target: ConversationWebhookTarget | null;
          configuration: {
            url: string | null;
            method: ConversationWebhookMethod | null;
            filters: Array<string> | null;
            triggers: Array<string> | null;
            flowSid: string | null;
          } | null;
        };
      }>;
    };
  } | null;
};

export type ListServiceConversationScopedWebhookQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
}>;

export type ListServiceConversationScopedWebhookQuery = {
  conversation: {
    sid: string;
    webhooks: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          target: ConversationWebhookTarget | null;
          configuration: {
            url: string | null;
            method: ConversationWebhookMethod | null;
            filters: Array<string> | null;
            triggers: Array<string> | null;
            flowSid: string | null;
          } | null;
        };
      }>;
    };
  } | null;
};

export type UpdateConversationScopedWebhookMutationVariables = Exact<{
  conversationSid: string;
  sid: string;
  configuration: ConversationWebhookConfigurationInput;
}>;

export type UpdateConversationScopedWebhookMutation = {
  updateConversationWebhook: {
    webhook: {
      id: string;
      sid: string;
      conversationSid: string;
      target: ConversationWebhookTarget | null;
      configuration: {
        url: string | null;
        method: ConversationWebhookMethod | null;
        filters: Array<string> | null;
        triggers: Array<string> | null;
        flowSid: string | null;
      } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceConversationScopedWebhookMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
  configuration: ConversationWebhookConfigurationInput;
}>;

export type UpdateServiceConversationScopedWebhookMutation = {
  updateConversationWebhook: {
    webhook: {
      id: string;
      sid: string;
      conversationSid: string;
      target: ConversationWebhookTarget | null;
      configuration: {
        url: string | null;
        method: ConversationWebhookMethod | null;
        filters: Array<string> | null;
        triggers: Array<string> | null;
        flowSid: string | null;
      } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteConversationScopedWebhookMutationVariables = Exact<{
  conversationSid: string;
  sid: string;
}>;

export type DeleteConversationScopedWebhookMutation = {
  deleteConversationWebhook: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceConversationScopedWebhookMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
}>;

export type DeleteServiceConversationScopedWebhookMutation = {
  deleteConversationWebhook: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type ConversationFieldsFragment = {
  id: string;
  sid: string;
  chatServiceSid: string;
  friendlyName: string | null;
  uniqueName: string | null;
  attributes: unknown;
  state: ConversationState;
  timers: { dateInactive: string | null; dateClosed: string | null };
};

export type CreateConversationMutationVariables = Exact<{
  friendlyName?: string | null | undefined;
  uniqueName?: string | null | undefined;
  attributes?: unknown;
}>;

export type CreateConversationMutation = {
  createConversation: {
    conversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      uniqueName: string | null;
      attributes: unknown;
      state: ConversationState;
      timers: { dateInactive: string | null; dateClosed: string | null };
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceConversationMutationVariables = Exact<{
  serviceSid: string;
  friendlyName?: string | null | undefined;
  uniqueName?: string | null | undefined;
  attributes?: unknown;
}>;

export type CreateServiceConversationMutation = {
  createConversation: {
    conversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      uniqueName: string | null;
      attributes: unknown;
      state: ConversationState;
      timers: { dateInactive: string | null; dateClosed: string | null };
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchConversationQueryVariables = Exact<{
  sid: string;
}>;

export type FetchConversationQuery = {
  conversation: {
    id: string;
    sid: string;
    chatServiceSid: string;
    friendlyName: string | null;
    uniqueName: string | null;
    attributes: unknown;
    state: ConversationState;
    timers: { dateInactive: string | null; dateClosed: string | null };
  } | null;
};

export type FetchServiceConversationQueryVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type FetchServiceConversationQuery = {
  conversation: {
    id: string;
    sid: string;
    chatServiceSid: string;
    friendlyName: string | null;
    uniqueName: string | null;
    attributes: unknown;
    state: ConversationState;
    timers: { dateInactive: string | null; dateClosed: string | null };
  } | null;
};

export type ListConversationQueryVariables = Exact<{
  state?: ConversationState | null | undefined;
  first?: number | null | undefined;
}>;

export type ListConversationQuery = {
  conversations: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        friendlyName: string | null;
        uniqueName: string | null;
        attributes: unknown;
        state: ConversationState;
        timers: { dateInactive: string | null; dateClosed: string | null };
      };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

export type ListServiceConversationQueryVariables = Exact<{
  serviceSid: string;
  state?: ConversationState | null | undefined;
  first?: number | null | undefined;
}>;

export type ListServiceConversationQuery = {
  conversations: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        friendlyName: string | null;
        uniqueName: string | null;
        attributes: unknown;
        state: ConversationState;
        timers: { dateInactive: string | null; dateClosed: string | null };
      };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

export type UpdateConversationMutationVariables = Exact<{
  sid: string;
  friendlyName?: string | null | undefined;
  state?: ConversationState | null | undefined;
}>;

export type UpdateConversationMutation = {
  updateConversation: {
    conversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      uniqueName: string | null;
      attributes: unknown;
      state: ConversationState;
      timers: { dateInactive: string | null; dateClosed: string | null };
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceConversationMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
  friendlyName?: string | null | undefined;
  state?: ConversationState | null | undefined;
}>;

export type UpdateServiceConversationMutation = {
  updateConversation: {
    conversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      uniqueName: string | null;
      attributes: unknown;
      state: ConversationState;
      timers: { dateInactive: string | null; dateClosed: string | null };
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteConversationMutationVariables = Exact<{
  sid: string;
}>;

export type DeleteConversationMutation = {
  deleteConversation: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceConversationMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type DeleteServiceConversationMutation = {
  deleteConversation: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateConversationWithParticipantsMutationVariables = Exact<{
  uniqueName?: string | null | undefined;
  participants?: Array<ParticipantInput> | ParticipantInput | null | undefined;
}>;

export type CreateConversationWithParticipantsMutation = {
  createConversationWithParticipants: {
    conversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      uniqueName: string | null;
      attributes: unknown;
      state: ConversationState;
      participants: {
        edges: Array<{
          node: {
            id: string;
            sid: string;
            conversationSid: string;
            identity: string | null;
            attributes: unknown;
            roleSid: string | null;
            lastReadMessageIndex: number | null;
            messagingBinding: {
              type: string | null;
              address: string | null;
              proxyAddress: string | null;
            } | null;
          };
        }>;
      };
      timers: { dateInactive: string | null; dateClosed: string | null };
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceConversationWithParticipantsMutationVariables = Exact<{
  serviceSid: string;
  uniqueName?: string | null | undefined;
  participants?: Array<ParticipantInput> | ParticipantInput | null | undefined;
}>;

export type CreateServiceConversationWithParticipantsMutation = {
  createConversationWithParticipants: {
    conversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      uniqueName: string | null;
      attributes: unknown;
      state: ConversationState;
      participants: {
        edges: Array<{
          node: {
            id: string;
            sid: string;
            conversationSid: string;
            identity: string | null;
            attributes: unknown;
            roleSid: string | null;
            lastReadMessageIndex: number | null;
            messagingBinding: {
              type: string | null;
              address: string | null;
              proxyAddress: string | null;
            } | null;
          };
        }>;
      };
      timers: { dateInactive: string | null; dateClosed: string | null };
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CredentialFieldsFragment = {
  id: string;
  sid: string;
  type: PushType;
  friendlyName: string | null;
  sandbox: boolean | null;
};

export type CreateCredentialMutationVariables = Exact<{
  type: PushType;
  friendlyName?: string | null | undefined;
  secret?: string | null | undefined;
}>;

export type CreateCredentialMutation = {
  createCredential: {
    credential: {
      id: string;
      sid: string;
      type: PushType;
      friendlyName: string | null;
      sandbox: boolean | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchCredentialQueryVariables = Exact<{
  sid: string;
}>;

export type FetchCredentialQuery = {
  credential: {
    id: string;
    sid: string;
    type: PushType;
    friendlyName: string | null;
    sandbox: boolean | null;
  } | null;
};

export type ListCredentialQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ListCredentialQuery = {
  credentials: {
    edges: Array<{
      node: { id: string; sid: string; type: PushType; friendlyName: string | null; sandbox: boolean | null };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

export type UpdateCredentialMutationVariables = Exact<{
  sid: string;
  friendlyName?: string | null | undefined;
  secret?: string | null | undefined;
}>;

export type UpdateCredentialMutation = {
  updateCredential: {
    credential: {
      id: string;
      sid: string;
      type: PushType;
      friendlyName: string | null;
      sandbox: boolean | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteCredentialMutationVariables = Exact<{
  sid: string;
}>;

export type DeleteCredentialMutation = {
  deleteCredential: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type MessageFieldsFragment = {
  id: string;
  sid: string;
  conversationSid: string;
  index: number;
  author: string | null;
  body: string | null;
  attributes: unknown;
  participantSid: string | null;
  delivery: { total: number | null; sent: DeliveryLevel | null } | null;
};

export type DeliveryReceiptFieldsFragment = {
  id: string;
  sid: string;
  conversationSid: string;
  messageSid: string;
  participantSid: string | null;
  channelMessageSid: string | null;
  status: DeliveryStatus;
  errorCode: number | null;
};

export type CreateConversationMessageMutationVariables = Exact<{
  conversationSid: string;
  author?: string | null | undefined;
  body?: string | null | undefined;
  attributes?: unknown;
}>;

export type CreateConversationMessageMutation = {
  createMessage: {
    message: {
      id: string;
      sid: string;
      conversationSid: string;
      index: number;
      author: string | null;
      body: string | null;
      attributes: unknown;
      participantSid: string | null;
      delivery: { total: number | null; sent: DeliveryLevel | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceConversationMessageMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  author?: string | null | undefined;
  body?: string | null | undefined;
  attributes?: unknown;
}>;

export type CreateServiceConversationMessageMutation = {
  createMessage: {
    message: {
      id: string;
      sid: string;
      conversationSid: string;
      index: number;
      author: string | null;
      body: string | null;
      attributes: unknown;
      participantSid: string | null;
      delivery: { total: number | null; sent: DeliveryLevel | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchConversationMessageQueryVariables = Exact<{
  conversationSid: string;
  sid: string;
}>;

export type FetchConversationMessageQuery = {
  message: {
    id: string;
    sid: string;
    conversationSid: string;
    index: number;
    author: string | null;
    body: string | null;
    attributes: unknown;
    participantSid: string | null;
    delivery: { total: number | null; sent: DeliveryLevel | null } | null;
  } | null;
};

export type FetchServiceConversationMessageQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
}>;

export type FetchServiceConversationMessageQuery = {
  message: {
    id: string;
    sid: string;
    conversationSid: string;
    index: number;
    author: string | null;
    body: string | null;
    attributes: unknown;
    participantSid: string | null;
    delivery: { total: number | null; sent: DeliveryLevel | null } | null;
  } | null;
};

export type ListConversationMessageQueryVariables = Exact<{
  conversationSid: string;
  order?: MessageOrder | null | undefined;
}>;

export type ListConversationMessageQuery = {
  conversation: {
    sid: string;
    messages: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          index: number;
          author: string | null;
          body: string | null;
          attributes: unknown;
          participantSid: string | null;
          delivery: { total: number | null; sent: DeliveryLevel | null } | null;
        };
      }>;
    };
  } | null;
};

export type ListServiceConversationMessageQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  order?: MessageOrder | null | undefined;
}>;

export type ListServiceConversationMessageQuery = {
  conversation: {
    sid: string;
    messages: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          index: number;
          author: string | null;
          body: string | null;
          attributes: unknown;
          participantSid: string | null;
          delivery: { total: number | null; sent: DeliveryLevel | null } | null;
        };
      }>;
    };
  } | null;
};

export type UpdateConversationMessageMutationVariables = Exact<{
  conversationSid: string;
  sid: string;
  body?: string | null | undefined;
}>;

export type UpdateConversationMessageMutation = {
  updateMessage: {
    message: {
      id: string;
      sid: string;
      conversationSid: string;
      index: number;
      author: string | null;
      body: string | null;
      attributes: unknown;
      participantSid: string | null;
      delivery: { total: number | null; sent: DeliveryLevel | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceConversationMessageMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
  body?: string | null | undefined;
}>;

export type UpdateServiceConversationMessageMutation = {
  updateMessage: {
    message: {
      id: string;
      sid: string;
      conversationSid: string;
      index: number;
      author: string | null;
      body: string | null;
      attributes: unknown;
      participantSid: string | null;
      delivery: { total: number | null; sent: DeliveryLevel | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteConversationMessageMutationVariables = Exact<{
  conversationSid: string;
  sid: string;
}>;

export type DeleteConversationMessageMutation = {
  deleteMessage: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceConversationMessageMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
}>;

export type DeleteServiceConversationMessageMutation = {
  deleteMessage: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type ListConversationMessageReceiptQueryVariables = Exact<{
  conversationSid: string;
  messageSid: string;
}>;

export type ListConversationMessageReceiptQuery = {
  message: {
    sid: string;
    deliveryReceipts: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          messageSid: string;
          participantSid: string | null;
          channelMessageSid: string | null;
          status: DeliveryStatus;
          errorCode: number | null;
        };
      }>;
    };
  } | null;
};

export type ListServiceConversationMessageReceiptQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  messageSid: string;
}>;

export type ListServiceConversationMessageReceiptQuery = {
  message: {
    sid: string;
    deliveryReceipts: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          messageSid: string;
          participantSid: string | null;
          channelMessageSid: string | null;
          status: DeliveryStatus;
          errorCode: number | null;
        };
      }>;
    };
  } | null;
};

export type FetchConversationMessageReceiptQueryVariables = Exact<{
  conversationSid: string;
  messageSid: string;
  sid: string;
}>;

export type FetchConversationMessageReceiptQuery = {
  deliveryReceipt: {
    id: string;
    sid: string;
    conversationSid: string;
    messageSid: string;
    participantSid: string | null;
    channelMessageSid: string | null;
    status: DeliveryStatus;
    errorCode: number | null;
  } | null;
};

export type FetchServiceConversationMessageReceiptQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  messageSid: string;
  sid: string;
}>;

export type FetchServiceConversationMessageReceiptQuery = {
  deliveryReceipt: {
    id: string;
    sid: string;
    conversationSid: string;
    messageSid: string;
    participantSid: string | null;
    channelMessageSid: string | null;
    status: DeliveryStatus;
    errorCode: number | null;
  } | null;
};

export type ParticipantFieldsFragment = {
  id: string;
  sid: string;
  conversationSid: string;
  identity: string | null;
  attributes: unknown;
  roleSid: string | null;
  lastReadMessageIndex: number | null;
  messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
};

export type ParticipantConversationFieldsFragment = {
  chatServiceSid: string;
  conversationSid: string;
  conversationUniqueName: string | null;
  conversationState: ConversationState | null;
  participantSid: string;
  participantIdentity: string | null;
  participantMessagingBinding: { address: string | null; proxyAddress: string | null } | null;
};

export type CreateConversationParticipantMutationVariables = Exact<{
  conversationSid: string;
  identity?: string | null | undefined;
  messagingBinding?: MessagingBindingInput | null | undefined;
  attributes?: unknown;
}>;

export type CreateConversationParticipantMutation = {
  createParticipant: {
    participant: {
      id: string;
      sid: string;
      conversationSid: string;
      identity: string | null;
      attributes: unknown;
      roleSid: string | null;
      lastReadMessageIndex: number | null;
      messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceConversationParticipantMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  identity?: string | null | undefined;
  messagingBinding?: MessagingBindingInput | null | undefined;
  attributes?: unknown;
}>;

export type CreateServiceConversationParticipantMutation = {
  createParticipant: {
    participant: {
      id: string;
      sid: string;
      conversationSid: string;
      identity: string | null;
      attributes: unknown;
      roleSid: string | null;
      lastReadMessageIndex: number | null;
      messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchConversationParticipantQueryVariables = Exact<{
  conversationSid: string;
  sid: string;
}>;

export type FetchConversationParticipantQuery = {
  participant: {
    id: string;
    sid: string;
    conversationSid: string;
    identity: string | null;
    attributes: unknown;
    roleSid: string | null;
    lastReadMessageIndex: number | null;
    messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
  } | null;
};

export type FetchServiceConversationParticipantQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
}>;

export type FetchServiceConversationParticipantQuery = {
  participant: {
    id: string;
    sid: string;
    conversationSid: string;
    identity: string | null;
    attributes: unknown;
    roleSid: string | null;
    lastReadMessageIndex: number | null;
    messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
  } | null;
};

export type ListConversationParticipantQueryVariables = Exact<{
  conversationSid: string;
}>;

export type ListConversationParticipantQuery = {
  conversation: {
    sid: string;
    participants: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          identity: string | null;
          attributes: unknown;
          roleSid: string | null;
          lastReadMessageIndex: number | null;
          messagingBinding: {
            type: string | null;
            address: string | null;
            proxyAddress: string | null;
          } | null;
        };
      }>;
    };
  } | null;
};

export type ListServiceConversationParticipantQueryVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
}>;

export type ListServiceConversationParticipantQuery = {
  conversation: {
    sid: string;
    participants: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          conversationSid: string;
          identity: string | null;
          attributes: unknown;
          roleSid: string | null;
          lastReadMessageIndex: number | null;
          messagingBinding: {
            type: string | null;
            address: string | null;
            proxyAddress: string | null;
          } | null;
        };
      }>;
    };
  } | null;
};

export type UpdateConversationParticipantMutationVariables = Exact<{
  conversationSid: string;
  sid: string;
  attributes?: unknown;
}>;

export type UpdateConversationParticipantMutation = {
  updateParticipant: {
    participant: {
      id: string;
      sid: string;
      conversationSid: string;
      identity: string | null;
      attributes: unknown;
      roleSid: string | null;
      lastReadMessageIndex: number | null;
      messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceConversationParticipantMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
  attributes?: unknown;
}>;

export type UpdateServiceConversationParticipantMutation = {
  updateParticipant: {
    participant: {
      id: string;
      sid: string;
      conversationSid: string;
      identity: string | null;
      attributes: unknown;
      roleSid: string | null;
      lastReadMessageIndex: number | null;
      messagingBinding: { type: string | null; address: string | null; proxyAddress: string | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteConversationParticipantMutationVariables = Exact<{
  conversationSid: string;
  sid: string;
}>;

export type DeleteConversationParticipantMutation = {
  deleteParticipant: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceConversationParticipantMutationVariables = Exact<{
  serviceSid: string;
  conversationSid: string;
  sid: string;
}>;

export type DeleteServiceConversationParticipantMutation = {
  deleteParticipant: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type ListParticipantConversationQueryVariables = Exact<{
  identity?: string | null | undefined;
  address?: string | null | undefined;
}>;

export type ListParticipantConversationQuery = {
  participantConversations: {
    edges: Array<{
      node: {
        chatServiceSid: string;
        conversationSid: string;
        conversationUniqueName: string | null;
        conversationState: ConversationState | null;
        participantSid: string;
        participantIdentity: string | null;
        participantMessagingBinding: { address: string | null; proxyAddress: string | null } | null;
      };
    }>;
  };
};

export type ListServiceParticipantConversationQueryVariables = Exact<{
  serviceSid: string;
  identity?: string | null | undefined;
  address?: string | null | undefined;
}>;

export type ListServiceParticipantConversationQuery = {
  participantConversations: {
    edges: Array<{
      node: {
        chatServiceSid: string;
        conversationSid: string;
        conversationUniqueName: string | null;
        conversationState: ConversationState | null;
        participantSid: string;
        participantIdentity: string | null;
        participantMessagingBinding: { address: string | null; proxyAddress: string | null } | null;
      };
    }>;
  };
};

export type PushBindingFieldsFragment = {
  id: string;
  sid: string;
  chatServiceSid: string;
  identity: string | null;
  bindingType: PushType;
  endpoint: string | null;
  messageTypes: Array<string>;
  credentialSid: string | null;
};

export type ListServiceBindingQueryVariables = Exact<{
  serviceSid: string;
  identities?: Array<string> | string | null | undefined;
  bindingTypes?: Array<PushType> | PushType | null | undefined;
}>;

export type ListServiceBindingQuery = {
  pushBindings: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        identity: string | null;
        bindingType: PushType;
        endpoint: string | null;
        messageTypes: Array<string>;
        credentialSid: string | null;
      };
    }>;
  };
};

export type FetchServiceBindingQueryVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type FetchServiceBindingQuery = {
  pushBinding: {
    id: string;
    sid: string;
    chatServiceSid: string;
    identity: string | null;
    bindingType: PushType;
    endpoint: string | null;
    messageTypes: Array<string>;
    credentialSid: string | null;
  } | null;
};

export type DeleteServiceBindingMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type DeleteServiceBindingMutation = {
  deletePushBinding: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type RoleFieldsFragment = {
  id: string;
  sid: string;
  chatServiceSid: string;
  friendlyName: string | null;
  type: RoleType;
  permissions: Array<string>;
};

export type CreateRoleMutationVariables = Exact<{
  friendlyName: string;
  type: RoleType;
  permissions: Array<string> | string;
}>;

export type CreateRoleMutation = {
  createRole: {
    role: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      type: RoleType;
      permissions: Array<string>;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceRoleMutationVariables = Exact<{
  serviceSid: string;
  friendlyName: string;
  type: RoleType;
  permissions: Array<string> | string;
}>;

export type CreateServiceRoleMutation = {
  createRole: {
    role: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      type: RoleType;
      permissions: Array<string>;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchRoleQueryVariables = Exact<{
  sid: string;
}>;

export type FetchRoleQuery = {
  role: {
    id: string;
    sid: string;
    chatServiceSid: string;
    friendlyName: string | null;
    type: RoleType;
    permissions: Array<string>;
  } | null;
};

export type FetchServiceRoleQueryVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type FetchServiceRoleQuery = {
  role: {
    id: string;
    sid: string;
    chatServiceSid: string;
    friendlyName: string | null;
    type: RoleType;
    permissions: Array<string>;
  } | null;
};

export type ListRoleQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ListRoleQuery = {
  roles: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        friendlyName: string | null;
        type: RoleType;
        permissions: Array<string>;
      };
    }>;
  };
};

export type ListServiceRoleQueryVariables = Exact<{
  serviceSid: string;
  first?: number | null | undefined;
}>;

export type ListServiceRoleQuery = {
  roles: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        friendlyName: string | null;
        type: RoleType;
        permissions: Array<string>;
      };
    }>;
  };
};

export type UpdateRoleMutationVariables = Exact<{
  sid: string;
  permissions: Array<string> | string;
}>;

export type UpdateRoleMutation = {
  updateRole: {
    role: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      type: RoleType;
      permissions: Array<string>;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceRoleMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
  permissions: Array<string> | string;
}>;

export type UpdateServiceRoleMutation = {
  updateRole: {
    role: {
      id: string;
      sid: string;
      chatServiceSid: string;
      friendlyName: string | null;
      type: RoleType;
      permissions: Array<string>;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteRoleMutationVariables = Exact<{
  sid: string;
}>;

export type DeleteRoleMutation = {
  deleteRole: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceRoleMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type DeleteServiceRoleMutation = {
  deleteRole: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type ServiceFieldsFragment = {
  id: string;
  sid: string;
  accountSid: string;
  friendlyName: string | null;
  url: string;
};

export type ServiceConfigurationFieldsFragment = {
  chatServiceSid: string;
  defaultChatServiceRoleSid: string | null;
  defaultConversationRoleSid: string | null;
  defaultConversationCreatorRoleSid: string | null;
  reachabilityEnabled: boolean | null;
};

export type ServiceNotificationFieldsFragment = {
  chatServiceSid: string;
  logEnabled: boolean | null;
  newMessage: {
    enabled: boolean | null;
    template: string | null;
    sound: string | null;
    badgeCountEnabled: boolean | null;
  } | null;
  addedToConversation: { enabled: boolean | null; template: string | null } | null;
  removedFromConversation: { enabled: boolean | null; template: string | null } | null;
};

export type ServiceWebhookConfigurationFieldsFragment = {
  chatServiceSid: string;
  method: WebhookMethod | null;
  filters: Array<string>;
  preWebhookUrl: string | null;
  postWebhookUrl: string | null;
};

export type CreateServiceMutationVariables = Exact<{
  friendlyName: string;
}>;

export type CreateServiceMutation = {
  createService: {
    service: { id: string; sid: string; accountSid: string; friendlyName: string | null; url: string } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchServiceQueryVariables = Exact<{
  sid: string;
}>;

export type FetchServiceQuery = {
  service: { id: string; sid: string; accountSid: string; friendlyName: string | null; url: string } | null;
};

export type ListServiceQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ListServiceQuery = {
  services: {
    edges: Array<{
      node: { id: string; sid: string; accountSid: string; friendlyName: string | null; url: string };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

export type DeleteServiceMutationVariables = Exact<{
  sid: string;
}>;

export type DeleteServiceMutation = {
  deleteService: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchServiceConfigurationQueryVariables = Exact<{
  serviceSid: string;
}>;

export type FetchServiceConfigurationQuery = {
  service: {
    sid: string;
    configuration: {
      chatServiceSid: string;
      defaultChatServiceRoleSid: string | null;
      defaultConversationRoleSid: string | null;
      defaultConversationCreatorRoleSid: string | null;
      reachabilityEnabled: boolean | null;
    };
  } | null;
};

export type UpdateServiceConfigurationMutationVariables = Exact<{
  serviceSid: string;
  reachabilityEnabled?: boolean | null | undefined;
}>;

export type UpdateServiceConfigurationMutation = {
  updateServiceConfiguration: {
    configuration: {
      chatServiceSid: string;
      defaultChatServiceRoleSid: string | null;
      defaultConversationRoleSid: string | null;
      defaultConversationCreatorRoleSid: string | null;
      reachabilityEnabled: boolean | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchServiceNotificationQueryVariables = Exact<{
  serviceSid: string;
}>;

export type FetchServiceNotificationQuery = {
  service: {
    sid: string;
    notifications: {
      chatServiceSid: string;
      logEnabled: boolean | null;
      newMessage: {
        enabled: boolean | null;
        template: string | null;
        sound: string | null;
        badgeCountEnabled: boolean | null;
      } | null;
      addedToConversation: { enabled: boolean | null; template: string | null } | null;
      removedFromConversation: { enabled: boolean | null; template: string | null } | null;
    };
  } | null;
};

export type UpdateServiceNotificationMutationVariables = Exact<{
  serviceSid: string;
  logEnabled?: boolean | null | undefined;
  newMessage?: NewMessageNotificationInput | null | undefined;
}>;

export type UpdateServiceNotificationMutation = {
  updateServiceNotification: {
    notifications: {
      chatServiceSid: string;
      logEnabled: boolean | null;
      newMessage: {
        enabled: boolean | null;
        template: string | null;
        sound: string | null;
        badgeCountEnabled: boolean | null;
      } | null;
      addedToConversation: { enabled: boolean | null; template: string | null } | null;
      removedFromConversation: { enabled: boolean | null; template: string | null } | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchServiceWebhookConfigurationQueryVariables = Exact<{
  serviceSid: string;
}>;

export type FetchServiceWebhookConfigurationQuery = {
  service: {
    sid: string;
    webhookConfiguration: {
      chatServiceSid: string;
      method: WebhookMethod | null;
      filters: Array<string>;
      preWebhookUrl: string | null;
      postWebhookUrl: string | null;
    };
  } | null;
};

export type UpdateServiceWebhookConfigurationMutationVariables = Exact<{
  serviceSid: string;
  filters?: Array<string> | string | null | undefined;
  method?: WebhookMethod | null | undefined;
  postWebhookUrl?: string | null | undefined;
}>;

export type UpdateServiceWebhookConfigurationMutation = {
  updateServiceWebhookConfiguration: {
    webhookConfiguration: {
      chatServiceSid: string;
      method: WebhookMethod | null;
      filters: Array<string>;
      preWebhookUrl: string | null;
      postWebhookUrl: string | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UserFieldsFragment = {
  id: string;
  sid: string;
  chatServiceSid: string;
  identity: string;
  friendlyName: string | null;
  attributes: unknown;
  roleSid: string | null;
};

export type UserConversationFieldsFragment = {
  id: string;
  sid: string;
  chatServiceSid: string;
  conversationSid: string;
  userSid: string;
  participantSid: string | null;
  friendlyName: string | null;
  uniqueName: string | null;
  notificationLevel: NotificationLevel | null;
  lastReadMessageIndex: number | null;
  unreadMessagesCount: number | null;
};

export type CreateUserMutationVariables = Exact<{
  identity: string;
  friendlyName?: string | null | undefined;
  attributes?: unknown;
}>;

export type CreateUserMutation = {
  createUser: {
    user: {
      id: string;
      sid: string;
      chatServiceSid: string;
      identity: string;
      friendlyName: string | null;
      attributes: unknown;
      roleSid: string | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type CreateServiceUserMutationVariables = Exact<{
  serviceSid: string;
  identity: string;
  friendlyName?: string | null | undefined;
  attributes?: unknown;
}>;

export type CreateServiceUserMutation = {
  createUser: {
    user: {
      id: string;
      sid: string;
      chatServiceSid: string;
      identity: string;
      friendlyName: string | null;
      attributes: unknown;
      roleSid: string | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type FetchUserQueryVariables = Exact<{
  sid: string;
}>;

export type FetchUserQuery = {
  user: {
    id: string;
    sid: string;
    chatServiceSid: string;
    identity: string;
    friendlyName: string | null;
    attributes: unknown;
    roleSid: string | null;
  } | null;
};

export type FetchServiceUserQueryVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type FetchServiceUserQuery = {
  user: {
    id: string;
    sid: string;
    chatServiceSid: string;
    identity: string;
    friendlyName: string | null;
    attributes: unknown;
    roleSid: string | null;
  } | null;
};

export type ListUserQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ListUserQuery = {
  users: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        identity: string;
        friendlyName: string | null;
        attributes: unknown;
        roleSid: string | null;
      };
    }>;
  };
};

export type ListServiceUserQueryVariables = Exact<{
  serviceSid: string;
  first?: number | null | undefined;
}>;

export type ListServiceUserQuery = {
  users: {
    edges: Array<{
      node: {
        id: string;
        sid: string;
        chatServiceSid: string;
        identity: string;
        friendlyName: string | null;
        attributes: unknown;
        roleSid: string | null;
      };
    }>;
  };
};

export type UpdateUserMutationVariables = Exact<{
  sid: string;
  friendlyName?: string | null | undefined;
  attributes?: unknown;
}>;

export type UpdateUserMutation = {
  updateUser: {
    user: {
      id: string;
      sid: string;
      chatServiceSid: string;
      identity: string;
      friendlyName: string | null;
      attributes: unknown;
      roleSid: string | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceUserMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
  friendlyName?: string | null | undefined;
  attributes?: unknown;
}>;

export type UpdateServiceUserMutation = {
  updateUser: {
    user: {
      id: string;
      sid: string;
      chatServiceSid: string;
      identity: string;
      friendlyName: string | null;
      attributes: unknown;
      roleSid: string | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteUserMutationVariables = Exact<{
  sid: string;
}>;

export type DeleteUserMutation = {
  deleteUser: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceUserMutationVariables = Exact<{
  serviceSid: string;
  sid: string;
}>;

export type DeleteServiceUserMutation = {
  deleteUser: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type ListUserConversationQueryVariables = Exact<{
  userSid: string;
}>;

export type ListUserConversationQuery = {
  user: {
    sid: string;
    conversations: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          chatServiceSid: string;
          conversationSid: string;
          userSid: string;
          participantSid: string | null;
          friendlyName: string | null;
          uniqueName: string | null;
          notificationLevel: NotificationLevel | null;
          lastReadMessageIndex: number | null;
          unreadMessagesCount: number | null;
        };
      }>;
    };
  } | null;
};

export type ListServiceUserConversationQueryVariables = Exact<{
  serviceSid: string;
  userSid: string;
}>;

export type ListServiceUserConversationQuery = {
  user: {
    sid: string;
    conversations: {
      edges: Array<{
        node: {
          id: string;
          sid: string;
          chatServiceSid: string;
          conversationSid: string;
          userSid: string;
          participantSid: string | null;
          friendlyName: string | null;
          uniqueName: string | null;
          notificationLevel: NotificationLevel | null;
          lastReadMessageIndex: number | null;
          unreadMessagesCount: number | null;
        };
      }>;
    };
  } | null;
};

export type FetchUserConversationQueryVariables = Exact<{
  userSid: string;
  conversationSid: string;
}>;

export type FetchUserConversationQuery = {
  userConversation: {
    id: string;
    sid: string;
    chatServiceSid: string;
    conversationSid: string;
    userSid: string;
    participantSid: string | null;
    friendlyName: string | null;
    uniqueName: string | null;
    notificationLevel: NotificationLevel | null;
    lastReadMessageIndex: number | null;
    unreadMessagesCount: number | null;
  } | null;
};

export type FetchServiceUserConversationQueryVariables = Exact<{
  serviceSid: string;
  userSid: string;
  conversationSid: string;
}>;

export type FetchServiceUserConversationQuery = {
  userConversation: {
    id: string;
    sid: string;
    chatServiceSid: string;
    conversationSid: string;
    userSid: string;
    participantSid: string | null;
    friendlyName: string | null;
    uniqueName: string | null;
    notificationLevel: NotificationLevel | null;
    lastReadMessageIndex: number | null;
    unreadMessagesCount: number | null;
  } | null;
};

export type UpdateUserConversationMutationVariables = Exact<{
  userSid: string;
  conversationSid: string;
  notificationLevel?: NotificationLevel | null | undefined;
  lastReadMessageIndex?: number | null | undefined;
}>;

export type UpdateUserConversationMutation = {
  updateUserConversation: {
    userConversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      conversationSid: string;
      userSid: string;
      participantSid: string | null;
      friendlyName: string | null;
      uniqueName: string | null;
      notificationLevel: NotificationLevel | null;
      lastReadMessageIndex: number | null;
      unreadMessagesCount: number | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type UpdateServiceUserConversationMutationVariables = Exact<{
  serviceSid: string;
  userSid: string;
  conversationSid: string;
  notificationLevel?: NotificationLevel | null | undefined;
  lastReadMessageIndex?: number | null | undefined;
}>;

export type UpdateServiceUserConversationMutation = {
  updateUserConversation: {
    userConversation: {
      id: string;
      sid: string;
      chatServiceSid: string;
      conversationSid: string;
      userSid: string;
      participantSid: string | null;
      friendlyName: string | null;
      uniqueName: string | null;
      notificationLevel: NotificationLevel | null;
      lastReadMessageIndex: number | null;
      unreadMessagesCount: number | null;
    } | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteUserConversationMutationVariables = Exact<{
  userSid: string;
  conversationSid: string;
}>;

export type DeleteUserConversationMutation = {
  deleteUserConversation: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export type DeleteServiceUserConversationMutationVariables = Exact<{
  serviceSid: string;
  userSid: string;
  conversationSid: string;
}>;

export type DeleteServiceUserConversationMutation = {
  deleteUserConversation: {
    deletedSid: string | null;
    userErrors: Array<{ code: number | null; field: Array<string> | null; message: string }>;
  };
};

export const UserErrorFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const ConfigurationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Configuration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultChatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMessagingServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultInactiveTimer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultClosedTimer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfigurationFieldsFragment, unknown>;
export const ConfigurationWebhookFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConfigurationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfigurationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfigurationWebhookFieldsFragment, unknown>;
export const AddressConfigurationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AddressConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'autoCreation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationServiceSid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookFilters' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddressConfigurationFieldsFragment, unknown>;
export const ConversationWebhookFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationWebhookFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationFieldsFragment, unknown>;
export const CredentialFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CredentialFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Credential' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sandbox' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CredentialFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const DeliveryReceiptFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeliveryReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelMessageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeliveryReceiptFieldsFragment, unknown>;
export const ParticipantFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipantFieldsFragment, unknown>;
export const ParticipantConversationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ParticipantConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationUniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participantMessagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipantConversationFieldsFragment, unknown>;
export const PushBindingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PushBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bindingType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'credentialSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PushBindingFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const ServiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceFieldsFragment, unknown>;
export const ServiceConfigurationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultChatServiceRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultConversationRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultConversationCreatorRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reachabilityEnabled' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceConfigurationFieldsFragment, unknown>;
export const ServiceNotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceNotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceNotification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logEnabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sound' } },
                { kind: 'Field', name: { kind: 'Name', value: 'badgeCountEnabled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addedToConversation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removedFromConversation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceNotificationFieldsFragment, unknown>;
export const ServiceWebhookConfigurationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceWebhookConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceWebhookConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postWebhookUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceWebhookConfigurationFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const UserConversationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserConversationFieldsFragment, unknown>;
export const FetchConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConfiguration' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConfigurationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Configuration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultChatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMessagingServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultInactiveTimer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultClosedTimer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchConfigurationQuery, FetchConfigurationQueryVariables>;
export const FetchConfigurationWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConfigurationWebhook' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConfigurationWebhookFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConfigurationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfigurationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchConfigurationWebhookQuery, FetchConfigurationWebhookQueryVariables>;
export const UpdateConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'defaultChatServiceSid' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'defaultInactiveTimer' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Duration' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'defaultChatServiceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'defaultChatServiceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'defaultInactiveTimer' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'defaultInactiveTimer' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'configuration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConfigurationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Configuration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultChatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMessagingServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultInactiveTimer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultClosedTimer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConfigurationMutation, UpdateConfigurationMutationVariables>;
export const UpdateConfigurationWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConfigurationWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookMethod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'postWebhookUrl' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'URL' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConfigurationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'target' },
                      value: { kind: 'EnumValue', value: 'WEBHOOK' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'filters' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'method' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'postWebhookUrl' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'postWebhookUrl' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConfigurationWebhookFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConfigurationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfigurationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConfigurationWebhookMutation, UpdateConfigurationWebhookMutationVariables>;
export const CreateConfigurationAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConfigurationAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAddressConfigurationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAddressConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addressConfiguration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AddressConfigurationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AddressConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'autoCreation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationServiceSid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookFilters' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateConfigurationAddressMutation, CreateConfigurationAddressMutationVariables>;
export const FetchConfigurationAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConfigurationAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AddressConfigurationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AddressConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'autoCreation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationServiceSid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookFilters' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchConfigurationAddressQuery, FetchConfigurationAddressQueryVariables>;
export const ListConfigurationAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListConfigurationAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressType' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressConfigurations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'type' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AddressConfigurationFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AddressConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'autoCreation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationServiceSid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookFilters' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListConfigurationAddressQuery, ListConfigurationAddressQueryVariables>;
export const UpdateConfigurationAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConfigurationAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'autoCreation' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressAutoCreationInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAddressConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'autoCreation' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'autoCreation' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addressConfiguration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AddressConfigurationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AddressConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'autoCreation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationServiceSid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookFilters' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConfigurationAddressMutation, UpdateConfigurationAddressMutationVariables>;
export const DeleteConfigurationAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteConfigurationAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteAddressConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteConfigurationAddressMutation, DeleteConfigurationAddressMutationVariables>;
export const CreateConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhookTarget' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhookConfigurationInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'target' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'configuration' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationWebhookFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateConversationScopedWebhookMutation,
  CreateConversationScopedWebhookMutationVariables
>;
export const CreateServiceConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhookTarget' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhookConfigurationInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'target' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'configuration' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationWebhookFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateServiceConversationScopedWebhookMutation,
  CreateServiceConversationScopedWebhookMutationVariables
>;
export const FetchConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationWebhookFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchConversationScopedWebhookQuery,
  FetchConversationScopedWebhookQueryVariables
>;
export const FetchServiceConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationWebhookFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchServiceConversationScopedWebhookQuery,
  FetchServiceConversationScopedWebhookQueryVariables
>;
export const ListConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhooks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ConversationWebhookFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListConversationScopedWebhookQuery, ListConversationScopedWebhookQueryVariables>;
export const ListServiceConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhooks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ConversationWebhookFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ListServiceConversationScopedWebhookQuery,
  ListServiceConversationScopedWebhookQueryVariables
>;
export const UpdateConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ConversationWebhookConfigurationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'configuration' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationWebhookFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateConversationScopedWebhookMutation,
  UpdateConversationScopedWebhookMutationVariables
>;
export const UpdateServiceConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ConversationWebhookConfigurationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'configuration' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationWebhookFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationWebhookFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationWebhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configuration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triggers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flowSid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateServiceConversationScopedWebhookMutation,
  UpdateServiceConversationScopedWebhookMutationVariables
>;
export const DeleteConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteConversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteConversationScopedWebhookMutation,
  DeleteConversationScopedWebhookMutationVariables
>;
export const DeleteServiceConversationScopedWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceConversationScopedWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteConversationWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteServiceConversationScopedWebhookMutation,
  DeleteServiceConversationScopedWebhookMutationVariables
>;
export const CreateConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'uniqueName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateConversationMutation, CreateConversationMutationVariables>;
export const CreateServiceConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'uniqueName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateServiceConversationMutation, CreateServiceConversationMutationVariables>;
export const FetchConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchConversationQuery, FetchConversationQueryVariables>;
export const FetchServiceConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceConversationQuery, FetchServiceConversationQueryVariables>;
export const ListConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationState' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListConversationQuery, ListConversationQueryVariables>;
export const ListServiceConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationState' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListServiceConversationQuery, ListServiceConversationQueryVariables>;
export const UpdateConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationState' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'state' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConversationMutation, UpdateConversationMutationVariables>;
export const UpdateServiceConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationState' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'state' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceConversationMutation, UpdateServiceConversationMutationVariables>;
export const DeleteConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteConversationMutation, DeleteConversationMutationVariables>;
export const DeleteServiceConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteServiceConversationMutation, DeleteServiceConversationMutationVariables>;
export const CreateConversationWithParticipantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConversationWithParticipants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'participants' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ParticipantInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversationWithParticipants' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'uniqueName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'participants' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'participants' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participants' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'edges' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'node' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'ParticipantFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateConversationWithParticipantsMutation,
  CreateConversationWithParticipantsMutationVariables
>;
export const CreateServiceConversationWithParticipantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceConversationWithParticipants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'participants' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ParticipantInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversationWithParticipants' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'uniqueName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'uniqueName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'participants' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'participants' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participants' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'edges' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'node' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'ParticipantFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateInactive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateClosed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateServiceConversationWithParticipantsMutation,
  CreateServiceConversationWithParticipantsMutationVariables
>;
export const CreateCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PushType' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'secret' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCredential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'type' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'secret' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'secret' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'credential' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CredentialFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CredentialFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Credential' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sandbox' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCredentialMutation, CreateCredentialMutationVariables>;
export const FetchCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CredentialFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CredentialFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Credential' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sandbox' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchCredentialQuery, FetchCredentialQueryVariables>;
export const ListCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credentials' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CredentialFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CredentialFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Credential' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sandbox' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListCredentialQuery, ListCredentialQueryVariables>;
export const UpdateCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'secret' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCredential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'secret' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'secret' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'credential' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CredentialFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CredentialFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Credential' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sandbox' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCredentialMutation, UpdateCredentialMutationVariables>;
export const DeleteCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteCredential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCredentialMutation, DeleteCredentialMutationVariables>;
export const CreateConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'author' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'author' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'author' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'body' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'message' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateConversationMessageMutation, CreateConversationMessageMutationVariables>;
export const CreateServiceConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'author' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'author' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'author' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'body' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'message' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateServiceConversationMessageMutation,
  CreateServiceConversationMessageMutationVariables
>;
export const FetchConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'message' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchConversationMessageQuery, FetchConversationMessageQueryVariables>;
export const FetchServiceConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'message' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchServiceConversationMessageQuery,
  FetchServiceConversationMessageQueryVariables
>;
export const ListConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessageOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'messages' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'order' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListConversationMessageQuery, ListConversationMessageQueryVariables>;
export const ListServiceConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessageOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'messages' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'order' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ListServiceConversationMessageQuery,
  ListServiceConversationMessageQueryVariables
>;
export const UpdateConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'body' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'message' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConversationMessageMutation, UpdateConversationMessageMutationVariables>;
export const UpdateServiceConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'body' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'message' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateServiceConversationMessageMutation,
  UpdateServiceConversationMessageMutationVariables
>;
export const DeleteConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteConversationMessageMutation, DeleteConversationMessageMutationVariables>;
export const DeleteServiceConversationMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceConversationMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteServiceConversationMessageMutation,
  DeleteServiceConversationMessageMutationVariables
>;
export const ListConversationMessageReceiptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListConversationMessageReceipt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'message' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveryReceipts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeliveryReceiptFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeliveryReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelMessageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ListConversationMessageReceiptQuery,
  ListConversationMessageReceiptQueryVariables
>;
export const ListServiceConversationMessageReceiptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceConversationMessageReceipt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'message' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveryReceipts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeliveryReceiptFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeliveryReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelMessageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ListServiceConversationMessageReceiptQuery,
  ListServiceConversationMessageReceiptQueryVariables
>;
export const FetchConversationMessageReceiptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConversationMessageReceipt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryReceipt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'messageSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeliveryReceiptFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeliveryReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelMessageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchConversationMessageReceiptQuery,
  FetchConversationMessageReceiptQueryVariables
>;
export const FetchServiceConversationMessageReceiptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceConversationMessageReceipt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryReceipt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'messageSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'messageSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeliveryReceiptFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeliveryReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelMessageSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchServiceConversationMessageReceiptQuery,
  FetchServiceConversationMessageReceiptQueryVariables
>;
export const CreateConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'messagingBinding' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessagingBindingInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'identity' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'messagingBinding' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'messagingBinding' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipantFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateConversationParticipantMutation,
  CreateConversationParticipantMutationVariables
>;
export const CreateServiceConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'messagingBinding' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessagingBindingInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'identity' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'messagingBinding' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'messagingBinding' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipantFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateServiceConversationParticipantMutation,
  CreateServiceConversationParticipantMutationVariables
>;
export const FetchConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipantFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchConversationParticipantQuery, FetchConversationParticipantQueryVariables>;
export const FetchServiceConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipantFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchServiceConversationParticipantQuery,
  FetchServiceConversationParticipantQueryVariables
>;
export const ListConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ParticipantFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListConversationParticipantQuery, ListConversationParticipantQueryVariables>;
export const ListServiceConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ParticipantFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ListServiceConversationParticipantQuery,
  ListServiceConversationParticipantQueryVariables
>;
export const UpdateConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipantFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateConversationParticipantMutation,
  UpdateConversationParticipantMutationVariables
>;
export const UpdateServiceConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipantFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateServiceConversationParticipantMutation,
  UpdateServiceConversationParticipantMutationVariables
>;
export const DeleteConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteConversationParticipantMutation,
  DeleteConversationParticipantMutationVariables
>;
export const DeleteServiceConversationParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceConversationParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteServiceConversationParticipantMutation,
  DeleteServiceConversationParticipantMutationVariables
>;
export const ListParticipantConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListParticipantConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participantConversations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'identity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'address' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ParticipantConversationFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ParticipantConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationUniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participantMessagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListParticipantConversationQuery, ListParticipantConversationQueryVariables>;
export const ListServiceParticipantConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceParticipantConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participantConversations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'identity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'address' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ParticipantConversationFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipantConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ParticipantConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationUniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participantMessagingBinding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proxyAddress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ListServiceParticipantConversationQuery,
  ListServiceParticipantConversationQueryVariables
>;
export const ListServiceBindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceBinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identities' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bindingTypes' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'PushType' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pushBindings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'identities' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'identities' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bindingTypes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bindingTypes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PushBindingFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PushBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bindingType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'credentialSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListServiceBindingQuery, ListServiceBindingQueryVariables>;
export const FetchServiceBindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceBinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pushBinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PushBindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PushBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bindingType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'credentialSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceBindingQuery, FetchServiceBindingQueryVariables>;
export const DeleteServiceBindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceBinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletePushBinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteServiceBindingMutation, DeleteServiceBindingMutationVariables>;
export const CreateRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleType' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'type' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'permissions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'role' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const CreateServiceRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleType' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'type' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'permissions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'role' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateServiceRoleMutation, CreateServiceRoleMutationVariables>;
export const FetchRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchRoleQuery, FetchRoleQueryVariables>;
export const FetchServiceRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceRoleQuery, FetchServiceRoleQueryVariables>;
export const ListRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListRoleQuery, ListRoleQueryVariables>;
export const ListServiceRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListServiceRoleQuery, ListServiceRoleQueryVariables>;
export const UpdateRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'permissions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'role' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const UpdateServiceRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'permissions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'permissions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'role' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceRoleMutation, UpdateServiceRoleMutationVariables>;
export const DeleteRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const DeleteServiceRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteServiceRoleMutation, DeleteServiceRoleMutationVariables>;
export const CreateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'service' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const FetchServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceQuery, FetchServiceQueryVariables>;
export const ListServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListServiceQuery, ListServiceQueryVariables>;
export const DeleteServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteServiceMutation, DeleteServiceMutationVariables>;
export const FetchServiceConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'configuration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceConfigurationFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultChatServiceRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultConversationRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultConversationCreatorRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reachabilityEnabled' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceConfigurationQuery, FetchServiceConfigurationQueryVariables>;
export const UpdateServiceConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reachabilityEnabled' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateServiceConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'reachabilityEnabled' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'reachabilityEnabled' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'configuration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceConfigurationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultChatServiceRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultConversationRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultConversationCreatorRoleSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reachabilityEnabled' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceConfigurationMutation, UpdateServiceConfigurationMutationVariables>;
export const FetchServiceNotificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceNotification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceNotificationFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceNotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceNotification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logEnabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sound' } },
                { kind: 'Field', name: { kind: 'Name', value: 'badgeCountEnabled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addedToConversation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removedFromConversation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceNotificationQuery, FetchServiceNotificationQueryVariables>;
export const UpdateServiceNotificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceNotification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'logEnabled' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newMessage' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NewMessageNotificationInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateServiceNotification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'logEnabled' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'logEnabled' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'newMessage' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'newMessage' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceNotificationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceNotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceNotification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logEnabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sound' } },
                { kind: 'Field', name: { kind: 'Name', value: 'badgeCountEnabled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addedToConversation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removedFromConversation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'template' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceNotificationMutation, UpdateServiceNotificationMutationVariables>;
export const FetchServiceWebhookConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceWebhookConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookConfiguration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ServiceWebhookConfigurationFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceWebhookConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceWebhookConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postWebhookUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FetchServiceWebhookConfigurationQuery,
  FetchServiceWebhookConfigurationQueryVariables
>;
export const UpdateServiceWebhookConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceWebhookConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookMethod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'postWebhookUrl' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'URL' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateServiceWebhookConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'filters' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'method' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'postWebhookUrl' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'postWebhookUrl' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookConfiguration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ServiceWebhookConfigurationFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceWebhookConfigurationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceWebhookConfiguration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preWebhookUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postWebhookUrl' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateServiceWebhookConfigurationMutation,
  UpdateServiceWebhookConfigurationMutationVariables
>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'identity' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateServiceUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'identity' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'identity' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateServiceUserMutation, CreateServiceUserMutationVariables>;
export const FetchUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchUserQuery, FetchUserQueryVariables>;
export const FetchServiceUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceUserQuery, FetchServiceUserQueryVariables>;
export const ListUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListUserQuery, ListUserQueryVariables>;
export const ListServiceUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListServiceUserQuery, ListServiceUserQueryVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const UpdateServiceUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'friendlyName' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'friendlyName' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'attributes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attributes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roleSid' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceUserMutation, UpdateServiceUserMutationVariables>;
export const DeleteUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const DeleteServiceUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteServiceUserMutation, DeleteServiceUserMutationVariables>;
export const ListUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'UserConversationFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListUserConversationQuery, ListUserConversationQueryVariables>;
export const ListServiceUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListServiceUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'UserConversationFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListServiceUserConversationQuery, ListServiceUserConversationQueryVariables>;
export const FetchUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserConversationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchUserConversationQuery, FetchUserConversationQueryVariables>;
export const FetchServiceUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FetchServiceUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationSid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserConversationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchServiceUserConversationQuery, FetchServiceUserConversationQueryVariables>;
export const UpdateUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'notificationLevel' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationLevel' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUserConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'userSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'notificationLevel' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'notificationLevel' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'lastReadMessageIndex' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userConversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserConversationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserConversationMutation, UpdateUserConversationMutationVariables>;
export const UpdateServiceUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateServiceUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'notificationLevel' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationLevel' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUserConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'userSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'notificationLevel' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'notificationLevel' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'lastReadMessageIndex' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userConversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserConversationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chatServiceSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantSid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'friendlyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReadMessageIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadMessagesCount' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateServiceUserConversationMutation,
  UpdateServiceUserConversationMutationVariables
>;
export const DeleteUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteUserConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'userSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteUserConversationMutation, DeleteUserConversationMutationVariables>;
export const DeleteServiceUserConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteServiceUserConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteUserConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'userSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'userSid' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'conversationSid' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationSid' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteServiceUserConversationMutation,
  DeleteServiceUserConversationMutationVariables
>;
