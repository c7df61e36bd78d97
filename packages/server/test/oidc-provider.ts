import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export const TEST_CLIENT = { id: "chiproad-test", secret: "a client secret that is long enough to be real" };

/**
 * A real OpenID provider in-process: panva's `oidc-provider` (the certified server library by the
 * author of openid-client) with its development login and consent pages, which accept any login name
 * (it becomes the `sub` and `preferred_username`). One client, TEST_CLIENT, with these redirect URIs.
 */
export async function startProvider(
  redirectUris: string[],
): Promise<{ issuer: string; close(): Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, preferred_username: sub }),
    }),
    claims: { openid: ["sub"], profile: ["preferred_username"] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["oidc test cookie key"] },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
