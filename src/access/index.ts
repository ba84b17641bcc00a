// End users: Twilio Access Token verification and Twilio's role permissions. Nothing here imports
// GraphQL, the loaders or the REST client; the GraphQL layer feeds it what it reads from Twilio.
export {
  ACCESS_TOKEN_CONTENT_TYPE,
  type AccessTokenRefusal,
  type AccessTokenVerification,
  type AccessTokenVerifier,
  type ApiKey,
  CLOCK_SKEW_SECONDS,
  createAccessTokenVerifier,
  type EndUser,
  isJwtShaped,
  MAX_TOKEN_LIFETIME_SECONDS,
} from './access-token.ts';
export { hasExpired, TOKEN_EXPIRED_MESSAGE, whenExpired } from './expiry.ts';
export { mintAccessToken } from './mint.ts';
export {
  CONVERSATION_SCOPE_PERMISSIONS,
  type Decision,
  decide,
  type EndUserAction,
  type HeldRoles,
  isConversationScoped,
  isGranted,
  isServiceScoped,
  NOT_A_PARTICIPANT,
  type Permission,
  type Requirement,
  requirementOf,
  SERVICE_SCOPE_PERMISSIONS,
} from './permissions.ts';
