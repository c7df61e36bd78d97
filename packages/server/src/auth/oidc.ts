import { ChiproadError } from "@chiproad/data";
import type { OidcLogin, OidcLoginRepository } from "@chiproad/db";
import * as client from "openid-client";
import { digest, newSecret } from "./secrets.ts";

/** OpenID Connect single sign-on, configured by environment (see the server README). */
export interface OidcConfig {
  /** CHIPROAD_OIDC_ISSUER: the provider's issuer URL (its discovery document is read from it). */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** CHIPROAD_OIDC_REDIRECT_URL: this server's …/api/auth/oidc/callback as the provider knows it. */
  redirectUrl: URL;
  /** The ID-token claim holding the local username (CHIPROAD_OIDC_USERNAME_CLAIM, default preferred_username). */
  usernameClaim: string;
  /** CHIPROAD_OIDC_AUTO_CREATE_ROLE=viewer: an unknown username becomes a new viewer account; unset: refused. */
  autoCreateRole?: "viewer" | undefined;
}

const REQUIRED = [
  "CHIPROAD_OIDC_ISSUER",
  "CHIPROAD_OIDC_CLIENT_ID",
  "CHIPROAD_OIDC_CLIENT_SECRET",
  "CHIPROAD_OIDC_REDIRECT_URL",
] as const;

function configError(message: string): Error {
  return new ChiproadError("BAD_INPUT", message);
}

function url(name: string, raw: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw configError(`${name}: "${raw}" is not a URL`);
  }
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && isLoopback(parsed)))
    throw configError(`${name}: "${raw}" must be https (plain http only on localhost, for testing)`);
  return parsed;
}

function isLoopback(u: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
}

/** The OIDC settings, undefined when none is set; a partial or invalid set is an error naming what to fix. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  const present = REQUIRED.filter((name) => value(name) !== undefined);
  if (present.length === 0) {
    if (value("CHIPROAD_OIDC_AUTO_CREATE_ROLE") || value("CHIPROAD_OIDC_USERNAME_CLAIM"))
      throw configError(`single sign-on options are set but ${REQUIRED.join(", ")} are not`);
    return undefined;
  }
  const missing = REQUIRED.filter((name) => value(name) === undefined);
  if (missing.length > 0)
    throw configError(`single sign-on needs ${missing.join(", ")} too (or unset ${present.join(", ")})`);
  const autoCreate = value("CHIPROAD_OIDC_AUTO_CREATE_ROLE");
  if (autoCreate !== undefined && autoCreate !== "viewer")
    throw configError(
      `CHIPROAD_OIDC_AUTO_CREATE_ROLE: "${autoCreate}" is not allowed; only "viewer" (an admin raises roles afterwards), or unset`,
    );
  return {
    issuer: url("CHIPROAD_OIDC_ISSUER", value("CHIPROAD_OIDC_ISSUER")!),
    clientId: value("CHIPROAD_OIDC_CLIENT_ID")!,
    clientSecret: value("CHIPROAD_OIDC_CLIENT_SECRET")!,
    redirectUrl: url("CHIPROAD_OIDC_REDIRECT_URL", value("CHIPROAD_OIDC_REDIRECT_URL")!),
    usernameClaim: value("CHIPROAD_OIDC_USERNAME_CLAIM") ?? "preferred_username",
    ...(autoCreate === "viewer" ? { autoCreateRole: "viewer" as const } : {}),
  };
}

export const OIDC_FLOW_COOKIE = "chiproad_oidc";
/** A sign-in at the provider must finish within this time. */
export const OIDC_FLOW_MS = 10 * 60_000;
const MAX_PENDING = 10_000;

/**
 * The relying party: discovery (once, retried after a failure), the authorization redirect with
 * PKCE S256 + state + nonce, and the code exchange with ID-token validation — all by openid-client.
 * Pending logins are stored in the database for OIDC_FLOW_MS, keyed by the digest of the flow cookie,
 * so a login started by one server process may finish on any other.
 */
export class OidcRelyingParty {
  private discovered: Promise<client.Configuration> | undefined;
  constructor(
    readonly config: OidcConfig,
    private readonly logins: OidcLoginRepository,
  ) {}

  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const insecure = this.config.issuer.protocol === "http:";
      this.discovered = client.discovery(
        this.config.issuer,
        this.config.clientId,
        undefined,
        client.ClientSecretPost(this.config.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      this.discovered.catch(() => {
        this.discovered = undefined;
      });
    }
    return this.discovered;
  }

  /** The provider's authorization URL for a new login, and the flow id for the browser's cookie. */
  async start(now = Date.now()): Promise<{ url: URL; flowId: string }> {
    const configuration = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const login: OidcLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier,
      expiresAt: new Date(now + OIDC_FLOW_MS),
    };
    const flowId = newSecret("o_");
    await this.logins.put(digest(flowId), login, { now: new Date(now), max: MAX_PENDING });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl.href,
      scope: "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state: login.state,
      nonce: login.nonce,
    });
    return { url, flowId };
  }

  /**
   * Finishes the login the flow cookie names (once): exchanges the code, lets openid-client validate
   * the ID token (issuer, audience, expiry, signature, nonce) and returns the username claim (from
   * the ID token, else from UserInfo for the same subject).
   */
  async finish(flowId: string | undefined, callbackUrl: URL, now = Date.now()): Promise<string> {
    const login = flowId ? await this.logins.take(digest(flowId), new Date(now)) : undefined;
    if (!login)
      throw new OidcLoginError(
        "no sign-in in progress in this browser (or it took over 10 minutes); start again",
      );
    const configuration = await this.configuration();
    // The provider redirects to the public callback URL; the code exchange must name it exactly.
    const current = new URL(this.config.redirectUrl.href);
    current.search = callbackUrl.search;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    let claim = claims?.[this.config.usernameClaim];
    // Many providers put profile claims in the ID token; others (conforming strictly) only at UserInfo.
    if (claim === undefined && claims && tokens.access_token)
      claim = (await client.fetchUserInfo(configuration, tokens.access_token, claims.sub))[
        this.config.usernameClaim
      ];
    if (typeof claim !== "string" || claim.trim() === "")
      throw new OidcLoginError(
        `the ID token has no "${this.config.usernameClaim}" claim to name a local account`,
      );
    return claim.trim().toLowerCase();
  }
}

/** A sign-in that failed for a reason the user can act on (as opposed to a provider being down). */
export class OidcLoginError extends Error {}
