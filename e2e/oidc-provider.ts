import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";

export interface OidcAccount {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
}

export interface LocalOidcProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Who the next sign-in at the provider is (as if they typed their password there). */
  signInAs(account: OidcAccount): void;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a free loopback port, with one
 * client for Stepwise. Its login and consent screens are skipped: each interaction finishes at once
 * as the account last given to `signInAs`, so a browser test can go through the whole redirect dance.
 */
export async function startOidcProvider(stepwiseUrl: string): Promise<LocalOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const client = { id: "stepwise", secret: "a-client-secret-for-the-tests" };
  let account: OidcAccount = { sub: "nobody", email: "nobody@example.org", name: "Nobody" };
  const accounts = new Map<string, OidcAccount>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [`${stepwiseUrl}/api/auth/callback/oidc`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    cookies: { keys: ["cookie-key-for-the-local-provider"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const found = accounts.get(sub);
      return found
        ? { accountId: sub, claims: () => ({ sub, email: found.email, email_verified: true, name: found.name }) }
        : undefined;
    },
  });
  const callback = provider.callback();
  server.on("request", (request, response) => {
    if (!request.url?.startsWith("/interaction/")) return void callback(request, response);
    void (async () => {
      accounts.set(account.sub, account);
      const grant = new provider.Grant({ accountId: account.sub, clientId: client.id });
      grant.addOIDCScope("openid email profile");
      const grantId = await grant.save();
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: account.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })();
  });
  return {
    issuer,
    clientId: client.id,
    clientSecret: client.secret,
    signInAs: (next) => {
      account = next;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
