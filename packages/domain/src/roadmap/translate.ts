/**
 * Scenario → engine `Problem` (a multi-mode RCPSP).
 *
 * - Each gap becomes a chain of work-package activities (FS, lag 0); its modes are the gap's
 *   LAWFUL options (partner × collaboration model), mode o of every activity in the chain being
 *   option o. Unlawful options never become modes: they are listed in `rejected` with their rule.
 * - A licence delay lengthens the chain's first activity in that option's mode (sign, then wait
 *   for the licence before anything is transferred).
 * - Option consistency along a chain (the partner chosen to negotiate is the one that transfers,
 *   trains, ...) is encoded with one auxiliary non-renewable resource per (gap, option) of
 *   capacity L−1 (L = chain length): the chain's first activity in mode o consumes L−1 units of
 *   every OTHER option's resource, every later activity in mode o consumes 1 unit of option o's
 *   resource. Choosing o first exhausts all other options' resources, so later activities can
 *   only take mode o (they need at most L−1 units of it). The engine's validator thus checks
 *   consistency like any other constraint (`withOptionAlignment` builds that full problem).
 * - Each target gets a zero-length "volume production starts" activity that follows every one
 *   of its gaps: SS from the gap's production package, or FS from its last package when the chain
 *   has none. It carries the target's due date, tardiness weight and deadline.
 * - A gap with no lawful option gets no chain: it is listed in `blockedGaps` (with the rules that
 *   exclude its options) and the rest of the programme is still translated and planned.
 * - Objective: weighted tardiness of the targets, then completion (the latest target's start of
 *   volume production — what the plan reports, not the last work package's finish), then cost; a concentration
 *   penalty below one currency unit on the chain's first activity breaks cost ties in favour of
 *   the option that leaves the market less concentrated.
 */
import type { Activity, Mode, NonRenewableResource, Precedence, Problem } from "@chiproad/scheduler";
import type { CollaborationModel, Scenario } from "../scenario/index.ts";
import {
  type Calendar,
  createCalendar,
  periodAtOrAfter,
  periodAtOrBefore,
  periodsForDays,
} from "./calendar.ts";
import { date, list, type Message, msg, named, nested, ref, renderMessage, said } from "../messages/index.ts";
import type { BlockingDecision, Phase, RejectedOption } from "./plan.ts";
import { type GapInput, type OptionInput, optionKey } from "./planning-inputs.ts";
import { applyActuals } from "./actuals.ts";
import { buildResources, type ResourceModel } from "./resources.ts";
import { chainSlots, KIND_PHASE, type Slot, slotId, workPackageAt } from "./work-packages.ts";

export interface ActivityInfo {
  id: string;
  name: string;
  nameMessage: Message;
  role: "work-package" | "target" | "milestone";
  phase: Phase;
  kind: string;
  gapId: string;
  targetId: string;
}

export interface GapChain {
  gap: GapInput;
  /** Lawful options, in mode order. */
  options: OptionInput[];
  /** Activity indices of the chain, first to last. */
  activities: number[];
}

export interface TargetMilestone {
  targetId: string;
  activity: number;
}

/** The programme's completion in periods: the latest start of a target's volume production. */
export function completionPeriod(t: Pick<Translation, "targets">, starts: ArrayLike<number>): number {
  return t.targets.reduce((m, x) => Math.max(m, starts[x.activity]!), 0);
}

export interface Translation {
  /** The multi-mode problem WITHOUT the option-consistency resources (see `withOptionAlignment`). */
  problem: Problem;
  alignment: {
    resources: NonRenewableResource[];
    use: { activity: number; mode: number; resource: number; amount: number }[];
  };
  calendar: Calendar;
  info: ActivityInfo[];
  chains: GapChain[];
  targets: TargetMilestone[];
  rejected: RejectedOption[];
  resources: ResourceModel;
  /** Reasons found before solving that make every plan impossible. */
  blocked: Message[];
  /** Gaps with no lawful option: no chain; their targets cannot start volume production. */
  blockedGaps: BlockingDecision[];
  /** The programme's currency (ISO 4217), for every amount the planner writes. */
  currency: string;
  /**
   * Production lines: groups of chain indices that must take the same option (their option lists
   * are the same keys in the same order, so "the same option" is "the same index").
   */
  lines: { id: string; name: string; chains: number[] }[];
  /** Activities whose start the actuals fix (index → start period), see `applyActuals`. */
  pinned?: ReadonlyMap<number, number>;
  /** Money the actuals record as spent on those activities (paid as a fixed outflow, not drawn again). */
  recordedSpent?: ReadonlyMap<number, number>;
}

