import type { RejectedOption } from "../../api/types.ts";

export interface RejectedGroup {
  partner: string;
  model: string;
  rule: string;
  reason: string;
  /** The domain message of the reason (absent in plans stored before messages existed). */
  message?: RejectedOption["message"];
  /** The gaps the option was rejected for. */
  gaps: string[];
  /** The activities (gaps' work packages) the option was rejected for. */
  activities: string[];
}

/**
 * One row per partner × model × deciding rule: the planner rejects an option once per gap it could
 * close, with the same reason each time, so the reason is shown once with the gaps it applies to.
 */
export function groupRejected(rejected: RejectedOption[]): RejectedGroup[] {
  const groups = new Map<string, RejectedGroup>();
  for (const r of rejected) {
    const key = JSON.stringify([r.partner ?? "", r.model ?? "", r.rule ?? "", r.reason]);
    const group = groups.get(key) ?? {
      partner: r.partner ?? "",
      model: r.model ?? "",
      rule: r.rule ?? "",
      reason: r.reason,
      ...(r.message ? { message: r.message } : {}),
      gaps: [],
      activities: [],
    };
    if (r.gapId && !group.gaps.includes(r.gapId)) group.gaps.push(r.gapId);
    if (r.activity && !group.activities.includes(r.activity)) group.activities.push(r.activity);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.partner.localeCompare(b.partner) || a.model.localeCompare(b.model) || a.rule.localeCompare(b.rule),
  );
}
