-- chiproad storage, version 11: single sign-on logins in progress. A login started by one server
-- process may finish on another (several HTTP processes, several machines): what its callback must
-- match is kept here, keyed by the SHA-256 digest of the browser's flow cookie (never the cookie
-- itself), for at most ten minutes, and deleted when the callback takes it (once).
CREATE TABLE oidc_logins (
  flow_key text PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX oidc_logins_expires_idx ON oidc_logins (expires_at);
