import {
  RESOLUTION_KINDS,
  RESOLUTION_STATUSES,
  type ResolutionInput,
  type WorkingGroupInput,
} from "@chiproad/db";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD")
  .openapi({ example: "2024-10-15" });
const Text = (max: number) => z.string().trim().min(1).max(max);

const MemberSchema = z
  .strictObject({ name: Text(200), organisation: Text(300), role: Text(100) })
  .openapi("WorkingGroupMember");

const GroupBody = z.strictObject({
  name: Text(300),
  mandate: z.string().trim().max(5000).nullable().optional(),
  members: z.array(MemberSchema).max(100),
  sources: z.array(Text(500)).max(50).optional(),
});
const CreateGroupBody = GroupBody.openapi("CreateWorkingGroup");
const UpdateGroupBody = GroupBody.extend({ version: z.number().int().min(1) }).openapi("UpdateWorkingGroup");

const MeetingBody = z
  .strictObject({
    heldOn: IsoDate,
    agenda: Text(5000),
    minutes: z.string().trim().max(20000).nullable().optional(),
  })
  .openapi("MeetingInput");
const MeetingSchema = z
  .object({
    id: z.string(),
    heldOn: z.string(),
    agenda: z.string(),
    minutes: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("Meeting");

export const ResolutionStatusSchema = z.enum(RESOLUTION_STATUSES).openapi("ResolutionStatus");
const ResolutionBody = z
  .strictObject({
    title: Text(1000),
    kind: z.enum(RESOLUTION_KINDS),
    status: ResolutionStatusSchema,
    owner: Text(300).openapi({ description: "who carries it out: a member or an organisation" }),
    dueOn: IsoDate.nullable().optional(),
    meetingId: z.string().min(1).max(200).nullable().optional(),
  })
  .openapi("ResolutionInput");
const ResolutionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(RESOLUTION_KINDS),
    status: ResolutionStatusSchema,
    owner: z.string(),
    dueOn: z.string().nullable(),
    meetingId: z.string().nullable(),
    briefRequest: z
      .object({ at: z.string(), by: z.string(), note: z.string().nullable() })
      .nullable()
      .openapi({ description: "a decision brief requested for the higher bodies" }),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Resolution");

export const WorkingGroupSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    name: z.string(),
    mandate: z.string().nullable(),
    members: z.array(MemberSchema),
    sources: z.array(z.string()),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    meetings: z.array(MeetingSchema),
    resolutions: z.array(ResolutionSchema),
  })
  .openapi("WorkingGroup");

const pathParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: "path" } });
const GroupParams = IdParam.extend({ groupId: pathParam("groupId") });
const MeetingParams = GroupParams.extend({ meetingId: pathParam("meetingId") });
const ResolutionParams = GroupParams.extend({ resolutionId: pathParam("resolutionId") });
const BriefBody = z
  .strictObject({ note: z.string().trim().max(2000).optional() })
  .openapi("RequestDecisionBrief");

function toGroup(body: z.infer<typeof GroupBody>): WorkingGroupInput {
  const input: WorkingGroupInput = {
    name: body.name,
    mandate: body.mandate ? body.mandate : null,
    members: body.members,
  };
  if (body.sources) input.sources = body.sources;
  return input;
}

function toResolution(body: z.infer<typeof ResolutionBody>): ResolutionInput {
  return {
    title: body.title,
    kind: body.kind,
    status: body.status,
    owner: body.owner,
    dueOn: body.dueOn ?? null,
    meetingId: body.meetingId ?? null,
  };
}

/**
 * Working groups of a programme (issue 13): members, meetings with agenda and minutes, decisions and
 * resolutions with status and owner, and a stored request for a decision brief. Reads need viewer,
 * writes analyst, on that programme; every write is audited.
 */
