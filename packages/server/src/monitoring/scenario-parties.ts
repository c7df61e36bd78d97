import { DEFAULT_SCREENING_THRESHOLD } from "@chiproad/data";
import type { Database } from "@chiproad/db";
import type { Firm, Scenario } from "@chiproad/domain";
import type { MonitoredParty, PartySource } from "./party-source.ts";

/**
 * The firms a scenario's compliance check screens (packages/domain/src/compliance): every partner's
 * firms (country defaulting to the partner's) and the domestic firms (country defaulting to the
 * programme's), screened at the scenario's sanctions threshold. Only each scenario's latest version.
 */
export function scenarioParties(scenarioId: string, scenario: Scenario): MonitoredParty[] {
  const threshold = scenario.rules?.sanctions?.threshold ?? DEFAULT_SCREENING_THRESHOLD;
  const party = (firm: Firm, role: string, id: string, country: string | undefined): MonitoredParty => {
    const p: MonitoredParty = {
      id,
      name: firm.name,
      source: "scenario",
      role,
      scenarioId,
      threshold,
    };
    if (firm.aliases?.length) p.aliases = firm.aliases;
    if (firm.identifiers?.length) p.identifiers = firm.identifiers;
    const c = firm.country ?? country;
    if (c) p.country = c;
    return p;
  };
  const out: MonitoredParty[] = [];
  for (const partner of scenario.partners ?? []) {
    for (const firm of partner.firms ?? []) {
      out.push(party(firm, "partner", `${scenarioId}/partner/${partner.id}/${firm.id}`, partner.country));
    }
  }
  for (const firm of scenario.domestic?.firms ?? []) {
    out.push(party(firm, "domestic", `${scenarioId}/domestic/${firm.id}`, scenario.program?.country));
  }
  return out;
}

/** Partner firms and domestic counterparts of every stored scenario's latest version. */
export const scenarioPartySource: PartySource = {
  name: "scenario",
  async parties(db: Database) {
    const out: MonitoredParty[] = [];
    for (const summary of await db.scenarios.list()) {
      const record = await db.scenarios.get(summary.id);
      if (!record?.parsed) continue;
      out.push(...scenarioParties(record.id, record.parsed as Scenario));
    }
    return out;
  },
};
