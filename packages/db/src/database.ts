import { type AgreementRepository, agreementRepository } from "./agreements.ts";
import { type BaselineRepository, baselineRepository } from "./baselines.ts";
import { type SweepRepository, sweepRepository } from "./sweeps.ts";
import { type AlertRepository, alertRepository } from "./alerts.ts";
import { type ApiTokenRepository, apiTokenRepository } from "./api-tokens.ts";
import { grantApplicationRole, roleOfUrl } from "./app-role.ts";
import { type AuditRepository, auditRepository } from "./audit.ts";
import type { ChangeFeed } from "./changes.ts";
import { type BackendKind, type ConnectOptions, connect, type Drizzle } from "./connection.ts";
import { type DatasetRepository, datasetRepository } from "./datasets.ts";
import { type JobRepository, jobRepository } from "./jobs.ts";
import { migrate } from "./migrate.ts";
import { type OidcLoginRepository, oidcLoginRepository } from "./oidc-logins.ts";
import { type RateEventRepository, rateEventRepository } from "./rate-events.ts";
import { installQueue, type JobQueue, openQueue, queueSchemaOf } from "./queue.ts";
import { type PlanRepository, planRepository } from "./plans.ts";
import { type ReportRepository, reportRepository } from "./reports.ts";
import { type ProgrammeRepository, programmeRepository } from "./programme-members.ts";
import { type ScenarioRepository, scenarioRepository } from "./scenarios.ts";
import { type IdempotencyRepository, idempotencyRepository } from "./idempotency.ts";
import { type ScreeningRepository, screeningRepository } from "./screenings.ts";
import { type SessionRepository, sessionRepository } from "./sessions.ts";
import { type UserRepository, userRepository } from "./users.ts";
import { type WorkingGroupRepository, workingGroupRepository } from "./working-groups.ts";

export interface Database {
  kind: BackendKind;
  scenarios: ScenarioRepository;
  plans: PlanRepository;
  jobs: JobRepository;
  datasets: DatasetRepository;
  screenings: ScreeningRepository;
  alerts: AlertRepository;
  audit: AuditRepository;
  users: UserRepository;
  sessions: SessionRepository;
  tokens: ApiTokenRepository;
  /** Single sign-on logins in progress (shared by every server process). */
  oidcLogins: OidcLoginRepository;
  /** Events counted by rate limits (shared by every server process). */
  rateEvents: RateEventRepository;
  idempotency: IdempotencyRepository;
  /** Per-programme (scenario) members and restriction. */
  programmes: ProgrammeRepository;
  /** The programme workspace: agreements register and working groups (issue 13). */
  agreements: AgreementRepository;
  workingGroups: WorkingGroupRepository;
  /** Execution baselines: plans saved under a name (issue 13). */
  baselines: BaselineRepository;
  /** Computed reports (gaps, partner fit) stored once per input. */
  reports: ReportRepository;
  /** Sweeps: grids of variants, each variant a 'sweep' job. */
  sweeps: SweepRepository;
  /** Which job engine dispatches jobs: pg-boss on PostgreSQL, the jobs table on the embedded database. */
  queue: "pg-boss" | "table";
  /**
   * PostgreSQL only: committed changes to credentials and programme access, from every process
   * (src/changes.ts). Undefined on the embedded database, whose single process needs no notices.
   */
  changes: ChangeFeed | undefined;
  /** The underlying Drizzle handle, for tests and one-off maintenance. */
  drizzle: Drizzle;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions extends ConnectOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * PostgreSQL only: the owner role's connection string. When given, migrations run as the owner,
   * which then grants the application role (the one `url` logs in as) its limited rights; the
   * application connection itself never migrates.
   */
  ownerUrl?: string | undefined;
}

/**
 * Opens chiproad storage: PostgreSQL when `url` is given, else embedded PGlite in `dataDir`
 * (in memory when `dataDir` is undefined). Migrations are applied unless `migrate: false`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url && options.ownerUrl && options.migrate !== false) {
    const owner = await connect({ ...options, url: options.ownerUrl, maxConnections: 1 });
    try {
      await migrate(owner.db);
      await installQueue(owner.db, queueSchemaOf(options.schema));
      await grantApplicationRole(owner.db, roleOfUrl(options.url), queueSchemaOf(options.schema));
    } finally {
      await owner.close();
    }
    return openDatabase({ ...options, ownerUrl: undefined, migrate: false, createSchema: false });
  }
  const connection = await connect(options);
  let queue: JobQueue | undefined;
  try {
    if (options.migrate !== false) await migrate(connection.db);
    if (connection.kind === "postgres") {
      const queueSchema = queueSchemaOf(options.schema);
      if (options.migrate !== false) await installQueue(connection.db, queueSchema);
      queue = await openQueue(connection.db, queueSchema);
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  const db = connection.db;
  return {
    kind: connection.kind,
    scenarios: scenarioRepository(db),
    plans: planRepository(db),
    jobs: jobRepository(db, queue),
    datasets: datasetRepository(db),
    screenings: screeningRepository(db),
    alerts: alertRepository(db),
    audit: auditRepository(db),
    users: userRepository(db),
    sessions: sessionRepository(db),
    tokens: apiTokenRepository(db),
    oidcLogins: oidcLoginRepository(db),
    rateEvents: rateEventRepository(db),
    idempotency: idempotencyRepository(db),
    programmes: programmeRepository(db),
    agreements: agreementRepository(db),
    workingGroups: workingGroupRepository(db),
    baselines: baselineRepository(db),
    sweeps: sweepRepository(db, queue),
    reports: reportRepository(db),
    queue: queue ? "pg-boss" : "table",
    changes: connection.changes,
    drizzle: db,
    async close() {
      try {
        await queue?.stop();
      } finally {
        await connection.close();
      }
    },
  };
}

/**
 * Options from the environment: DATABASE_URL selects PostgreSQL (DATABASE_SCHEMA optionally picks a
 * schema, created if missing; DATABASE_OWNER_URL, when set, is the owner role that migrates), else
 * PGlite in CHIPROAD_DATA_DIR.
 */
export function databaseOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  defaultDataDir: string,
): Pick<OpenDatabaseOptions, "url" | "dataDir" | "schema" | "ownerUrl"> {
  const url = env.DATABASE_URL?.trim();
  const schema = env.DATABASE_SCHEMA?.trim();
  const ownerUrl = env.DATABASE_OWNER_URL?.trim();
  if (url) return { url, ...(schema ? { schema } : {}), ...(ownerUrl ? { ownerUrl } : {}) };
  return { dataDir: env.CHIPROAD_DATA_DIR?.trim() || defaultDataDir };
}
