import { isPromise, type Plugin } from 'graphql-yoga';

/** The hooks yoga and its server adapter run once per request, each through its own asynchronous step. */
const PER_REQUEST_HOOKS = ['onRequest', 'onParams', 'onResultProcess', 'onResponse'] as const;

/** A plugin's per-request hooks; their types do not depend on the plugin's context type. */
type PerRequestHooks = Pick<Plugin, (typeof PER_REQUEST_HOOKS)[number]>;
type OnRequest = NonNullable<PerRequestHooks['onRequest']>;
type OnParams = NonNullable<PerRequestHooks['onParams']>;
type OnResultProcess = NonNullable<PerRequestHooks['onResultProcess']>;
type OnResponse = NonNullable<PerRequestHooks['onResponse']>;

/**
 * The gateway's plugins, with their per-request hooks (`onRequest`, `onParams`, `onResultProcess`,
 * `onResponse`) gathered into one plugin that runs each kind's hooks in the plugins' order,
 * synchronously until one returns a promise. Each plugin stays whole in its own file; only the
 * dispatch is shared.
 *
 * Why: yoga runs every plugin's hook of a kind as one step of `iterateAsync`
 * (`@whatwg-node/promise-helpers`), which allocates a few promise-like objects and closures per
 * hook per request whether or not the hook has anything to do. With a dozen such hooks of the
 * gateway's own, that was about a fifth of the gateway's allocation for a small query
 * (BENCHMARKS.md, "Costs by part").
 *
 * What each hook sees is what yoga would show it: a value a hook replaces (the request, params,
 * result, result processor, response) is the value the next hook reads, and a hook that ends the
 * response in `onRequest` is the last to run. The other hooks (envelop's `onExecute`, `onValidate`,
 * `onSubscribe`, `onRequestParse`, `onYogaInit`, `onDispose`…) stay on their plugins, in order.
 */
export function inOrder<P extends PerRequestHooks>(plugins: readonly P[]): (P | PerRequestHooks)[] {
  const onRequest: OnRequest[] = [];
  const onParams: OnParams[] = [];
  const onResultProcess: OnResultProcess[] = [];
  const onResponse: OnResponse[] = [];
  const rest: P[] = [];
  for (const plugin of plugins) {
    if (plugin.onRequest) onRequest.push(plugin.onRequest);
    if (plugin.onParams) onParams.push(plugin.onParams);
    if (plugin.onResultProcess) onResultProcess.push(plugin.onResultProcess);
    if (plugin.onResponse) onResponse.push(plugin.onResponse);
    const others: P = { ...plugin };
    for (const hook of PER_REQUEST_HOOKS) delete others[hook];
    if (Reflect.ownKeys(others).length > 0) rest.push(others);
  }
  const merged: PerRequestHooks = {};
  if (onRequest.length > 0) merged.onRequest = onRequestInOrder(onRequest);
  if (onParams.length > 0) merged.onParams = onParamsInOrder(onParams);
  if (onResultProcess.length > 0) merged.onResultProcess = onResultProcessInOrder(onResultProcess);
  if (onResponse.length > 0) merged.onResponse = onResponseInOrder(onResponse);
  return [merged, ...rest];
}

/**
 * Runs `hooks[from…]` with one payload, one after the other: synchronously while they return
 * nothing, after its promise settles when one returns a promise. Stops early when `ended` says so.
 */
function runInOrder<P>(
  hooks: readonly ((payload: P) => unknown)[],
  payload: P,
  from: number,
  ended?: () => boolean,
): Promise<void> | undefined {
  for (let index = from; index < hooks.length; index++) {
    const done = (hooks[index] as (payload: P) => unknown)(payload);
    if (isPromise(done)) {
      return Promise.resolve(done).then(() =>
        ended?.() ? undefined : runInOrder(hooks, payload, index + 1, ended),
      );
    }
    if (ended?.()) return undefined;
  }
  return undefined;
}

function onRequestInOrder(hooks: readonly OnRequest[]): OnRequest {
  if (hooks.length === 1) return hooks[0] as OnRequest;
  return (outer) => {
    let ended = false;
    const payload: Parameters<OnRequest>[0] = {
      ...outer,
      setRequest(request) {
        payload.request = request;
        outer.setRequest(request);
      },
      setRequestHandler(handler) {
        payload.requestHandler = handler;
        outer.setRequestHandler(handler);
      },
      endResponse(response) {
        // As yoga's own iteration: a response ends the hooks; ending with nothing does not.
        if (response) ended = true;
        outer.endResponse(response);
      },
    };
    return runInOrder(hooks, payload, 0, () => ended);
  };
}

function onParamsInOrder(hooks: readonly OnParams[]): OnParams {
  if (hooks.length === 1) return hooks[0] as OnParams;
  return (outer) => {
    const payload: Parameters<OnParams>[0] = {
      ...outer,
      setParams(params) {
        payload.params = params;
        outer.setParams(params);
      },
      setParamsHandler(handler) {
        payload.paramsHandler = handler;
        outer.setParamsHandler(handler);
      },
    };
    return runInOrder(hooks, payload, 0);
  };
}

function onResultProcessInOrder(hooks: readonly OnResultProcess[]): OnResultProcess {
  if (hooks.length === 1) return hooks[0] as OnResultProcess;
  return (outer) => {
    const payload: Parameters<OnResultProcess>[0] = {
      ...outer,
      setResult(result) {
        payload.result = result;
        outer.setResult(result);
      },
      setResultProcessor(processor, acceptedMediaType) {
        payload.resultProcessor = processor;
        outer.setResultProcessor(processor, acceptedMediaType);
      },
    };
    return runInOrder(hooks, payload, 0);
  };
}

function onResponseInOrder(hooks: readonly OnResponse[]): OnResponse {
  if (hooks.length === 1) return hooks[0] as OnResponse;
  return (outer) => {
    const payload: Parameters<OnResponse>[0] = {
      ...outer,
      setResponse(response) {
        payload.response = response;
        outer.setResponse(response);
      },
    };
    return runInOrder(hooks, payload, 0);
  };
}
