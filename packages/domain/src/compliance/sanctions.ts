import type { ScreeningMatch } from "@chiproad/data";
import { type ExplainedMatch, explainMatch } from "./match-explanation.ts";
import type { ReferenceData } from "../scenario/reference-data.ts";
import type { Firm, SanctionsList, Scenario } from "../scenario/schema.ts";

/** A screening match above the scenario's threshold, attributed to one of the scenario's lists. */
export interface SanctionsHit {
  /** Rule id naming the list: `sanctions:<list id>`. */
  rule: string;
  listId: string;
  listName: string;
  match: ExplainedMatch;
  /** Regimes whose partners the list binds (see `SanctionsList.bindsRegimes`). */
  bindsRegimes: string[];
}

export interface FirmScreening {
  firmId: string;
  firmName: string;
  side: "partner" | "domestic";
  hits: SanctionsHit[];
}

/**
 * Screens firms once each (results are cached per firm id) against the lists the scenario names.
 * With no lists named, every list the screener knows counts (rule `sanctions:<screener list>`).
 */
export class SanctionsScreener {
  readonly available: boolean;
  private readonly cache = new Map<string, FirmScreening>();

  constructor(
    private readonly scenario: Scenario,
    private readonly ref: ReferenceData,
  ) {
    this.available = ref.screen !== undefined;
  }

  screen(firm: Firm, side: "partner" | "domestic", defaultCountry: string | undefined): FirmScreening {
    const cached = this.cache.get(firm.id);
    if (cached) return cached;
    const result: FirmScreening = { firmId: firm.id, firmName: firm.name, side, hits: [] };
    if (this.ref.screen) {
      const matches = this.ref.screen({
        name: firm.name,
        aliases: firm.aliases,
        ...((firm.country ?? defaultCountry) ? { country: (firm.country ?? defaultCountry)! } : {}),
        identifiers: firm.identifiers,
      });
      const { threshold, lists } = this.scenario.rules.sanctions;
      for (const match of matches) {
        if (match.score < threshold) continue;
        const list = lists.length === 0 ? implicitList(match) : selectList(lists, match);
        if (!list) continue;
        result.hits.push({
          rule: `sanctions:${list.id}`,
          listId: list.id,
          listName: list.name,
          match: explainMatch(match),
          bindsRegimes: list.bindsRegimes,
        });
      }
    }
    this.cache.set(firm.id, result);
    return result;
  }
}

function selectList(lists: readonly SanctionsList[], match: ScreeningMatch): SanctionsList | undefined {
  const name = match.list.toLowerCase();
  return lists.find((l) => name.includes(l.match.toLowerCase()));
}

function implicitList(match: ScreeningMatch): SanctionsList {
  const id =
    match.list
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "list";
  return { id, name: match.list, match: match.list, bindsRegimes: [] };
}
