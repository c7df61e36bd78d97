import type { Chokepoint } from "@chiproad/data";
import type { ReferenceData } from "../scenario/reference-data.ts";
import { meetsGrade, PACKAGING_GRADES, type PackagingGrade } from "../scenario/primitives.ts";
import type { CapacityUnit, Scenario, Target } from "../scenario/schema.ts";
import { generationsBehind, meetsNode, NODE_LADDER } from "./node-ladder.ts";
import { type Message, msg, renderMessage } from "../messages/index.ts";

export type GapKind = "absent" | "node" | "grade" | "capacity";
export type InputStatus = "covered" | GapKind;

/** One missing or insufficient input of one target. */
export interface Gap {
  /** `<targetId>:<inputId>`, stable across runs. */
  id: string;
  targetId: string;
  inputId: string;
  inputName: string;
  kind: GapKind;
  requiredNode?: number;
  /** Packaging grade the target needs, and the best one available at home (packaging inputs). */
  requiredGrade?: PackagingGrade;
  domesticGrade?: PackagingGrade;
  /** Best node available domestically for this input, if any. */
  domesticNode?: number;
  /** Distance from the best domestic node to the required one, on the standard ladder. */
  generationsBehind?: { nodes: number; years: number };
  /** Units per year the target needs and what domestic capabilities at the required node supply. */
  requiredVolume: number;
  /** What `requiredVolume`, `domesticCapacity` and `shortfall` count. */
  unit: CapacityUnit;
  domesticCapacity: number;
  shortfall: number;
  /**
   * The input is a chokepoint (a few countries hold most of the world supply), or needs one:
   * a tool or material directly below it in the value chain is a chokepoint.
   */
  critical: boolean;
  /** The input's own chokepoint, else the most concentrated one below it. */
  chokepoint?: Chokepoint;
  /** Chokepoints among the tools and materials directly below this input, most concentrated first. */
  chokepointsBelow: Chokepoint[];
}

export interface InputCoverage {
  inputId: string;
  inputName: string;
  status: InputStatus;
  requiredNode?: number;
  domesticNode?: number;
  domesticCapacity: number;
  gapId?: string;
}

export interface TargetGaps {
  targetId: string;
  name: string;
  dueDate: string;
  inputs: InputCoverage[];
  covered: number;
  missing: number;
}

export interface GapReport {
  country: string;
  targets: TargetGaps[];
  gaps: Gap[];
  nodeLadder: readonly { node: number; year: number }[];
  assumptions: string[];
  /** `assumptions` as messages, in the same order. */
  assumptionMessages: Message[];
  /** What could not be assessed (e.g. no chokepoint data given). */
  notes: string[];
  /** `notes` as messages, in the same order. */
  noteMessages: Message[];
}

/**
 * Per target: the inputs it requires, what the country covers domestically, and for each
 * missing or insufficient input how far behind it is and whether it is a chokepoint.
 */
export function analyzeGaps(scenario: Scenario, ref: ReferenceData): GapReport {
  const names = new Map((ref.chain?.inputs ?? []).map((i) => [i.id, i.name]));
  for (const s of ref.chain?.stages ?? []) names.set(s.id, s.name);
  const chokepoints = new Map((ref.chokepoints ?? []).map((c) => [c.inputId, c]));
  const noteMessages: Message[] = [];
  if (!ref.chain) noteMessages.push(msg("gaps.noteNoChain"));
  if (!ref.chokepoints) noteMessages.push(msg("gaps.noteNoChokepoints"));
  const assumptionMessages = [
    msg("gaps.assumptionNodeLadder"),
    msg("gaps.assumptionCoverage"),
    msg("gaps.assumptionSharedCapacity"),
  ];

  const targets: TargetGaps[] = [];
  const gaps: Gap[] = [];
  // Domestic capacity is shared: targets draw on it in due-date order (then file order), so two
  // targets needing 300 each of a 500-unit capability leave the second 100 short.
  const remaining = scenario.domestic.capabilities.map((c) => c.capacity);
  const order = scenario.targets
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.dueDate.localeCompare(b.t.dueDate) || a.i - b.i);
  const assessed = new Map<string, InputAssessment>();
  for (const { t: target } of order) {
    for (const required of target.inputs) {
      assessed.set(
        `${target.id}\u0001${required.input}`,
        assessInput(scenario, target, required.input, required.node ?? target.node, remaining),
      );
    }
  }
  for (const target of scenario.targets) {
    const inputs: InputCoverage[] = [];
    for (const required of target.inputs) {
      const gap = assessed.get(`${target.id}\u0001${required.input}`)!;
      const inputName = names.get(required.input) ?? required.input;
      const row: InputCoverage = {
        inputId: required.input,
        inputName,
        status: gap.kind ?? "covered",
        domesticCapacity: gap.domesticCapacity,
      };
      if (gap.requiredNode !== undefined) row.requiredNode = gap.requiredNode;
      if (gap.domesticNode !== undefined) row.domesticNode = gap.domesticNode;
      if (gap.kind) {
        const id = `${target.id}:${required.input}`;
        row.gapId = id;
        const below = inputsBelow(required.input, ref)
          .flatMap((id) => chokepoints.get(id) ?? [])
          .sort((a, b) => b.combinedShare - a.combinedShare || a.inputId.localeCompare(b.inputId));
        const chokepoint = chokepoints.get(required.input) ?? below[0];
        const out: Gap = {
          id,
          targetId: target.id,
          inputId: required.input,
          inputName,
          kind: gap.kind,
          requiredVolume: gap.need,
          unit: gap.unit,
          domesticCapacity: gap.domesticCapacity,
          shortfall: Math.max(0, gap.need - gap.domesticCapacity),
          critical: chokepoint !== undefined,
          chokepointsBelow: below,
        };
        if (gap.requiredNode !== undefined) out.requiredNode = gap.requiredNode;
        if (gap.requiredGrade !== undefined) out.requiredGrade = gap.requiredGrade;
        if (gap.domesticGrade !== undefined) out.domesticGrade = gap.domesticGrade;
        if (gap.domesticNode !== undefined) out.domesticNode = gap.domesticNode;
        if (gap.requiredNode !== undefined && gap.domesticNode !== undefined) {
          out.generationsBehind = generationsBehind(gap.domesticNode, gap.requiredNode);
        }
        if (chokepoint) out.chokepoint = chokepoint;
        gaps.push(out);
      }
      inputs.push(row);
    }
    const missing = inputs.filter((i) => i.status !== "covered").length;
    targets.push({
      targetId: target.id,
      name: target.name,
      dueDate: target.dueDate,
      inputs,
      covered: inputs.length - missing,
      missing,
    });
  }
  return {
    country: scenario.program.country,
    targets,
    gaps,
    nodeLadder: NODE_LADDER,
    assumptions: assumptionMessages.map((m) => renderMessage(m, "en")),
    assumptionMessages,
    notes: noteMessages.map((m) => renderMessage(m, "en")),
    noteMessages,
  };
}

