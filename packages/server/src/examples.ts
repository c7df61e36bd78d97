import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Database } from "@chiproad/db";
import { parseScenario } from "@chiproad/domain";
import { seedExampleWorkspace } from "./example-workspace.ts";
import type { Logger } from "./logger.ts";
import { type ReferenceProvider, referenceProvider } from "./reference-data.ts";
import { detectFormat } from "./scenario-input.ts";

/**
 * Stores each `examples/*.yaml` scenario as `example-<file name>` unless a scenario with that id
 * already exists (idempotent: a restart, or a user's later edits, never duplicate or overwrite it).
 * Invalid examples are skipped with a warning instead of blocking start-up. A newly stored example
 * gets its agreements register and working groups (./example-workspace.ts), parties screened.
 */
export async function loadExamples(
  db: Database,
  dir: string,
  logger: Logger,
  reference: ReferenceProvider = referenceProvider(db),
): Promise<string[]> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    return [];
  }
  const stored: string[] = [];
  for (const file of files) {
    const id = `example-${basename(file).replace(/\.ya?ml$/, "")}`;
    if (await db.scenarios.get(id)) continue;
    const content = readFileSync(join(dir, file), "utf8");
    const parsed = parseScenario(content, `examples/${file}`);
    if (!parsed.ok) {
      logger.warn({ file, issues: parsed.issues.length }, "example scenario is invalid; not loaded");
      continue;
    }
    const actor = { user: "chiproad", role: "admin" };
    try {
      await db.scenarios.create(
        {
          id,
          name: parsed.scenario.program.name,
          content,
          format: detectFormat(content),
          parsed: parsed.scenario,
          country: parsed.scenario.program.country,
        },
        actor,
      );
      stored.push(id);
    } catch (error) {
      // Another process may have stored it between the check and the insert.
      if ((error as { code?: unknown }).code !== "CONFLICT") throw error;
      continue;
    }
    try {
      await seedExampleWorkspace({ db, reference }, id, actor);
    } catch (error) {
      logger.warn({ file, err: error }, "example workspace (agreements, working groups) not seeded");
    }
  }
  return stored;
}
