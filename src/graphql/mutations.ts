import { isUserFixable, toUserError, type UserErrorShape } from './errors.ts';

/**
 * Runs a REST write for a mutation. A failure the caller can fix (Twilio 4xx validation or
 * conflict) becomes a `userErrors` entry with Twilio's code and link; anything else is thrown on,
 * and error masking gives it a stable `extensions.code`.
 */
export async function runMutation<T>(
  write: () => Promise<T>,
): Promise<{ result: T | null; userErrors: UserErrorShape[] }> {
  try {
    return { result: await write(), userErrors: [] };
  } catch (error) {
    if (isUserFixable(error)) return { result: null, userErrors: [toUserError(error)] };
    throw error;
  }
}
