import { type AuditRepository, auditRepository } from "./audit.ts";
import { type BackendKind, type ConnectOptions, connect, type Drizzle } from "./connection.ts";
import { type DatasetRepository, datasetRepository } from "./datasets.ts";
import { type JobRepository, jobRepository } from "./jobs.ts";
import { migrate } from "./migrate.ts";
import { type PlanRepository, planRepository } from "./plans.ts";
import { type ScenarioRepository, scenarioRepository } from "./scenarios.ts";
import { type ScreeningRepository, screeningRepository } from "./screenings.ts";

export interface Database {
  kind: BackendKind;
  scenarios: ScenarioRepository;
  plans: PlanRepository;
  jobs: JobRepository;
  datasets: DatasetRepository;
  screenings: ScreeningRepository;
  audit: AuditRepository;
  /** The underlying Drizzle handle, for tests and one-off maintenance. */
  drizzle: Drizzle;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions extends ConnectOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

/**
 * Opens chiproad storage: PostgreSQL when `url` is given, else embedded PGlite in `dataDir`
 * (in memory when `dataDir` is undefined). Migrations are applied unless `migrate: false`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const connection = await connect(options);
  if (options.migrate !== false) {
    try {
      await migrate(connection.db);
    } catch (error) {
      await connection.close();
      throw error;
    }
  }
  const db = connection.db;
  return {
    kind: connection.kind,
    scenarios: scenarioRepository(db),
    plans: planRepository(db),
    jobs: jobRepository(db),
    datasets: datasetRepository(db),
    screenings: screeningRepository(db),
    audit: auditRepository(db),
    drizzle: db,
    close: () => connection.close(),
  };
}

/**
 * Options from the environment: DATABASE_URL selects PostgreSQL (DATABASE_SCHEMA optionally picks a
 * schema, created if missing), else PGlite in CHIPROAD_DATA_DIR.
 */
export function databaseOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  defaultDataDir: string,
): Pick<ConnectOptions, "url" | "dataDir" | "schema"> {
  const url = env.DATABASE_URL?.trim();
  const schema = env.DATABASE_SCHEMA?.trim();
  if (url) return schema ? { url, schema } : { url };
  return { dataDir: env.CHIPROAD_DATA_DIR?.trim() || defaultDataDir };
}
