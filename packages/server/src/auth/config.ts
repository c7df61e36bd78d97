import { ChiproadError } from "@chiproad/data";
import { type OidcConfig, oidcConfigFromEnv } from "./oidc.ts";

/** Security settings; every one has a safe default and an environment variable (see the README). */
export interface SecurityConfig {
  /** A session ends after this long without a request (CHIPROAD_SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMs: number;
  /** …and this long after login whatever happens (CHIPROAD_SESSION_MAX_HOURS, default 12). */
  sessionAbsoluteMs: number;
  /** Secure cookie attribute: "auto" = when the request URL is https (CHIPROAD_SECURE_COOKIES=1 forces it). */
  secureCookies: boolean | "auto";
  /**
   * Origins the browser may use besides the one the server sees itself at — behind a TLS-terminating
   * proxy the server sees http://… while pages come from https://… (CHIPROAD_PUBLIC_ORIGIN, comma-separated).
   */
  publicOrigins: string[];
  /** Failed logins per account, then per address, in `loginWindowMs` before 429. */
  loginFailuresPerAccount: number;
  loginFailuresPerAddress: number;
  loginWindowMs: number;
  /** Job submissions per user per minute (CHIPROAD_JOBS_PER_MINUTE, default 20). */
  jobsPerMinute: number;
  /** Queued or running jobs one user may have (CHIPROAD_MAX_ACTIVE_JOBS, default 3). */
  maxActiveJobs: number;
  /** Upper bound on a job's timeLimitMs (CHIPROAD_MAX_JOB_SECONDS, default 120). */
  maxJobTimeMs: number;
  /**
   * Trusted-proxy mode (CHIPROAD_TRUSTED_PROXY_SECRET, at least 32 characters): a request whose
   * X-Chiproad-Proxy-Secret equals it is signed in as the existing, enabled account X-Chiproad-User
   * names. Unset (the default): those headers are ignored.
   */
  trustedProxySecret?: string | undefined;
  /** OpenID Connect single sign-on (CHIPROAD_OIDC_*); undefined: password sign-in only. */
  oidc?: OidcConfig | undefined;
}

export const MIN_PROXY_SECRET_LENGTH = 32;

export const DEFAULT_SECURITY: SecurityConfig = {
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 3_600_000,
  secureCookies: "auto",
  publicOrigins: [],
  loginFailuresPerAccount: 5,
  loginFailuresPerAddress: 30,
  loginWindowMs: 15 * 60_000,
  jobsPerMinute: 20,
  maxActiveJobs: 3,
  maxJobTimeMs: 120_000,
};

function positive(raw: string | undefined, scale: number, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== "" && Number.isFinite(n) && n > 0 ? n * scale : fallback;
}

/** `https://chiproad.example.org/` → `https://chiproad.example.org`; anything that is not an http(s) origin is an error. */
function origins(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const url = new URL(s);
      if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new ChiproadError("BAD_INPUT", `CHIPROAD_PUBLIC_ORIGIN: "${s}" is not an http(s) origin`);
      return url.origin;
    });
}

function proxySecret(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < MIN_PROXY_SECRET_LENGTH)
    throw Object.assign(
      new Error(
        `CHIPROAD_TRUSTED_PROXY_SECRET is ${raw.length} characters; use at least ${MIN_PROXY_SECRET_LENGTH} random ones (e.g. openssl rand -base64 32), or unset it`,
      ),
      { code: "BAD_INPUT" },
    );
  return raw;
}

export function securityConfigFromEnv(env: NodeJS.ProcessEnv): SecurityConfig {
  const d = DEFAULT_SECURITY;
  const publicOrigins = origins(env.CHIPROAD_PUBLIC_ORIGIN);
  const trustedProxySecret = proxySecret(env.CHIPROAD_TRUSTED_PROXY_SECRET);
  const oidc = oidcConfigFromEnv(env);
  return {
    ...d,
    publicOrigins,
    sessionIdleMs: positive(env.CHIPROAD_SESSION_IDLE_MINUTES, 60_000, d.sessionIdleMs),
    sessionAbsoluteMs: positive(env.CHIPROAD_SESSION_MAX_HOURS, 3_600_000, d.sessionAbsoluteMs),
    secureCookies:
      env.CHIPROAD_SECURE_COOKIES === "1" || publicOrigins.some((o) => o.startsWith("https:"))
        ? true
        : "auto",
    jobsPerMinute: positive(env.CHIPROAD_JOBS_PER_MINUTE, 1, d.jobsPerMinute),
    maxActiveJobs: positive(env.CHIPROAD_MAX_ACTIVE_JOBS, 1, d.maxActiveJobs),
    maxJobTimeMs: positive(env.CHIPROAD_MAX_JOB_SECONDS, 1000, d.maxJobTimeMs),
    ...(trustedProxySecret ? { trustedProxySecret } : {}),
    ...(oidc ? { oidc } : {}),
  };
}
