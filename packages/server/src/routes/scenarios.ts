import { createRoute, z } from "@hono/zod-openapi";
import { actorOf, principalOf, scenarioHeadOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { ReadCache } from "../read-cache.ts";
import { detectFormat, parseScenarioContent } from "../scenario-input.ts";
import {
  IdParam,
  jsonBody,
  jsonResponse,
  problems,
  ScenarioIssueSchema,
  ScenarioSchema,
  ScenarioSummarySchema,
} from "../schemas.ts";
import type { ScenarioRecord, ScenarioSummary } from "@chiproad/db";
import { displayNamesOf, displayNameTable, type Scenario } from "@chiproad/domain";
import { jsonText, reportCache } from "./report-cache.ts";

const Content = z.string().min(1, "content is empty: send the scenario's YAML or JSON text").max(1_000_000);
const Format = z.enum(["yaml", "json"]).optional();

const CreateBody = z
  .object({ name: z.string().min(1).max(200).optional(), content: Content, format: Format })
  .openapi("CreateScenario");
const UpdateBody = z
  .object({
    content: Content,
    name: z.string().min(1).max(200).optional(),
    format: Format,
    version: z.number().int().positive().optional(),
  })
  .openapi("UpdateScenario");
const VersionParams = IdParam.extend({
  v: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: "v", in: "path" } }),
});
const VersionSummary = z
  .object({
    version: z.number().int(),
    name: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .openapi("ScenarioVersion");

/** The scenario moved to a newer version between reading its number and its content. */
class MovedOn extends Error {}

function view(r: ScenarioRecord) {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    country: r.country,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    content: r.content,
    format: r.format,
    ...(r.parsed
      ? { scenario: r.parsed as Scenario, names: displayNameTable(displayNamesOf(r.parsed as Scenario)) }
      : {}),
    createdBy: r.createdBy,
  };
}

/**
 * Whether a Prefer header (RFC 7240) asks for `return=minimal`: preferences separated by commas,
 * names case-insensitive, the value bare or quoted, parameters after `;` ignored. A preference the
 * server does not know is not applied; the answer's Preference-Applied says which one was.
 */
export function prefersMinimal(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(",").some((pref) => {
    const [name, value] = (pref.split(";")[0] ?? "").split("=").map((s) => s.trim());
    return name?.toLowerCase() === "return" && value?.replace(/^"(.*)"$/, "$1").toLowerCase() === "minimal";
  });
}

/** `"3"`, `W/"3"` or `3` → 3. */
function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!m) {
    throw requestError(
      "BAD_INPUT",
      `If-Match "${header}" is not a scenario version; send the ETag you read, e.g. "3"`,
      {
        errors: [{ path: "header:If-Match", message: 'expected a quoted version number such as "3"' }],
      },
    );
  }
  return Number(m[1]);
}

