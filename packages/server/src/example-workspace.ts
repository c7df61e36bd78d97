import type {
  Actor,
  AgreementInput,
  AgreementStatus,
  ResolutionInput,
  WorkingGroupInput,
} from "@chiproad/db";
import type { AppDeps } from "./context.ts";
import { registerAgreement } from "./routes/agreements.ts";

/**
 * The agreements register and working groups the example programmes start with. The Russian example
 * follows examples/russia-coprocessor.facts.md (/work/shared/scenario-facts.md): source S3, the
 * post-release of the first Russian–Chinese round table on the microelectronics market (13 Oct 2024,
 * event 26 Sep 2024), facts F13–F15. What the reports do not say (who leads which obligation, the
 * dates before the signing, people's names, the joint-venture draft) is marked as an assumption.
 */
interface ExampleWorkspace {
  agreements: {
    input: AgreementInput;
    history: { to: AgreementStatus; on: string; note?: string }[];
    opened: string;
  }[];
  groups: {
    input: WorkingGroupInput;
    meetings: {
      heldOn: string;
      agenda: string;
      minutes: string | null;
      resolutions: Omit<ResolutionInput, "meetingId">[];
    }[];
  }[];
}

const S3 =
  "S3: post-release of the first Russian–Chinese round table on the microelectronics market, 13 Oct 2024 (event 26 Sep 2024)";

const FAREXPO = {
  id: "farexpo",
  name: "FAREXPO",
  country: "RUS",
  origin: "domestic",
  kind: "organisation",
} as const;
const CENTRE = {
  id: "rc-centre",
  name: "Russian–Chinese Centre for the Urals and Siberia",
  country: "RUS",
  origin: "domestic",
  kind: "organisation",
} as const;
const TTF = { id: "ttf", name: "TTF Electronic", country: "CHN", origin: "foreign", kind: "firm" } as const;

const RUSSIA: ExampleWorkspace = {
  agreements: [
    {
      opened: "2024-09-26",
      input: {
        kind: "cooperation",
        title:
          "Cooperation agreement of the first Russian–Chinese round table on the microelectronics market",
        parties: [FAREXPO, CENTRE, TTF],
        obligations: [
          {
            id: "joint-plan",
            party: "farexpo",
            description:
              "Prepare the joint plan and roadmap with the other signatories (F15). Which party leads is an assumption.",
            activityIds: ["milestone:joint-plan"],
          },
          {
            id: "working-group",
            party: "rc-centre",
            description:
              "Set up the working group that brings a resolution and supporting materials to the higher bodies, the “BRICS Higher Council” (F15). Which party leads is an assumption.",
            activityIds: ["milestone:working-group", "milestone:resolution"],
          },
          {
            id: "chinese-side",
            party: "ttf",
            description:
              "Take part in the joint plan and the working group from the Chinese side (F14, F15; Shaanxi province).",
            activityIds: ["milestone:joint-plan", "milestone:working-group"],
          },
        ],
        notes:
          "Signed by the three organisers of the round table at the 24th international exhibition “Radioelectronics and Instrumentation” (F14). The reports give only the signing day; the dates of drafting and negotiation are an assumption (the same day).",
        sources: [`${S3}: F13, F14, F15`],
      },
      history: [
        { to: "negotiating", on: "2024-09-26", note: "assumption: negotiated at the round table" },
        { to: "signed", on: "2024-09-26", note: "F14 (S3)" },
      ],
    },
    {
      opened: "2024-10-13",
      input: {
        kind: "joint-venture",
        title: "Joint venture for localized production (illustrative draft)",
        parties: [
          {
            id: "mikron",
            name: "АО «Микрон»",
            country: "RUS",
            origin: "domestic",
            kind: "firm",
            aliases: ["MIKRON JSC"],
          },
          {
            id: "cn-foundry",
            name: "Example Chinese Foundry Co. (placeholder)",
            country: "CHN",
            origin: "foreign",
            kind: "firm",
          },
        ],
        obligations: [
          {
            id: "workflow-study",
            party: "cn-foundry",
            description:
              "Open its manufacturing workflows to study and train the domestic workforce (F9, S2); the terms are an assumption.",
            activityIds: ["milestone:workflow-study"],
          },
        ],
        notes:
          "Assumption: an illustrative draft for the joint companies the experts called for, “from market to production” (F13, S3) and the joint ventures expected (F7, S1). The reports name no such agreement; the foreign party is a placeholder.",
        sources: [`${S3}: F13`, "S1: Silk Road Briefing (Dezan Shira & Associates), early 2023: F7"],
      },
      history: [],
    },
  ],
  groups: [
    {
      input: {
        name: "Russian–Chinese working group on microelectronics (round-table follow-up)",
        mandate:
          "Bring a resolution and supporting materials to the higher bodies (the “BRICS Higher Council”) and prepare the joint plan and roadmap (F15, S3).",
        members: [
          {
            name: "FAREXPO representative (not named in the reports)",
            organisation: "FAREXPO",
            role: "co-organiser",
          },
          {
            name: "Centre representative (not named in the reports)",
            organisation: "Russian–Chinese Centre for the Urals and Siberia",
            role: "co-organiser",
          },
          {
            name: "TTF Electronic representative (not named in the reports)",
            organisation: "TTF Electronic (Shaanxi, China)",
            role: "co-organiser",
          },
        ],
        sources: [`${S3}: F14, F15`],
      },
      meetings: [
        {
          heldOn: "2024-09-26",
          agenda:
            "First Russian–Chinese round table on the microelectronics market, 24th exhibition “Radioelectronics and Instrumentation”: demand domestic producers cannot meet, moving “from market to production” (F13).",
          minutes:
            "The three organisers signed a cooperation agreement (F14) and agreed to prepare a joint plan and roadmap and to set up this working group (F15).",
          resolutions: [
            {
              title: "Prepare the joint plan and roadmap",
              kind: "decision",
              status: "adopted",
              owner: "The three signatories",
            },
            {
              title: "Bring a resolution and supporting materials to the BRICS Higher Council",
              kind: "resolution",
              status: "proposed",
              owner: "The working group",
            },
          ],
        },
      ],
    },
  ],
};

/** Example id (as loadExamples stores it) → its workspace. */
export const EXAMPLE_WORKSPACES: Readonly<Record<string, ExampleWorkspace>> = {
  "example-russia-coprocessor": RUSSIA,
};

/** Seeds a freshly stored example scenario's workspace (once: only right after the scenario is created). */
export async function seedExampleWorkspace(
  deps: Pick<AppDeps, "db" | "reference">,
  scenarioId: string,
  actor: Actor,
): Promise<boolean> {
  const workspace = EXAMPLE_WORKSPACES[scenarioId];
  if (!workspace) return false;
  const { db } = deps;
  for (const a of workspace.agreements) {
    const created = await registerAgreement(deps, scenarioId, a.input, a.opened, actor);
    for (const step of a.history)
      await db.agreements.transition(scenarioId, created.id, { ...step, note: step.note ?? null }, actor);
  }
  for (const g of workspace.groups) {
    const group = await db.workingGroups.create(scenarioId, g.input, actor);
    for (const m of g.meetings) {
      const meeting = await db.workingGroups.addMeeting(
        scenarioId,
        group.id,
        { heldOn: m.heldOn, agenda: m.agenda, minutes: m.minutes },
        actor,
      );
      for (const r of m.resolutions)
        await db.workingGroups.addResolution(scenarioId, group.id, { ...r, meetingId: meeting.id }, actor);
    }
  }
  return true;
}
