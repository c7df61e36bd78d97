import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { SecurityConfig } from "./config.ts";

export const SESSION_COOKIE = "chiproad_session";

function secure(c: Context, config: SecurityConfig): boolean {
  return config.secureCookies === true || new URL(c.req.url).protocol === "https:";
}

export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value && /^s_[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

/** HttpOnly, SameSite=Strict, Secure behind TLS; a session cookie (no Max-Age): the server holds expiry. */
export function writeSessionCookie(c: Context, value: string, config: SecurityConfig): void {
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "Strict",
    secure: secure(c, config),
    path: "/",
  });
}

export function clearSessionCookie(c: Context, config: SecurityConfig): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: "/",
    secure: secure(c, config),
    httpOnly: true,
    sameSite: "Strict",
  });
}
