import { randomUUID } from "node:crypto";
import { ChiproadError } from "@chiproad/data";
import { and, asc, eq, inArray } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import {
  type RESOLUTION_KINDS,
  type RESOLUTION_STATUSES,
  scenarios,
  workingGroupMeetings,
  workingGroupResolutions,
  workingGroups,
} from "./schema.ts";

export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export interface WorkingGroupMember {
  name: string;
  organisation: string;
  /** Their part in the group (chair, secretary, member, …). */
  role: string;
}

export interface WorkingGroupInput {
  name: string;
  mandate?: string | null;
  members: WorkingGroupMember[];
  sources?: string[];
}

export interface MeetingInput {
  /** YYYY-MM-DD. */
  heldOn: string;
  agenda: string;
  minutes?: string | null;
}

export interface Meeting extends Required<MeetingInput> {
  id: string;
  createdBy: string;
  createdAt: string;
}

export interface ResolutionInput {
  title: string;
  kind: ResolutionKind;
  status: ResolutionStatus;
  /** Who carries it out (a member's name or an organisation). */
  owner: string;
  dueOn?: string | null;
  /** The meeting that adopted or discussed it. */
  meetingId?: string | null;
}

export interface Resolution {
  id: string;
  title: string;
  kind: ResolutionKind;
  status: ResolutionStatus;
  owner: string;
  dueOn: string | null;
  meetingId: string | null;
  /** A decision brief was requested for the higher bodies (the brief itself is made elsewhere). */
  briefRequest: { at: string; by: string; note: string | null } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkingGroupRecord {
  id: string;
  scenarioId: string;
  name: string;
  mandate: string | null;
  members: WorkingGroupMember[];
  sources: string[];
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Oldest first. */
  meetings: Meeting[];
  resolutions: Resolution[];
}

export interface WorkingGroupRepository {
  create(scenarioId: string, input: WorkingGroupInput, actor: Actor): Promise<WorkingGroupRecord>;
  /** CONFLICT when `expectedVersion` is stale. */
  update(
    scenarioId: string,
    id: string,
    input: WorkingGroupInput,
    expectedVersion: number,
    actor: Actor,
  ): Promise<WorkingGroupRecord>;
  list(scenarioId: string): Promise<WorkingGroupRecord[]>;
  get(scenarioId: string, id: string): Promise<WorkingGroupRecord | undefined>;
  addMeeting(scenarioId: string, groupId: string, input: MeetingInput, actor: Actor): Promise<Meeting>;
  /** Records the agenda or minutes after the meeting. */
  updateMeeting(
    scenarioId: string,
    groupId: string,
    meetingId: string,
    input: MeetingInput,
    actor: Actor,
  ): Promise<Meeting>;
  addResolution(
    scenarioId: string,
    groupId: string,
    input: ResolutionInput,
    actor: Actor,
  ): Promise<Resolution>;
  updateResolution(
    scenarioId: string,
    groupId: string,
    resolutionId: string,
    input: ResolutionInput,
    actor: Actor,
  ): Promise<Resolution>;
  /** Stores a request for a decision brief; CONFLICT when one was already requested. */
  requestBrief(
    scenarioId: string,
    groupId: string,
    resolutionId: string,
    note: string | null,
    actor: Actor,
  ): Promise<Resolution>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(path: string, value: string): void {
  const ok = ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok)
    throw new ChiproadError("BAD_INPUT", `${path}: expected a date YYYY-MM-DD, got "${value}"`, {
      errors: [{ path, message: `expected a date YYYY-MM-DD, got "${value}"`, hint: "e.g. 2024-09-26" }],
    });
}

type Executor = Pick<Drizzle, "select" | "insert" | "update" | "delete" | "execute">;
type ResolutionRow = typeof workingGroupResolutions.$inferSelect;
type MeetingRow = typeof workingGroupMeetings.$inferSelect;

function toResolution(r: ResolutionRow): Resolution {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    owner: r.owner,
    dueOn: r.dueOn,
    meetingId: r.meetingId,
    briefRequest:
      r.briefRequestedAt && r.briefRequestedBy
        ? { at: r.briefRequestedAt.toISOString(), by: r.briefRequestedBy, note: r.briefRequestNote }
        : null,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function toMeeting(m: MeetingRow): Meeting {
  return {
    id: m.id,
    heldOn: m.heldOn,
    agenda: m.agenda,
    minutes: m.minutes,
    createdBy: m.createdBy,
    createdAt: m.createdAt.toISOString(),
  };
}

export function workingGroupRepository(db: Drizzle): WorkingGroupRepository {
  const groupPath = (scenarioId: string) => `GET /api/scenarios/${scenarioId}/working-groups`;

  async function group(tx: Executor, scenarioId: string, id: string, lock = false) {
    const query = tx
      .select()
      .from(workingGroups)
      .where(and(eq(workingGroups.id, id), eq(workingGroups.scenarioId, scenarioId)));
    const [row] = lock ? await query.for("update") : await query;
    if (!row)
      throw new ChiproadError(
        "NOT_FOUND",
        `working group "${id}" does not exist in scenario "${scenarioId}"; list them with ${groupPath(scenarioId)}`,
      );
    return row;
  }

  async function meetingOf(tx: Executor, scenarioId: string, groupId: string, meetingId: string) {
    const [row] = await tx
      .select()
      .from(workingGroupMeetings)
      .where(and(eq(workingGroupMeetings.id, meetingId), eq(workingGroupMeetings.groupId, groupId)));
    if (!row)
      throw new ChiproadError(
        "NOT_FOUND",
        `meeting "${meetingId}" is not a meeting of working group "${groupId}"; list them with ${groupPath(scenarioId)}`,
        { errors: [{ path: "meetingId", message: "no such meeting in this group" }] },
      );
    return row;
  }

  async function load(tx: Executor, rows: (typeof workingGroups.$inferSelect)[]) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    // Sequential: one transaction is one connection, which runs one query at a time.
    const [meetings, resolutions] = [
      await tx
        .select()
        .from(workingGroupMeetings)
        .where(inArray(workingGroupMeetings.groupId, ids))
        .orderBy(asc(workingGroupMeetings.heldOn), asc(workingGroupMeetings.createdAt)),
      await tx
        .select()
        .from(workingGroupResolutions)
        .where(inArray(workingGroupResolutions.groupId, ids))
        .orderBy(asc(workingGroupResolutions.createdAt), asc(workingGroupResolutions.id)),
    ];
    return rows.map(
      (r): WorkingGroupRecord => ({
        id: r.id,
        scenarioId: r.scenarioId,
        name: r.name,
        mandate: r.mandate,
        members: r.members as WorkingGroupMember[],
        sources: r.sources as string[],
        version: r.version,
        createdBy: r.createdBy,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        meetings: meetings.filter((m) => m.groupId === r.id).map(toMeeting),
        resolutions: resolutions.filter((x) => x.groupId === r.id).map(toResolution),
      }),
    );
  }

  async function checkResolution(tx: Executor, scenarioId: string, groupId: string, input: ResolutionInput) {
    if (input.dueOn) checkDate("dueOn", input.dueOn);
    if (input.meetingId) await meetingOf(tx, scenarioId, groupId, input.meetingId);
  }

  return {
    async create(scenarioId, input, actor) {
      return db.transaction(async (tx) => {
        const [found] = await tx
          .select({ id: scenarios.id })
          .from(scenarios)
          .where(eq(scenarios.id, scenarioId));
        if (!found)
          throw new ChiproadError(
            "NOT_FOUND",
            `scenario "${scenarioId}" does not exist; list them with GET /api/scenarios`,
          );
        const id = randomUUID();
        const [row] = await tx
          .insert(workingGroups)
          .values({
            id,
            scenarioId,
            name: input.name,
            mandate: input.mandate ?? null,
            members: input.members,
            sources: input.sources ?? [],
            createdBy: actor.user,
          })
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.create",
          targetType: "working-group",
          targetId: id,
          detail: { scenarioId, name: input.name, members: input.members.length },
        });
        return (await load(tx, [row!]))[0]!;
      });
    },

