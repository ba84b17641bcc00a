import { isRecord } from './wire.ts';

/**
 * Reading the text of Twilio's answer: as JSON, where an empty answer (a 204) is undefined; and for
 * an error answer, the details worth passing on to the caller, scrubbed of the caller's secret.
 */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  return JSON.parse(text);
}

/** Twilio's `{code, message, more_info, status}`, scrubbed of anything that looks like our secret. */
export function errorDetails(
  text: string,
  secrets: readonly string[],
): { message: string | null; code: number | null; moreInfo: string | null } {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    return { message: null, code: null, moreInfo: null };
  }
  if (!isRecord(body)) return { message: null, code: null, moreInfo: null };
  const code = typeof body.code === 'number' && Number.isInteger(body.code) ? body.code : null;
  const rawMessage = typeof body.message === 'string' ? scrub(body.message, secrets).slice(0, 1000) : null;
  let moreInfo: string | null = null;
  if (typeof body.more_info === 'string') {
    try {
      // Twilio's links go to its own documentation; anything else is not worth passing on.
      const url = new URL(body.more_info);
      const twilioHost = url.hostname === 'twilio.com' || url.hostname.endsWith('.twilio.com');
      if (url.protocol === 'https:' && twilioHost && !url.username && !url.password)
        moreInfo = scrub(url.href, secrets).slice(0, 500);
    } catch {
      moreInfo = null;
    }
  }
  return { message: rawMessage || null, code, moreInfo };
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}
