/** The gateway's HTTP paths, in one place. */
export const GRAPHQL_PATH = '/graphql';
/** Liveness: yoga's own health check, answered while the process serves. */
export const HEALTH_PATH = '/health';
/** Whether Twilio is reachable; 503 while shutting down. */
export const READINESS_PATH = '/readiness';
/** Demo mode only: the demo service's users, `{"identities":[{"identity","friendlyName"}]}`. */
export const DEMO_IDENTITIES_PATH = '/demo/identities';
/** Demo mode only: `POST {"identity":"alice"}` mints an Access Token for that demo user. */
export const DEMO_TOKEN_PATH = '/demo/token';
/** Prometheus text. */
export const METRICS_PATH = '/metrics';

const OPERATIONS_PATHS: ReadonlySet<string> = new Set([HEALTH_PATH, READINESS_PATH, METRICS_PATH]);

/** Paths for operators, not GraphQL clients: logged at debug, not counted as GraphQL requests. */
export function isOperationsPath(pathname: string): boolean {
  return OPERATIONS_PATHS.has(pathname);
}