    async update(scenarioId, id, input, expectedVersion, actor) {
      return db.transaction(async (tx) => {
        const row = await group(tx, scenarioId, id, true);
        if (row.version !== expectedVersion)
          throw new ChiproadError(
            "CONFLICT",
            `working group "${id}" is at version ${row.version}, not ${expectedVersion}: someone saved it meanwhile; reload it and apply your change again`,
            { errors: [{ path: "version", message: `expected ${row.version}` }] },
          );
        const [updated] = await tx
          .update(workingGroups)
          .set({
            name: input.name,
            mandate: input.mandate ?? null,
            members: input.members,
            sources: input.sources ?? [],
            version: row.version + 1,
            updatedAt: new Date(),
          })
          .where(eq(workingGroups.id, id))
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.update",
          targetType: "working-group",
          targetId: id,
          detail: { scenarioId, version: row.version + 1 },
        });
        return (await load(tx, [updated!]))[0]!;
      });
    },

    async list(scenarioId) {
      const rows = await db
        .select()
        .from(workingGroups)
        .where(eq(workingGroups.scenarioId, scenarioId))
        .orderBy(asc(workingGroups.createdAt), asc(workingGroups.id));
      return load(db, rows);
    },

    async get(scenarioId, id) {
      const [row] = await db
        .select()
        .from(workingGroups)
        .where(and(eq(workingGroups.id, id), eq(workingGroups.scenarioId, scenarioId)));
      return row ? (await load(db, [row]))[0] : undefined;
    },

    async addMeeting(scenarioId, groupId, input, actor) {
      checkDate("heldOn", input.heldOn);
      return db.transaction(async (tx) => {
        await group(tx, scenarioId, groupId, true);
        const [row] = await tx
          .insert(workingGroupMeetings)
          .values({
            id: randomUUID(),
            groupId,
            heldOn: input.heldOn,
            agenda: input.agenda,
            minutes: input.minutes ?? null,
            createdBy: actor.user,
          })
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.meeting.add",
          targetType: "working-group",
          targetId: groupId,
          detail: { scenarioId, meeting: row!.id, heldOn: input.heldOn },
        });
        return toMeeting(row!);
      });
    },

    async updateMeeting(scenarioId, groupId, meetingId, input, actor) {
      checkDate("heldOn", input.heldOn);
      return db.transaction(async (tx) => {
        await group(tx, scenarioId, groupId, true);
        await meetingOf(tx, scenarioId, groupId, meetingId);
        const [row] = await tx
          .update(workingGroupMeetings)
          .set({ heldOn: input.heldOn, agenda: input.agenda, minutes: input.minutes ?? null })
          .where(eq(workingGroupMeetings.id, meetingId))
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.meeting.update",
          targetType: "working-group",
          targetId: groupId,
          detail: { scenarioId, meeting: meetingId, heldOn: input.heldOn, minutes: input.minutes != null },
        });
        return toMeeting(row!);
      });
    },

    async addResolution(scenarioId, groupId, input, actor) {
      return db.transaction(async (tx) => {
        await group(tx, scenarioId, groupId, true);
        await checkResolution(tx, scenarioId, groupId, input);
        const [row] = await tx
          .insert(workingGroupResolutions)
          .values({
            id: randomUUID(),
            groupId,
            meetingId: input.meetingId ?? null,
            title: input.title,
            kind: input.kind,
            status: input.status,
            owner: input.owner,
            dueOn: input.dueOn ?? null,
            createdBy: actor.user,
          })
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.resolution.add",
          targetType: "working-group",
          targetId: groupId,
          detail: { scenarioId, resolution: row!.id, kind: input.kind, status: input.status },
        });
        return toResolution(row!);
      });
    },

    async updateResolution(scenarioId, groupId, resolutionId, input, actor) {
      return db.transaction(async (tx) => {
        await group(tx, scenarioId, groupId, true);
        await checkResolution(tx, scenarioId, groupId, input);
        const [before] = await tx
          .select({ status: workingGroupResolutions.status })
          .from(workingGroupResolutions)
          .where(
            and(eq(workingGroupResolutions.id, resolutionId), eq(workingGroupResolutions.groupId, groupId)),
          );
        if (!before)
          throw new ChiproadError(
            "NOT_FOUND",
            `resolution "${resolutionId}" is not one of working group "${groupId}"; list them with ${groupPath(scenarioId)}`,
          );
        const [row] = await tx
          .update(workingGroupResolutions)
          .set({
            meetingId: input.meetingId ?? null,
            title: input.title,
            kind: input.kind,
            status: input.status,
            owner: input.owner,
            dueOn: input.dueOn ?? null,
            updatedAt: new Date(),
          })
          .where(eq(workingGroupResolutions.id, resolutionId))
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.resolution.update",
          targetType: "working-group",
          targetId: groupId,
          detail: { scenarioId, resolution: resolutionId, from: before.status, to: input.status },
        });
        return toResolution(row!);
      });
    },

    async requestBrief(scenarioId, groupId, resolutionId, note, actor) {
      return db.transaction(async (tx) => {
        await group(tx, scenarioId, groupId, true);
        const [existing] = await tx
          .select()
          .from(workingGroupResolutions)
          .where(
            and(eq(workingGroupResolutions.id, resolutionId), eq(workingGroupResolutions.groupId, groupId)),
          );
        if (!existing)
          throw new ChiproadError(
            "NOT_FOUND",
            `resolution "${resolutionId}" is not one of working group "${groupId}"; list them with ${groupPath(scenarioId)}`,
          );
        if (existing.briefRequestedAt)
          throw new ChiproadError(
            "CONFLICT",
            `a decision brief for "${existing.title}" was already requested on ${existing.briefRequestedAt.toISOString().slice(0, 10)}; it is being prepared`,
          );
        const [row] = await tx
          .update(workingGroupResolutions)
          .set({
            briefRequestedAt: new Date(),
            briefRequestedBy: actor.user,
            briefRequestNote: note,
            updatedAt: new Date(),
          })
          .where(eq(workingGroupResolutions.id, resolutionId))
          .returning();
        await appendAudit(tx, actor, {
          action: "working-group.brief.request",
          targetType: "working-group",
          targetId: groupId,
          detail: { scenarioId, resolution: resolutionId, note },
        });
        return toResolution(row!);
      });
    },
  };
}
