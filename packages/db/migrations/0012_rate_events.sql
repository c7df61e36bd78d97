-- chiproad storage, version 12: the events that rate limits count (failed sign-ins per account and per
-- address, single sign-on starts per address, job submissions per user), shared by every server
-- process, so that running several processes does not loosen a limit by their number. The key is the
-- SHA-256 digest of what is counted (a username, an address), never the value itself; rows older than
-- their window are deleted as new events of the same limit are recorded.
CREATE TABLE rate_events (
  bucket text NOT NULL,
  key text NOT NULL,
  at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX rate_events_key_idx ON rate_events (bucket, key, at);
--> statement-breakpoint
CREATE INDEX rate_events_at_idx ON rate_events (bucket, at);