/**
 * The tools, materials and resources that go into (or are a kind of) `inputId`, one level down.
 * Other processes feeding into it are left out: they are gaps of their own, and walking through
 * them would attribute, say, the lithography chokepoint to etching.
 */
function inputsBelow(inputId: string, ref: ReferenceData): string[] {
  const types = new Map((ref.chain?.inputs ?? []).map((i) => [i.id, i.type]));
  return (ref.chain?.edges ?? [])
    .filter((e) => e.to === inputId && types.get(e.from) !== "process")
    .map((e) => e.from);
}

interface InputAssessment {
  kind?: GapKind;
  requiredGrade?: PackagingGrade;
  domesticGrade?: PackagingGrade;
  /** What the target needs of the input, in `unit`. */
  need: number;
  unit: CapacityUnit;
  requiredNode?: number;
  domesticNode?: number;
  domesticCapacity: number;
}

/** `remaining`: capacity left per domestic capability (scenario order); this target's use is taken from it. */
function assessInput(
  scenario: Scenario,
  target: Target,
  inputId: string,
  requiredNode: number | undefined,
  remaining: number[],
): InputAssessment {
  const required = target.inputs.find((x) => x.input === inputId);
  const need = required?.demand?.amount ?? target.volume;
  const unit = required?.demand?.unit ?? "units-per-year";
  const all = scenario.domestic.capabilities.map((c, i) => ({ c, i }));
  const capabilities = all.filter(({ c }) => c.input === inputId && c.unit === unit);
  const out: InputAssessment = { domesticCapacity: 0, need, unit };
  if (requiredNode !== undefined) out.requiredNode = requiredNode;
  const nodes = capabilities.flatMap(({ c }) => (c.node === undefined ? [] : [c.node]));
  if (nodes.length > 0) out.domesticNode = Math.min(...nodes);
  if (capabilities.length === 0) return { ...out, kind: "absent" };
  // Coarsest sufficient capability first, so finer capacity stays for targets that need it.
  const requiredGrade = required?.grade;
  if (requiredGrade !== undefined) out.requiredGrade = requiredGrade;
  const grades = capabilities.flatMap(({ c }) => (c.grade === undefined ? [] : [c.grade]));
  if (grades.length > 0)
    out.domesticGrade = grades.reduce((a, b) =>
      PACKAGING_GRADES.indexOf(b) > PACKAGING_GRADES.indexOf(a) ? b : a,
    );
  const sufficient = capabilities
    .filter(({ c }) => meetsNode(c.node, requiredNode) && meetsGrade(c.grade, requiredGrade))
    .sort((a, b) => (b.c.node ?? 0) - (a.c.node ?? 0) || a.i - b.i);
  out.domesticCapacity = sufficient.reduce((sum, { i }) => sum + remaining[i]!, 0);
  let left = need;
  for (const { i } of sufficient) {
    const take = Math.min(left, remaining[i]!);
    remaining[i]! -= take;
    left -= take;
  }
  if (sufficient.length === 0) {
    const nodeOk = capabilities.some(({ c }) => meetsNode(c.node, requiredNode));
    return { ...out, kind: nodeOk && requiredGrade !== undefined ? "grade" : "node" };
  }
  if (out.domesticCapacity < need) return { ...out, kind: "capacity" };
  return out;
}
