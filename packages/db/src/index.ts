// @chiproad/db — storage for scenarios (with version history), jobs and their results, imported
// datasets (versioned), screening results and the append-only audit log, on PGlite or PostgreSQL.
export {
  AGREEMENT_TRANSITIONS,
  type AgreementDocument,
  type AgreementFlag,
  type AgreementInput,
  type AgreementKind,
  type AgreementObligation,
  type AgreementParty,
  type AgreementPartyRef,
  type AgreementRecord,
  type AgreementRepository,
  type AgreementStatus,
  type AgreementStatusChange,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  type NewDocument,
} from "./agreements.ts";
export type {
  AlertFilter,
  AlertKind,
  AlertRecord,
  AlertRepository,
  AlertStatus,
  NewAlert,
  RecordRun,
  ScreeningRun,
} from "./alerts.ts";
export type { ApiTokenRecord, ApiTokenRepository, NewApiToken } from "./api-tokens.ts";
export { grantApplicationRole, roleOfUrl } from "./app-role.ts";
export type { Actor, AuditEntry, AuditInput, AuditRepository } from "./audit.ts";
export type { ChangeEvent, ChangeFeed } from "./changes.ts";
export type { BackendKind, ConnectOptions, Drizzle } from "./connection.ts";
export { type Database, databaseOptionsFromEnv, type OpenDatabaseOptions, openDatabase } from "./database.ts";
export type { DatasetKind, DatasetRepository, DatasetVersion, ImportDataset } from "./datasets.ts";
export { lockDataDir, processAlive } from "./data-dir-lock.ts";
export type { IdempotencyClaim, IdempotencyRepository } from "./idempotency.ts";
export {
  type EnqueueJob,
  type JobOutcomeRecord,
  JOB_PRIORITY,
  type JobError,
  type JobKind,
  type JobRecord,
  type JobRepository,
  type JobStatus,
} from "./jobs.ts";
export { JOB_QUEUE, queueSchemaOf, RETRY_LIMIT } from "./queue.ts";
export { MIGRATIONS_DIR, migrate, readMigrations } from "./migrate.ts";
export type { PlanRecord, PlanRepository } from "./plans.ts";
export type { ReportRepository } from "./reports.ts";
export type {
  AccessScope,
  ProgrammeAccess,
  ProgrammeMember,
  ProgrammeRepository,
  ProgrammeRole,
} from "./programme-members.ts";
export type {
  SaveScenario,
  ScenarioFormat,
  ScenarioRecord,
  ScenarioRepository,
  ScenarioSummary,
  ScenarioVersionSummary,
} from "./scenarios.ts";
export type { ScreeningRecord, ScreeningRepository } from "./screenings.ts";
export type { SessionRecord, SessionRepository } from "./sessions.ts";
export type { OidcLogin, OidcLoginRepository } from "./oidc-logins.ts";
export type { RateEventRepository, RateLimit } from "./rate-events.ts";
export type { NewUser, UserChange, UserRecord, UserRepository, UserRole } from "./users.ts";
export type {
  Meeting,
  MeetingInput,
  Resolution,
  ResolutionInput,
  ResolutionKind,
  ResolutionStatus,
  WorkingGroupInput,
  WorkingGroupMember,
  WorkingGroupRecord,
  WorkingGroupRepository,
} from "./working-groups.ts";
export {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  PROGRAMME_ROLES,
  RESOLUTION_KINDS,
  RESOLUTION_STATUSES,
  USER_ROLES,
} from "./schema.ts";
export * as schema from "./schema.ts";
export {
  dropSchema,
  POSTGRES_SKIPPED_WARNING,
  postgresRequired,
  type TestBackend,
  testBackends,
} from "./testing.ts";
export { type BaselineRecord, type BaselineRepository, baselineRepository } from "./baselines.ts";
export { type NewSweep, type SweepRecord, type SweepRepository, sweepRepository } from "./sweeps.ts";