export function scenarioRoutes(app: Api, { db }: AppDeps): void {
  // The programme list and who may not see which, kept while no change is announced (../read-cache.ts).
  const listed = new ReadCache<ScenarioSummary[]>(db.changes);
  const hidden = new ReadCache<Set<string>>(db.changes);
  const list = () => listed.get("") ?? listed.load("", () => db.scenarios.list());
  const hiddenFrom = (userId: string) =>
    hidden.get(userId) ?? hidden.load(userId, () => db.programmes.hiddenFrom(userId));
  const views = reportCache(200);
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios",
      tags: ["scenarios"],
      summary:
        "List the scenarios you may read (current versions; restricted ones only to members and admins)",
      responses: {
        200: jsonResponse(z.array(ScenarioSummarySchema), "scenarios, most recently saved first"),
      },
    }),
    async (c) => {
      const p = principalOf(c);
      if (p.accountRole === "admin") return c.json(await list(), 200);
      // Two independent reads, asked at once.
      const [all, unseen] = await Promise.all([list(), hiddenFrom(p.userId)]);
      return c.json(
        all.filter((s) => !unseen.has(s.id)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios",
      tags: ["scenarios"],
      summary: "Create a scenario from YAML or JSON text (validated; nothing stored when invalid)",
      request: { body: jsonBody(CreateBody) },
      responses: {
        201: jsonResponse(ScenarioSchema, "the stored scenario, version 1"),
        ...problems(400, 403, 413, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const scenario = parseScenarioContent(body.content, body.name ?? "scenario");
      const record = await db.scenarios.create(
        {
          name: body.name ?? scenario.program.name,
          content: body.content,
          format: detectFormat(body.content, body.format),
          parsed: scenario,
          country: scenario.program.country,
        },
        actorOf(c),
      );
      c.header("ETag", `"${record.version}"`);
      c.header("Location", `/api/scenarios/${record.id}`);
      return c.json(view(record), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}",
      tags: ["scenarios"],
      summary: "Read a scenario's current version (ETag = version)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(ScenarioSchema, "the scenario"), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const head = scenarioHeadOf(c, id) ?? (await db.scenarios.head(id));
      if (!head)
        throw requestError("NOT_FOUND", `scenario "${id}" does not exist; list them with GET /api/scenarios`);
      // A version never changes once saved, so its answer is serialized once; a save landing between
      // the two reads is served as it is read, uncached.
      const body = await views(`${id}|${head.version}`, async () => {
        const record = await db.scenarios.get(id);
        if (record?.version !== head.version) throw new MovedOn();
        return JSON.stringify(view(record));
      }).catch(async (error: unknown) => {
        if (!(error instanceof MovedOn)) throw error;
        return null;
      });
      if (body !== null) return jsonText(c, body, { ETag: `"${head.version}"` });
      const record = await db.scenarios.get(id);
      if (!record)
        throw requestError("NOT_FOUND", `scenario "${id}" does not exist; list them with GET /api/scenarios`);
      c.header("ETag", `"${record.version}"`);
      return c.json(view(record), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/scenarios/{id}",
      tags: ["scenarios"],
      summary: "Save a new version (optimistic concurrency: If-Match or body.version; stale → 409)",
      request: {
        params: IdParam,
        headers: z.object({
          "if-match": z.string().optional(),
          prefer: z.string().optional().openapi({
            description: "`return=minimal`: answer 204 with the new version in ETag and no body (RFC 7240)",
          }),
        }),
        body: jsonBody(UpdateBody),
      },
      responses: {
        200: jsonResponse(ScenarioSchema, "the new version"),
        204: {
          description:
            "saved, with `Prefer: return=minimal`: the new version is in ETag, `Preference-Applied: return=minimal`",
        },
        ...problems(400, 403, 404, 409, 413, 422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const expected = parseIfMatch(c.req.header("if-match")) ?? body.version;
      if (expected === undefined) {
        throw requestError(
          "BAD_INPUT",
          'say which version you edited: send If-Match: "<version>" or body.version',
          {
            errors: [
              { path: "header:If-Match", message: "missing; use the ETag from GET /api/scenarios/{id}" },
            ],
          },
        );
      }
      const current = scenarioHeadOf(c, id) ?? (await db.scenarios.head(id));
      if (!current)
        throw requestError("NOT_FOUND", `scenario "${id}" does not exist; list them with GET /api/scenarios`);
      const scenario = parseScenarioContent(body.content, body.name ?? current.name);
      const record = await db.scenarios.update(
        id,
        {
          ...(body.name !== undefined ? { name: body.name } : {}),
          content: body.content,
          format: detectFormat(body.content, body.format),
          parsed: scenario,
          country: scenario.program.country,
        },
        expected,
        actorOf(c),
      );
      c.header("ETag", `"${record.version}"`);
      if (prefersMinimal(c.req.header("prefer"))) {
        c.header("Preference-Applied", "return=minimal");
        return c.body(null, 204);
      }
      return c.json(view(record), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/versions",
      tags: ["scenarios"],
      summary: "Version history (every save is kept)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(VersionSummary), "versions, oldest first"), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const versions = await db.scenarios.versions(id);
      if (!versions) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
      return c.json(versions, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/versions/{v}",
      tags: ["scenarios"],
      summary: "Read one stored version",
      request: { params: VersionParams },
      responses: { 200: jsonResponse(ScenarioSchema, "that version"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id, v } = c.req.valid("param");
      const record = await db.scenarios.getVersion(id, v);
      if (!record) throw requestError("NOT_FOUND", `scenario "${id}" has no version ${v}`);
      c.header("ETag", `"${record.version}"`);
      return c.json(view(record), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/validate",
      tags: ["scenarios"],
      summary: "Validate scenario text without storing it",
      request: { body: jsonBody(z.object({ content: z.string(), file: z.string().optional() })) },
      responses: {
        200: jsonResponse(
          z.object({ ok: z.boolean(), issues: z.array(ScenarioIssueSchema) }).openapi("ValidationResult"),
          "validation result",
        ),
        ...problems(400, 413),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      try {
        parseScenarioContent(body.content, body.file ?? "scenario");
        return c.json({ ok: true, issues: [] }, 200);
      } catch (error) {
        const issues = (error as { issues?: unknown }).issues;
        if (!Array.isArray(issues)) throw error;
        return c.json({ ok: false, issues: issues as z.infer<typeof ScenarioIssueSchema>[] }, 200);
      }
    },
  );
}