interface LinePlan {
  id: string;
  name: string;
  leader: string;
  /** Option keys lawful for every member, in the leader's order. */
  keys: string[];
}

/** Per gap in a production line: the line, its leader gap and the option keys that serve it whole. */
function planLines(
  scenario: Scenario,
  gaps: readonly GapInput[],
  options: readonly OptionInput[],
  models: ReadonlyMap<string, CollaborationModel>,
): Map<string, LinePlan> {
  const out = new Map<string, LinePlan>();
  const gapIds = new Set(gaps.map((g) => g.id));
  for (const target of scenario.targets) {
    for (const line of target.lines) {
      const members = line.inputs
        .filter((i) => !line.exceptions.includes(i))
        .map((i) => `${target.id}:${i}`)
        .filter((g) => gapIds.has(g));
      if (members.length < 2) continue;
      const ordered = gaps.filter((g) => members.includes(g.id)).map((g) => g.id);
      const lawfulKeys = (gapId: string) =>
        options
          .filter((o) => o.gapId === gapId && o.lawful && models.has(o.modelId))
          .map((o) => optionKey(o));
      const common = lawfulKeys(ordered[0]!).filter((k) => ordered.every((g) => lawfulKeys(g).includes(k)));
      for (const g of ordered)
        out.set(g, { id: line.id, name: line.name, leader: ordered[0]!, keys: common });
    }
  }
  return out;
}

const CONCENTRATION_PENALTY = 0.5;

function kindOf(info: ActivityInfo | undefined): string | undefined {
  return info?.kind;
}

function concentrationPenalty(hhi: number | undefined): number {
  if (hhi === undefined || !Number.isFinite(hhi)) return 0;
  const normalised = hhi > 1 ? hhi / 10_000 : hhi;
  return CONCENTRATION_PENALTY * Math.min(1, Math.max(0, normalised));
}

/**
 * The option's cost is the assessment's (offer cost factor included); it is spread over the work
 * packages in proportion to their node-scaled base cost.
 */
function costFactor(model: CollaborationModel, option: OptionInput, steps: number): number {
  const base = model.workPackages.reduce((s, wp) => s + wp.cost, 0) * (1 + model.costPerNodeStep * steps);
  return base > 0 ? option.cost / base : 1;
}

interface ModeContext {
  scenario: Scenario;
  cal: Calendar;
  res: ResourceModel;
  gap: GapInput;
  model: CollaborationModel;
  option: OptionInput;
}

function workPackageMode(ctx: ModeContext, slot: Slot, first: boolean, sharedNegotiation = false): Mode {
  const { model, res, gap, option } = ctx;
  if (sharedNegotiation && (slot.kind === "negotiate" || first)) {
    // A line member: the line's leader negotiates (and waits for the licence) for the whole line.
    if (slot.kind === "negotiate") {
      const mode: Mode = {
        duration: 0,
        renewable: new Array<number>(res.renewable.length).fill(0),
        nonRenewable: [],
        cost: 0,
        label: optionKey(option),
      };
      return res.budgets.length > 0 ? { ...mode, budget: [0] } : mode;
    }
    first = false;
  }
  const steps = option.nodeSteps ?? gap.generationsBehind?.nodes ?? 0;
  const wp = workPackageAt(model, slot);
  const renewable = new Array<number>(res.renewable.length).fill(0);
  let duration = 0;
  let spend = 0;
  if (wp) {
    duration = Math.ceil(wp.duration * (1 + model.durationPerNodeStep * steps));
    spend = Math.round(wp.cost * (1 + model.costPerNodeStep * steps) * costFactor(model, option, steps));
    const pool = wp.pool !== undefined ? res.poolIndex.get(wp.pool) : res.renewableKinds.indexOf("engineers");
    if (pool !== undefined && pool >= 0 && wp.engineers > 0) renewable[pool] = wp.engineers;
    const facility =
      wp.facility !== undefined
        ? res.facilityIndex.get(wp.facility)
        : res.renewableKinds.indexOf("cleanroom");
    if (facility !== undefined && facility >= 0 && wp.cleanroom > 0)
      renewable[facility] = Math.ceil(wp.cleanroom);
  }
  if (first) duration += periodsForDays(ctx.cal, option.licenceDelayDays);
  const mode: Mode = {
    duration,
    renewable,
    nonRenewable: [],
    cost: spend + (first ? concentrationPenalty(option.hhiAfter) : 0),
    label: optionKey(option),
  };
  return res.budgets.length > 0 ? { ...mode, budget: [spend] } : mode;
}

