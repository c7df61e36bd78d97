-- chiproad storage, version 13: every committed change to what a request's credential and programme
-- access are read from (accounts, tokens, sessions, programmes, their members and restrictions, plans,
-- jobs) is announced on the channel chiproad_changes, with the table's schema as the payload. A server
-- process may then keep what it read between requests and drop it as soon as anything changes
-- (src/changes.ts; the server's gate). PostgreSQL sends a notice only when the transaction commits, once
-- per channel and payload however many statements fired.
CREATE FUNCTION chiproad_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chiproad_changes', TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scenarios
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme_members
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme_restrictions
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
-- A job's programme never changes: only a job that appears or disappears changes an access read via it.
CREATE TRIGGER chiproad_changes AFTER INSERT OR DELETE OR TRUNCATE ON jobs
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
