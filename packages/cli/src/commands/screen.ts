import {
  ChiproadError,
  type Entity,
  loadEntities,
  loadSampleEntities,
  loadScreeningQueries,
  type ScreeningQuery,
  type ScreeningResult,
  ScreeningIndex,
} from "@chiproad/data";
import { explainMatch } from "@chiproad/domain";
import { Option } from "commander";
import type { DefineCommand } from "./index.ts";
import { intOption } from "./market.ts";
import { parseThreshold } from "./chain.ts";
import { defineScreenDiff } from "./screen-diff.ts";

interface ScreenOptions {
  name?: string;
  country?: string;
  birthDate?: string;
  id?: string[];
  list?: string[];
  file?: string;
  threshold?: string;
  limit?: string;
}

/** Each match with its reasons worded in English and as message codes (JSON keeps codes and English). */
const output = (r: ScreeningResult) => ({
  query: r.query,
  matches: r.matches.map((match) => {
    const m = explainMatch(match);
    return {
      id: m.id,
      name: m.name,
      score: m.score,
      list: m.list,
      datasetVersion: m.datasetVersion,
      explanation: m.explanation,
      explanationMessages: m.explanationMessages,
    };
  }),
});

export const screenCommand: DefineCommand = (command) => {
  // `screen diff …` has its own --format (json|text): options after the subcommand are its own.
  command.enablePositionalOptions();
  defineScreenDiff(command);
  command
    .option("--name <name>", "name to screen (any script: Latin, Cyrillic, Chinese)")
    .option("--country <code>", "country, ISO alpha-2 or alpha-3")
    .option("--birth-date <date>", "YYYY or YYYY-MM-DD")
    .option("--id <ids...>", "identifiers (tax, registration, passport numbers)")
    .option("--list <files...>", "list files: FtM JSON or OFAC sdn.csv (with add.csv/alt.csv beside it)")
    .option("--file <queries.csv>", "batch: CSV with name[,country,birthDate,aliases,identifiers]")
    .option("--threshold <x>", "minimum score 0–1")
    .option("--limit <n>", "matches per query", "10")
    .addOption(new Option("--format <format>", "output format").choices(["json"]).default("json"))
    .action(async (o: ScreenOptions) => {
      if (!o.name && !o.file)
        throw new ChiproadError("BAD_INPUT", 'screen: give --name "…" or --file queries.csv');
      if (o.name && o.file)
        throw new ChiproadError("BAD_INPUT", "screen: give either --name or --file, not both");
      const entities: Entity[] =
        o.list && o.list.length > 0 ? await loadEntities(o.list) : await loadSampleEntities();
      const index = new ScreeningIndex(entities);
      const threshold = parseThreshold(o.threshold);
      const limit = intOption("--limit", o.limit);
      const opts = {
        ...(threshold !== undefined ? { threshold } : {}),
        ...(limit !== undefined ? { limit } : {}),
      };
      if (o.file) {
        const results = index.screenMany(await loadScreeningQueries(o.file), opts);
        process.stdout.write(`${JSON.stringify(results.map(output), null, 2)}\n`);
        return;
      }
      const query: ScreeningQuery = { name: o.name! };
      if (o.country) query.country = o.country;
      if (o.birthDate) query.birthDate = o.birthDate;
      if (o.id && o.id.length > 0) query.identifiers = o.id;
      process.stdout.write(`${JSON.stringify(output(index.screen(query, opts)), null, 2)}\n`);
    });
};
