/**
 * The dashboard's only way to data: the same JSON API users script against. A 401 sends the user
 * to the sign-in page.
 */

/** An API error as the dashboard shows it. */
export class ApiFailure extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** GET or POST JSON from the API. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', ...init });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new ApiFailure('UNAUTHORIZED', 'sign in first');
  }
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiFailure(error?.code ?? String(response.status), error?.message ?? response.statusText);
  }
  return body as T;
}