export function workingGroupRoutes(app: Api, { db }: AppDeps): void {
  const tags = ["working groups"];
  const base = "/api/scenarios/{id}/working-groups";

  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      summary: "The programme's working groups with their meetings and resolutions",
      request: { params: IdParam },
      responses: {
        200: jsonResponse(z.array(WorkingGroupSchema), "working groups"),
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await db.workingGroups.list(c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      summary: "Set up a working group",
      request: { params: IdParam, body: jsonBody(CreateGroupBody) },
      responses: { 201: jsonResponse(WorkingGroupSchema, "the group"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await db.workingGroups.create(id, toGroup(c.req.valid("json")), actorOf(c)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{groupId}`,
      tags,
      summary: "One working group",
      request: { params: GroupParams },
      responses: { 200: jsonResponse(WorkingGroupSchema, "the group"), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid("param");
      const group = await db.workingGroups.get(id, groupId);
      if (!group)
        throw requestError(
          "NOT_FOUND",
          `working group "${groupId}" does not exist in scenario "${id}"; list them with GET /api/scenarios/${id}/working-groups`,
        );
      return c.json(group, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/{groupId}`,
      tags,
      summary: "Save the group's name, mandate and members (stale `version` → 409)",
      request: { params: GroupParams, body: jsonBody(UpdateGroupBody) },
      responses: { 200: jsonResponse(WorkingGroupSchema, "the group"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid("param");
      const { version, ...body } = c.req.valid("json");
      return c.json(await db.workingGroups.update(id, groupId, toGroup(body), version, actorOf(c)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{groupId}/meetings`,
      tags,
      summary: "Record a meeting (date, agenda, minutes when known)",
      request: { params: GroupParams, body: jsonBody(MeetingBody) },
      responses: { 201: jsonResponse(MeetingSchema, "the meeting"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid("param");
      const b = c.req.valid("json");
      return c.json(
        await db.workingGroups.addMeeting(
          id,
          groupId,
          { heldOn: b.heldOn, agenda: b.agenda, minutes: b.minutes ? b.minutes : null },
          actorOf(c),
        ),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/{groupId}/meetings/{meetingId}`,
      tags,
      summary: "Correct a meeting's date or agenda, or record its minutes",
      request: { params: MeetingParams, body: jsonBody(MeetingBody) },
      responses: { 200: jsonResponse(MeetingSchema, "the meeting"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, groupId, meetingId } = c.req.valid("param");
      const b = c.req.valid("json");
      return c.json(
        await db.workingGroups.updateMeeting(
          id,
          groupId,
          meetingId,
          { heldOn: b.heldOn, agenda: b.agenda, minutes: b.minutes ? b.minutes : null },
          actorOf(c),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{groupId}/resolutions`,
      tags,
      summary: "Record a decision or resolution with its status and owner",
      request: { params: GroupParams, body: jsonBody(ResolutionBody) },
      responses: { 201: jsonResponse(ResolutionSchema, "the resolution"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid("param");
      return c.json(
        await db.workingGroups.addResolution(id, groupId, toResolution(c.req.valid("json")), actorOf(c)),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/{groupId}/resolutions/{resolutionId}`,
      tags,
      summary: "Change a resolution's status, owner, due date or text",
      request: { params: ResolutionParams, body: jsonBody(ResolutionBody) },
      responses: { 200: jsonResponse(ResolutionSchema, "the resolution"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, groupId, resolutionId } = c.req.valid("param");
      return c.json(
        await db.workingGroups.updateResolution(
          id,
          groupId,
          resolutionId,
          toResolution(c.req.valid("json")),
          actorOf(c),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{groupId}/resolutions/{resolutionId}/brief-request`,
      tags,
      summary:
        "Request a decision brief for the higher bodies on this resolution (stored; the brief is prepared separately; twice → 409)",
      request: { params: ResolutionParams, body: jsonBody(BriefBody) },
      responses: {
        200: jsonResponse(ResolutionSchema, "the resolution"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, groupId, resolutionId } = c.req.valid("param");
      const { note } = c.req.valid("json");
      return c.json(
        await db.workingGroups.requestBrief(id, groupId, resolutionId, note ? note : null, actorOf(c)),
        200,
      );
    },
  );
}