export function translate(
  scenario: Scenario,
  gaps: readonly GapInput[],
  options: readonly OptionInput[],
): Translation {
  const cal = createCalendar(scenario.program.startDate, scenario.program.timeUnit);
  const horizon = scenario.program.horizon;
  const res = buildResources(scenario, cal, horizon);
  const models = new Map(scenario.models.map((m) => [m.id, m]));
  const activities: Activity[] = [];
  const info: ActivityInfo[] = [];
  const precedences: Precedence[] = [];
  const nonRenewable: NonRenewableResource[] = [];
  const chains: GapChain[] = [];
  const rejected: RejectedOption[] = [];
  const blocked = [...res.blocked];
  const blockedGaps: BlockingDecision[] = [];
  // Alignment consumption, filled after all chains exist (the arrays need the final resource count).
  const alignment: { activity: number; mode: number; resource: number; amount: number }[] = [];
  const lines = planLines(scenario, gaps, options, models);
  const leaderFirst = new Map<string, number>();
  const lineChains = new Map<string, { id: string; name: string; chains: number[] }>();

  for (const gap of gaps) {
    const all = options.filter((o) => o.gapId === gap.id);
    const line = lines.get(gap.id);
    const lawfulAll = all.filter((o) => o.lawful && models.has(o.modelId));
    // In a production line only the options that serve the whole line remain, in one order.
    const lawful = line ? line.keys.flatMap((k) => lawfulAll.filter((o) => optionKey(o) === k)) : lawfulAll;
    if (line) {
      for (const o of lawfulAll) {
        if (line.keys.includes(optionKey(o))) continue;
        rejected.push({
          activity: `${gap.id}:negotiate`,
          gapId: gap.id,
          partner: o.partnerId,
          model: o.modelId,
          ...said(msg("rejected.notWholeLine", { line: ref("line", line.id, line.name) })),
        });
      }
    }
    const slots = chainSlots(lawful.map((o) => models.get(o.modelId)!));
    const firstId = slots[0] ? slotId(gap.id, slots[0]) : `${gap.id}:negotiate`;
    for (const o of all) {
      if (o.lawful) continue;
      const r: RejectedOption = {
        activity: firstId,
        gapId: gap.id,
        partner: o.partnerId,
        model: o.modelId,
        ...(o.message
          ? { reason: o.reason ?? renderMessage(o.message, "en"), message: o.message }
          : o.reason !== undefined
            ? { reason: o.reason, message: msg("common.verbatim", { text: o.reason }) }
            : said(msg("rejected.unlawful"))),
      };
      rejected.push(o.rule !== undefined ? { ...r, rule: o.rule } : r);
    }
    if (lawful.length === 0) {
      const rules = [...new Set(all.flatMap((o) => (o.rule !== undefined ? [o.rule] : [])))].sort();
      const input = ref("input", gap.inputId, gap.inputName);
      blockedGaps.push({
        gapId: gap.id,
        targetId: gap.targetId,
        inputName: gap.inputName,
        ...said(
          line && lawfulAll.length > 0
            ? msg("blocked.noWholeLine", { line: ref("line", line.id, line.name) })
            : all.length === 0
              ? msg("blocked.noOffer", { input, inputId: gap.inputId })
              : msg("blocked.allExcluded", {
                  input,
                  count: all.length,
                  rules: rules.length > 0 ? list(rules, "comma") : undefined,
                }),
        ),
        rules,
      });
      continue;
    }
    const chain: GapChain = { gap, options: lawful, activities: [] };
    const resourceBase = nonRenewable.length;
    if (slots.length > 1) {
      for (const o of lawful)
        nonRenewable.push({ id: `align:${gap.id}:${optionKey(o)}`, capacity: slots.length - 1 });
    }
    const member = line !== undefined && line.leader !== gap.id;
    slots.forEach((slot, s) => {
      const index = activities.length;
      const modes = lawful.map((option) =>
        workPackageMode(
          { scenario, cal, res, gap, model: models.get(option.modelId)!, option },
          slot,
          s === 0,
          member,
        ),
      );
      activities.push({ id: slotId(gap.id, slot), modes });
      info.push({
        id: slotId(gap.id, slot),
        ...named(
          msg("activity.workPackage", {
            kind: nested(msg(`workPackage.${slot.kind}`)),
            occurrence: slot.occurrence > 0 ? slot.occurrence + 1 : undefined,
            gap: ref("gap", gap.id, gap.inputName),
          }),
        ),
        role: "work-package",
        phase: KIND_PHASE[slot.kind],
        kind: slot.kind,
        gapId: gap.id,
        targetId: gap.targetId,
      });
      if (s > 0) precedences.push({ from: index - 1, to: index, type: "FS", lag: 0 });
      if (slots.length > 1) {
        lawful.forEach((_, o) => {
          if (s === 0) {
            lawful.forEach((__, other) => {
              if (other !== o) {
                alignment.push({
                  activity: index,
                  mode: o,
                  resource: resourceBase + other,
                  amount: slots.length - 1,
                });
              }
            });
          } else {
            alignment.push({ activity: index, mode: o, resource: resourceBase + o, amount: 1 });
          }
        });
      }
      chain.activities.push(index);
    });
    if (line) {
      const first = chain.activities[0]!;
      if (member) {
        const from = leaderFirst.get(line.id);
        if (from !== undefined) precedences.push({ from, to: first, type: "FS", lag: 0 });
      } else {
        leaderFirst.set(line.id, first);
      }
      const group = lineChains.get(line.id) ?? { id: line.id, name: line.name, chains: [] };
      group.chains.push(chains.length);
      lineChains.set(line.id, group);
    }
    chains.push(chain);
  }

  const targets: TargetMilestone[] = [];
  for (const target of scenario.targets) {
    const index = activities.length;
    const renewable = new Array<number>(res.renewable.length).fill(0);
    const mode: Mode = { duration: 0, renewable, nonRenewable: [], cost: 0, label: "milestone" };
    const activity: Activity = {
      id: `target:${target.id}`,
      modes: [res.budgets.length > 0 ? { ...mode, budget: [0] } : mode],
      dueDate: Math.max(0, periodAtOrBefore(cal, target.dueDate)),
      tardinessWeight: target.tardinessWeight,
    };
    if (target.deadline !== undefined) {
      const deadline = periodAtOrBefore(cal, target.deadline);
      if (deadline < 0)
        blocked.push(
          msg("blocked.deadlineBeforeStart", { target: target.id, deadline: date(target.deadline) }),
        );
      activities.push({ ...activity, deadline: Math.max(0, deadline) });
    } else {
      activities.push(activity);
    }
    info.push({
      id: `target:${target.id}`,
      ...named(msg("activity.targetStart", { target: ref("target", target.id, target.name) })),
      role: "target",
      phase: "localized-production",
      kind: "target",
      gapId: "",
      targetId: target.id,
    });
    for (const chain of chains) {
      const last = chain.activities[chain.activities.length - 1];
      if (chain.gap.targetId === target.id && last !== undefined) {
        // Volume production starts when the production package starts; a chain without one
        // (e.g. a licence-only model) delivers when its last package finishes.
        const type = kindOf(info[last]) === "production" ? "SS" : "FS";
        precedences.push({ from: last, to: index, type, lag: 0 });
      }
    }
    targets.push({ targetId: target.id, activity: index });
  }

  // Facility construction: fixed dates (release = deadline − duration), paid from the funds.
  for (const b of res.constructions) {
    const mode: Mode = {
      duration: b.duration,
      renewable: new Array<number>(res.renewable.length).fill(0),
      nonRenewable: [],
      cost: b.cost,
      label: "construction",
    };
    activities.push({
      id: `construction:${b.facilityId}`,
      modes: [res.budgets.length > 0 ? { ...mode, budget: [b.cost] } : mode],
      ...(b.start > 0 ? { release: b.start } : {}),
      deadline: b.start + b.duration,
    });
    info.push({
      id: `construction:${b.facilityId}`,
      ...named(msg("activity.named", { name: ref("facility", b.facilityId, b.name) })),
      role: "milestone",
      phase: "localized-production",
      kind: "construction",
      gapId: "",
      targetId: "",
    });
  }

  const milestoneIndex = new Map<string, number>();
  for (const m of scenario.milestones) {
    milestoneIndex.set(m.id, activities.length);
    const mode: Mode = {
      duration: m.duration,
      renewable: new Array<number>(res.renewable.length).fill(0),
      nonRenewable: [],
      cost: 0,
      label: "milestone",
    };
    const activity: Activity = {
      id: `milestone:${m.id}`,
      modes: [res.budgets.length > 0 ? { ...mode, budget: [0] } : mode],
    };
    const gate = res.gateDeadlines.get(m.id);
    activities.push({
      ...activity,
      ...(m.earliest !== undefined ? { release: periodAtOrAfter(cal, m.earliest) } : {}),
      ...(gate !== undefined ? { deadline: gate } : {}),
    });
    info.push({
      id: `milestone:${m.id}`,
      ...named(msg("activity.named", { name: ref("milestone", m.id, m.name) })),
      role: "milestone",
      phase: "market",
      kind: "milestone",
      gapId: "",
      targetId: "",
    });
  }
  for (const m of scenario.milestones) {
    for (const before of m.after) {
      const from = milestoneIndex.get(before);
      const to = milestoneIndex.get(m.id);
      if (from !== undefined && to !== undefined) precedences.push({ from, to, type: "FS", lag: 0 });
    }
    // Gated work: the first package of every gated gap starts after the milestone.
    const from = milestoneIndex.get(m.id)!;
    for (const chain of chains) {
      const gated = m.gates.includes(chain.gap.id) || m.gates.includes(chain.gap.targetId);
      const first = chain.activities[0];
      if (gated && first !== undefined) precedences.push({ from, to: first, type: "FS", lag: 0 });
    }
  }

  const problem: Problem = {
    name: scenario.program.id,
    activities,
    precedences,
    renewable: res.renewable,
    nonRenewable: [],
    budgets: res.budgets,
    objective: ["weightedTardiness", "completion", "cost"],
    horizon,
  };
  return applyActuals(scenario, {
    problem,
    alignment: { resources: nonRenewable, use: alignment },
    calendar: cal,
    info,
    chains,
    targets,
    rejected,
    resources: res,
    blocked,
    blockedGaps,
    currency: scenario.program.currency,
    lines: [...lineChains.values()].filter((l) => l.chains.length > 1),
  });
}

/**
 * The full multi-mode problem with the option-consistency resources filled in. Its mode arrays
 * are dense (gaps × options non-renewables per mode), so it is built on demand — for validation
 * in tests and for export — while the search works on the option-fixed sub-problems, where
 * consistency holds by construction.
 */
export function withOptionAlignment(t: Translation): Problem {
  const nN = t.alignment.resources.length;
  const dense = t.problem.activities.map((a) => a.modes.map(() => new Array<number>(nN).fill(0)));
  for (const e of t.alignment.use) dense[e.activity]![e.mode]![e.resource] = e.amount;
  return {
    ...t.problem,
    nonRenewable: t.alignment.resources,
    activities: t.problem.activities.map((a, i) => ({
      ...a,
      modes: a.modes.map((m, j) => ({ ...m, nonRenewable: dense[i]![j]! })),
    })),
  };
}
