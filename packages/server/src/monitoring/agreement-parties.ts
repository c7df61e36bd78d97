import { DEFAULT_SCREENING_THRESHOLD, type ScreeningIndex, type ScreeningQuery } from "@chiproad/data";
import type { AgreementFlag, AgreementParty, Database } from "@chiproad/db";
import type { Scenario } from "@chiproad/domain";
import type { MonitoredParty, PartySource } from "./party-source.ts";

/** The threshold a programme screens at: its `rules.sanctions.threshold`, else the default. */
export function scenarioThreshold(scenario: Scenario | undefined): number {
  return scenario?.rules?.sanctions?.threshold ?? DEFAULT_SCREENING_THRESHOLD;
}

function query(party: AgreementParty): ScreeningQuery {
  const q: ScreeningQuery = { name: party.name, country: party.country };
  if (party.aliases?.length) q.aliases = party.aliases;
  return q;
}

/**
 * Screens an agreement's parties as it is saved (the data layer's screening, as POST /api/screen
 * does): each match at or above the programme's threshold becomes a flag naming the list, its
 * release, the stored entity-list version and the listed name or alias that matched.
 */
export function screenAgreementParties(
  parties: readonly AgreementParty[],
  screening: ScreeningIndex,
  datasetVersion: number | null,
  threshold: number,
): AgreementFlag[] {
  return parties.flatMap((party) =>
    screening.screen(query(party), { threshold }).matches.map((m) => ({
      partyId: party.id,
      partyName: party.name,
      list: m.list,
      listVersion: m.datasetVersion,
      datasetVersion,
      entityId: m.id,
      entityName: m.name,
      matchedName: m.matchedName ?? m.name,
      score: m.score,
      threshold,
    })),
  );
}

/** The id an agreement party has in re-screening alerts: `<agreement id>/<party id>`. */
export function agreementPartyId(agreementId: string, partyId: string): string {
  return `${agreementId}/${partyId}`;
}

/**
 * Every party of every agreement in the register, screened again on each new entity-list version at
 * its programme's threshold; alerts name the programme and, through the party id, the agreement.
 */
export const agreementPartySource: PartySource = {
  name: "agreement",
  async parties(db: Database) {
    const thresholds = new Map<string, number>();
    const out: MonitoredParty[] = [];
    for (const ref of await db.agreements.allParties()) {
      let threshold = thresholds.get(ref.scenarioId);
      if (threshold === undefined) {
        const record = await db.scenarios.get(ref.scenarioId);
        threshold = scenarioThreshold(record?.parsed as Scenario | undefined);
        thresholds.set(ref.scenarioId, threshold);
      }
      out.push({
        ...query(ref.party),
        id: agreementPartyId(ref.agreementId, ref.party.id),
        source: "agreement",
        role: "agreement",
        scenarioId: ref.scenarioId,
        threshold,
      });
    }
    return out;
  },
};
