import type { TFunction } from 'i18next';
import { ApiError } from './api-error.ts';

// Every refusal the API can give, in the reader's language, naming the field it concerns. The
// codes are the API's (`error` of `{error, message, path?}`); the field names are the bodies'.

const KNOWN_CODES = new Set([
  'bad_request',
  'invalid',
  'not_found',
  'forbidden',
  'conflict',
  'blocked',
  'csrf',
  'unauthenticated',
  'invalid_credentials',
  'invalid_code',
  'no_pending_login',
  'locked',
  'rate_limited',
  'already_enrolled',
  'network',
  'internal',
  'unprocessable',
  'provider_not_approved',
  'account_locked',
  'tag_taken',
  'area_not_offered',
]);

export interface ShownError {
  /** The whole sentence to show. */
  message: string;
  /** The body field it concerns, when the API said. */
  field?: string;
  /** The server's own words, for the curious and for support. */
  detail?: string;
}

export function errorMessage(error: unknown, t: TFunction): ShownError {
  if (!(error instanceof ApiError)) return { message: t('common:errors.internal') };
  const code = KNOWN_CODES.has(error.code)
    ? error.code
    : error.status >= 500
      ? 'internal'
      : 'unknown';
  const field = error.field;
  const base = t(`common:errors.${code}`);
  const message = field
    ? t('common:errors.withField', {
        field: t(`common:fields.${field}`, { defaultValue: field }),
        message: base,
      })
    : base;
  return {
    message,
    ...(field ? { field } : {}),
    ...(error.message ? { detail: error.message } : {}),
  };
}
