import { encodeParams, InvalidArgumentError } from './form.ts';
import { buildPath, FORM_FIELDS, type OperationSpec, QUERY_FIELDS } from './operations.ts';
import type { PageRef } from './paging.ts';
import type { OperationId } from './wire.ts';

/**
 * Params of one operation. `query` and `form` hold camelCase params; only those the spec names for
 * the operation are sent (the generated catalogue's field lists), so a caller may pass its whole
 * params object.
 */
export interface OperationRequest {
  path?: Readonly<Record<string, string | null | undefined>>;
  query?: object;
  form?: object;
  paging?: { pageSize?: number | null | undefined; page?: PageRef | null | undefined };
  /** Sent as `X-Twilio-Webhook-Enabled` when set, on the operations that take it. */
  webhookEnabled?: boolean | null | undefined;
}

/** One operation's HTTP request, ready to send as often as the call is attempted. */
export interface Prepared {
  spec: OperationSpec;
  operationId: OperationId;
  pathAndQuery: string;
  path: string;
  body: string | undefined;
  webhookEnabled: boolean | undefined;
}

/**
 * Builds the HTTP request of one operation: the concrete path from the spec's template, the
 * query and form body from the params the spec names, paging and the webhook header. Done once per
 * call, before any slot is waited for: a malformed argument fails without queueing or sending.
 */
export function prepare(operationId: OperationId, spec: OperationSpec, request: OperationRequest): Prepared {
  const path = buildPath(spec, request.path ?? {});
  if (typeof path !== 'string') throw new InvalidArgumentError(`${path.param} ${path.refused}`);

  const query = new URLSearchParams();
  if (request.query) {
    if (spec.method !== 'GET') throw new InvalidArgumentError('this operation takes no query');
    encodeParams(query, QUERY_FIELDS[operationId] ?? [], request.query);
  }
  if (request.paging) {
    if (!spec.list) throw new InvalidArgumentError('this operation is not a list');
    const { pageSize, page } = request.paging;
    if (pageSize !== undefined && pageSize !== null) {
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > spec.list.maxPageSize)
        throw new InvalidArgumentError(`pageSize must be an integer from 1 to ${spec.list.maxPageSize}`);
      query.append('PageSize', String(pageSize));
    }
    if (page !== undefined && page !== null) {
      if (
        !Number.isSafeInteger(page.page) ||
        page.page < 0 ||
        typeof page.pageToken !== 'string' ||
        !page.pageToken
      )
        throw new InvalidArgumentError('page is not a page of this list');
      query.append('Page', String(page.page));
      query.append('PageToken', page.pageToken);
    }
  }

  let body: string | undefined;
  if (request.form) {
    if (spec.method !== 'POST') throw new InvalidArgumentError('this operation takes no body');
    const form = new URLSearchParams();
    encodeParams(form, FORM_FIELDS[operationId] ?? [], request.form);
    body = form.toString();
  } else if (spec.method === 'POST') {
    body = '';
  }

  let webhookEnabled: boolean | undefined;
  if (request.webhookEnabled !== undefined && request.webhookEnabled !== null) {
    if (!spec.webhookEnabled) throw new InvalidArgumentError('webhookEnabled is not taken by this operation');
    webhookEnabled = request.webhookEnabled === true;
  }

  const search = query.toString();
  return {
    spec,
    operationId,
    path,
    pathAndQuery: search ? `${path}?${search}` : path,
    body,
    webhookEnabled,
  };
}
