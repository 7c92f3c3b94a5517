/**
 * API errors: a stable code, a message, an HTTP status. Every 4xx and 5xx the API sends has the
 * body `{ "error": { "code": "...", "message": "..." } }`.
 */

/** API error codes and their statuses. */
export const API_ERRORS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  URL_INGEST_DISABLED: 403,
  INTERNAL: 500,
} as const;

/** An API error code. */
export type ApiErrorCode = keyof typeof API_ERRORS;

/** An error the API reports to its client. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERRORS[code];
  }
}

/** The JSON body of an error response. */
export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}
