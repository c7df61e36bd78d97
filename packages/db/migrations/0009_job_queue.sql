-- chiproad storage, version 9: jobs get a priority and, on PostgreSQL, the id of their pg-boss job.
-- The jobs table stays the record users read (status, progress, result, worker, attempts); on
-- PostgreSQL pg-boss (schema `<schema>_queue`) decides which worker runs what, retries a job whose
-- worker died, and dead-letters one that kept failing. The embedded database keeps the jobs table
-- as its queue, in the same order: priority first, then age.
ALTER TABLE jobs ADD COLUMN priority integer NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE jobs ADD COLUMN queue_job_id text;
--> statement-breakpoint
DROP INDEX jobs_queue_idx;
--> statement-breakpoint
CREATE INDEX jobs_queue_idx ON jobs (status, priority DESC, created_at);
--> statement-breakpoint
CREATE INDEX jobs_user_active_idx ON jobs (created_by) WHERE status IN ('queued', 'running');
