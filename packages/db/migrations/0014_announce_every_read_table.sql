-- chiproad storage, version 14: every table an API read answers from announces its committed changes on
-- chiproad_changes (migrations/0013), so that a server process may keep whole GET responses until anything
-- changes (the server's response cache), not only the gate's credential reads. A job's progress and status
-- are now announced too (its page reads them); a running job writes them about once a second. Left
-- without a trigger, because no read answers from them: rate_events, idempotency_keys, oidc_logins.
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_documents
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_flags
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_status_changes
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreements
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON alerts
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dataset_rows
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dataset_versions
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON datasets
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_baselines
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scenario_versions
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON screening_results
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON screening_runs
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sweeps
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON working_group_meetings
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON working_group_resolutions
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON working_groups
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
--> statement-breakpoint
DROP TRIGGER chiproad_changes ON jobs;
--> statement-breakpoint
CREATE TRIGGER chiproad_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jobs
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_announce_change();
