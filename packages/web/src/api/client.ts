import type { Problem, ProblemCode, ProblemLike } from "./types.ts";

/** An RFC 9457 problem returned by the server, kept whole so pages can show `detail` and `errors[]`. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly problem: ProblemLike;

  constructor(problem: ProblemLike) {
    super(problem.detail ?? problem.title ?? `${problem.code} (${problem.status})`);
    this.name = "ApiProblem";
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
}

interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function statusCode(status: number): ProblemCode {
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status === 429) return "RATE_LIMITED";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "CONFLICT";
  if (status === 413) return "PAYLOAD_TOO_LARGE";
  if (status >= 400 && status < 500) return "BAD_INPUT";
  return "INTERNAL";
}

async function toProblem(response: Response): Promise<ApiProblem> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    return new ApiProblem({
      ...parsed,
      status: parsed.status ?? response.status,
      code: parsed.code ?? statusCode(response.status),
    });
  } catch {
    // A proxy or a crashed server may answer with plain text; keep it as the detail.
    return new ApiProblem({
      status: response.status,
      code: statusCode(response.status),
      detail: text.slice(0, 300) || response.statusText,
    });
  }
}

const LOGIN_PATH = "/api/auth/login";
/** Dispatched on window when the server answers 401: the session ended, so the app shows the login page. */
export const SIGNED_OUT_EVENT = "chiproad:signed-out";

function notifySignedOut(): void {
  window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  const response = await fetch(path, init);
  if (response.status === 401 && path !== LOGIN_PATH) notifySignedOut();
  if (!response.ok) throw await toProblem(response);
  const text = await response.text();
  const data = (text ? JSON.parse(text) : null) as T;
  return { data, etag: response.headers.get("etag") } satisfies ApiResponse<T>;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const options: RequestOptions = signal ? { signal } : {};
  return (await request<T>("GET", path, options)).data;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return (await request<T>("POST", path, { body })).data;
}

/** Builds `?a=1&b=2` from the defined entries only. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
