/**
 * Twilio error bodies as the Conversations API sends them: `{code, message, more_info, status}`.
 * No `type`/`title` keys, or twilio-node would raise a TwilioServiceException instead of a
 * RestException (twilio-node `src/base/Version.ts`).
 *
 * The catalog below is the single list of codes the emulator answers with.
 */
export const ERROR_CATALOG = {
  20001: { status: 400, message: 'Invalid parameter' },
  20003: { status: 401, message: 'Authenticate' },
  20004: { status: 405, message: 'Method not allowed' },
  20404: { status: 404, message: 'The requested resource was not found' },
  20409: { status: 409, message: 'Conflict' },
  20413: { status: 413, message: 'Request entity too large' },
  20415: { status: 415, message: 'Unsupported media type' },
  20429: { status: 429, message: 'Too Many Requests' },
  20500: { status: 500, message: 'Internal server error' },
  20503: { status: 503, message: 'Service unavailable' },
  50000: { status: 400, message: 'FriendlyName not provided' },
  50003: { status: 400, message: 'FriendlyName is too long' },
  50004: { status: 400, message: 'UniqueName is too long' },
  50050: { status: 400, message: 'Conversation Service not found' },
  50054: { status: 400, message: 'Invalid webhook URL' },
  50055: { status: 400, message: 'Invalid webhook method' },
  50100: { status: 404, message: 'Role not found' },
  50104: { status: 400, message: 'Permission not found' },
  50105: { status: 400, message: 'Invalid role type' },
  50106: { status: 400, message: 'Role is in use and cannot be deleted' },
  50201: { status: 409, message: 'User already exists' },
  50204: { status: 400, message: 'Identity not provided' },
  50206: { status: 400, message: 'Identity must not look like a User SID' },
  50207: { status: 400, message: 'Identity is too long' },
  50210: { status: 400, message: 'Invalid notification level' },
  50211: { status: 400, message: 'Identity is not acceptable for a non-chat participant' },
  50303: { status: 400, message: 'Attributes are too long' },
  50304: { status: 400, message: 'Attributes not valid JSON' },
  50308: { status: 400, message: 'Invalid DateCreated' },
  50309: { status: 400, message: 'Invalid DateUpdated' },
  50310: { status: 400, message: 'Author is too long' },
  50341: { status: 400, message: 'Invalid Messaging Service SID' },
  50353: { status: 409, message: 'Conversation with provided unique name already exists' },
  50361: { status: 400, message: 'Too many webhooks for this conversation' },
  50362: { status: 400, message: 'Too many trigger keywords' },
  50364: { status: 400, message: 'Invalid webhook target' },
  50365: { status: 400, message: 'Invalid webhook filter' },
  50366: { status: 400, message: 'Invalid webhook trigger' },
  50367: { status: 400, message: 'Invalid Studio Flow SID' },
  50368: { status: 400, message: 'Webhook target not provided' },
  50369: { status: 400, message: 'Webhook URL not provided' },
  50370: { status: 400, message: 'Webhook filters not provided' },
  50371: { status: 400, message: 'Webhook triggers not provided' },
  50372: { status: 400, message: 'Webhook URL is too long' },
  50374: { status: 400, message: 'State cannot be empty' },
  50375: { status: 400, message: 'Inactive timer must be at least one minute' },
  50376: { status: 400, message: 'Closed timer must be at least ten minutes' },
  50377: { status: 400, message: 'Conversation is closed and cannot be updated' },
  50378: { status: 400, message: 'Invalid State value' },
  50379: { status: 400, message: 'Inactive timer is not a valid ISO 8601 duration' },
  50380: { status: 400, message: 'Closed timer is not a valid ISO 8601 duration' },
  50382: { status: 400, message: 'Timers require State to be set when a conversation is created' },
  50384: { status: 400, message: 'A conversation cannot be created in the closed state' },
  50390: { status: 400, message: 'UniqueName must not look like a Conversation SID' },
  50406: { status: 400, message: 'Invalid last read timestamp' },
  50407: { status: 400, message: 'Invalid messaging binding address' },
  50408: { status: 400, message: 'Invalid messaging binding proxy address' },
  50409: { status: 400, message: 'Messaging binding address equals the proxy address' },
  50411: { status: 400, message: 'Messaging binding address is empty' },
  50412: { status: 400, message: 'Messaging binding proxy address is empty' },
  50414: { status: 400, message: 'Messaging binding address type does not match the proxy address type' },
  50416: {
    status: 409,
    message: 'A participant with this address and proxy address already exists in another conversation',
  },
  50417: { status: 400, message: 'Participants limit exceeded' },
  50418: { status: 400, message: 'Non-chat participants limit exceeded' },
  50420: { status: 400, message: 'Binding parameters are not supported for this kind of participant' },
  50421: { status: 400, message: 'Invalid LastReadMessageIndex' },
  50426: { status: 400, message: 'Too many participants in one request (at most 10)' },
  50433: { status: 409, message: 'Participant already exists' },
  50451: { status: 400, message: 'Either Identity or Address must be provided, not both' },
  50503: { status: 400, message: 'Message body not provided' },
  50504: { status: 400, message: 'Message body is too long' },
  50509: { status: 400, message: 'The body of a media message cannot be updated' },
  50510: { status: 400, message: 'Invalid media SID' },
  50526: { status: 400, message: 'Invalid ContentSid' },
  50527: { status: 400, message: 'ContentVariables is not a valid JSON object' },
  50528: { status: 400, message: 'ContentVariables given without ContentSid' },
  50529: { status: 400, message: 'ContentVariables is too long' },
} as const satisfies Record<number, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

/** An error the emulator answers with; thrown anywhere in a route, rendered by the app. */
export class EmulatorError extends Error {
  readonly status: number;
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message?: string) {
    const entry = ERROR_CATALOG[code];
    super(message ?? entry.message);
    this.code = code;
    this.status = entry.status;
  }

  toBody(): TwilioErrorBody {
    return {
      code: this.code,
      message: this.message,
      more_info: `https://www.twilio.com/docs/errors/${this.code}`,
      status: this.status,
    };
  }
}

export function createNotFound(path: string): EmulatorError {
  return new EmulatorError(20404, `The requested resource ${path} was not found`);
}

export function createInvalidParameter(name: string, detail: string): EmulatorError {
  return new EmulatorError(20001, `Invalid parameter ${name}: ${detail}`);
}

export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof EmulatorError;
}
