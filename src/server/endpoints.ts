/** The gateway's HTTP paths, in one place. */
export const GRAPHQL_PATH = '/graphql';
/** Liveness: yoga's own health check, answered while the process serves. */
export const HEALTH_PATH = '/health';
/** Whether Twilio is reachable; 503 while shutting down. */
export const READINESS_PATH = '/readiness';
/** Prometheus text. */
export const METRICS_PATH = '/metrics';

const OPERATIONS_PATHS: ReadonlySet<string> = new Set([HEALTH_PATH, READINESS_PATH, METRICS_PATH]);

/** Paths for operators, not GraphQL clients: logged at debug, not counted as GraphQL requests. */
export function isOperationsPath(pathname: string): boolean {
  return OPERATIONS_PATHS.has(pathname);
}
