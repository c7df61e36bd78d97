import { basename } from "node:path";
import {
  type Actor,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  AGREEMENT_TRANSITIONS,
  type AgreementInput,
  type AgreementRecord,
  type Database,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
} from "@chiproad/db";
import { type FieldError, toIso3 } from "@chiproad/data";
import type { Scenario } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import {
  agreementPartyId,
  scenarioThreshold,
  screenAgreementParties,
} from "../monitoring/agreement-parties.ts";
import { requestError } from "../problem.ts";
import type { ReferenceProvider } from "../reference-data.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";
import { AlertSchema } from "./alerts.ts";

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD")
  .openapi({ example: "2024-09-26" });
const Slug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
    "letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
  );
const Text = (max: number) => z.string().trim().min(1).max(max);

export const AgreementKindSchema = z.enum(AGREEMENT_KINDS).openapi("AgreementKind", {
  description:
    "cooperation agreement, memorandum of understanding, joint-venture agreement, licence, supply contract",
});
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES).openapi("AgreementStatus");

const PartySchema = z
  .strictObject({
    id: Slug,
    name: Text(300),
    country: z.string().regex(/^[A-Z]{2,3}$/, "ISO 3166 alpha-2 or alpha-3, upper case"),
    origin: z.enum(["domestic", "foreign"]),
    kind: z.enum(["firm", "organisation"]),
    aliases: z.array(Text(300)).max(20).optional(),
  })
  .openapi("AgreementParty");

const ObligationSchema = z
  .strictObject({
    id: Slug,
    party: Slug.openapi({ description: "the id of the party that owes it" }),
    description: Text(2000),
    activityIds: z.array(z.string().min(1).max(200)).max(50).openapi({
      description:
        "roadmap activity ids: milestone:<milestone id> always; work packages (<gap>:<kind>) of the latest plan",
    }),
    due: IsoDate.optional(),
  })
  .openapi("AgreementObligation");

const AgreementInputSchema = z.strictObject({
  kind: AgreementKindSchema,
  title: Text(300),
  parties: z.array(PartySchema).min(1).max(50),
  obligations: z.array(ObligationSchema).max(200).default([]),
  notes: z.string().trim().max(5000).nullable().optional(),
  sources: z.array(Text(500)).max(50).optional(),
});

const CreateAgreementBody = AgreementInputSchema.extend({
  on: IsoDate.optional().openapi({ description: "the date the draft was opened; default today (UTC)" }),
}).openapi("CreateAgreement");
const UpdateAgreementBody = AgreementInputSchema.extend({
  version: z.number().int().min(1).openapi({ description: "the version this edit is based on" }),
}).openapi("UpdateAgreement");
const StatusBody = z
  .strictObject({
    to: AgreementStatusSchema,
    on: IsoDate.openapi({ description: "the date the change took effect" }),
    note: z.string().trim().max(2000).optional(),
  })
  .openapi("ChangeAgreementStatus");

const FlagSchema = z
  .object({
    partyId: z.string(),
    partyName: z.string(),
    list: z.string(),
    listVersion: z.string().openapi({ description: "the list's own release" }),
    datasetVersion: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "stored entity-list version; null = shipped samples" }),
    entityId: z.string(),
    entityName: z.string(),
    matchedName: z.string().openapi({ description: "the listed name or alias that matched" }),
    score: z.number(),
    threshold: z.number(),
    screenedAt: z.string(),
  })
  .openapi("AgreementFlag");

const DocumentSchema = z
  .object({
    id: z.string(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    uploadedAt: z.string(),
  })
  .openapi("AgreementDocument");

export const AgreementSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    kind: AgreementKindSchema,
    title: z.string(),
    status: AgreementStatusSchema,
    nextStatuses: z.array(AgreementStatusSchema).openapi({ description: "the statuses it may move to" }),
    parties: z.array(PartySchema),
    obligations: z.array(ObligationSchema),
    notes: z.string().nullable(),
    sources: z.array(z.string()),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    history: z.array(
      z.object({
        seq: z.number().int(),
        from: AgreementStatusSchema.nullable(),
        to: AgreementStatusSchema,
        on: z.string(),
        note: z.string().nullable(),
        changedBy: z.string(),
        changedAt: z.string(),
      }),
    ),
    flags: z.array(FlagSchema).openapi({ description: "parties' list hits when the agreement was saved" }),
    alerts: z
      .array(AlertSchema)
      .openapi({ description: "open re-screening alerts for its parties (new list versions since)" }),
    documents: z.array(DocumentSchema),
  })
  .openapi("Agreement");

const AgreementParams = IdParam.extend({
  agreementId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "agreementId", in: "path" } }),
});
const DocumentParams = AgreementParams.extend({
  documentId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "documentId", in: "path" } }),
});

const binary = { schema: { type: "string" as const, format: "binary" } };
const DOCUMENT_BODY = {
  required: false,
  description: `the document as the raw body (≤ ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB), its media type in Content-Type`,
  // Plain OpenAPI schemas: no body validator runs; the storage layer checks size and media type.
  content: Object.fromEntries(DOCUMENT_CONTENT_TYPES.map((t) => [t, binary])),
};

function isCalendarDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** Activity ids an obligation may name: every milestone, and the latest plan's activities. */
async function knownActivities(db: Database, scenarioId: string, scenario: Scenario | undefined) {
  const ids = new Set((scenario?.milestones ?? []).map((m) => `milestone:${m.id}`));
  const plan = await db.plans.latest(scenarioId, "plan");
  const activities = (plan?.result as { activities?: { id?: unknown }[] } | undefined)?.activities ?? [];
  for (const a of activities) if (typeof a.id === "string") ids.add(a.id);
  return { ids, planned: plan !== undefined };
}

/** Cross-field checks zod cannot make: unique ids, obligations owed by a party, activities that exist. */
async function checkAgreement(
  db: Database,
  scenarioId: string,
  scenario: Scenario | undefined,
  input: AgreementInput,
) {
  const errors: FieldError[] = [];
  const duplicates = (items: { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        errors.push({
          path: `${path}[${i}].id`,
          message: `"${item.id}" is used twice`,
          hint: "give each a unique id",
        });
      seen.add(item.id);
    });
  };
  duplicates(input.parties, "parties");
  // Domestic means the programme's own country: the two answers must agree.
  const home = scenario?.program?.country ? toIso3(scenario.program.country) : undefined;
  input.parties.forEach((p, i) => {
    const iso3 = toIso3(p.country);
    if (!iso3) {
      errors.push({
        path: `parties[${i}].country`,
        message: `"${p.country}" names no country`,
        hint: "an ISO 3166 alpha-2 or alpha-3 code, e.g. CN or CHN",
      });
      return;
    }
    const origin = iso3 === home ? "domestic" : "foreign";
    if (home && p.origin !== origin)
      errors.push({
        path: `parties[${i}].origin`,
        message: `"${p.origin}" does not fit ${iso3}: the programme's country is ${home}`,
        hint: `"${origin}"`,
      });
  });
  duplicates(input.obligations, "obligations");
  const parties = new Set(input.parties.map((p) => p.id));
  const { ids, planned } = await knownActivities(db, scenarioId, scenario);
  input.obligations.forEach((o, i) => {
    if (!parties.has(o.party))
      errors.push({
        path: `obligations[${i}].party`,
        message: `"${o.party}" is not one of the agreement's parties`,
        hint: `one of ${[...parties].join(", ")}`,
      });
    if (o.due && !isCalendarDate(o.due))
      errors.push({
        path: `obligations[${i}].due`,
        message: `"${o.due}" is not a calendar date`,
        hint: "YYYY-MM-DD",
      });
    o.activityIds.forEach((a, j) => {
      if (!ids.has(a))
        errors.push({
          path: `obligations[${i}].activityIds[${j}]`,
          message: `"${a}" is not an activity of this programme's roadmap`,
          hint: planned
            ? `milestones are milestone:<id>; the latest plan's activities are listed by GET /api/scenarios/${scenarioId}/plans/latest`
            : `milestones are milestone:<id> (${[...ids].join(", ") || "none"}); run a plan to link work packages`,
        });
    });
  });
  if (errors.length > 0)
    throw requestError("BAD_INPUT", errors.map((e) => `${e.path}: ${e.message}`).join("; "), {
      status: 422,
      errors,
    });
}

/** The agreement as the API answers it: its allowed next statuses and its parties' open alerts. */
async function present(db: Database, agreements: AgreementRecord[], scenarioId: string) {
  const open = await db.alerts.list({ scenarioId, status: "open", partySource: "agreement", limit: 5000 });
  return agreements.map((a) => ({
    ...a,
    nextStatuses: [...AGREEMENT_TRANSITIONS[a.status]],
    alerts: open.filter((x) => a.parties.some((p) => x.partyId === agreementPartyId(a.id, p.id))),
  }));
}

async function screened(reference: ReferenceProvider, scenario: Scenario | undefined, input: AgreementInput) {
  const bundle = await reference.bundle();
  return screenAgreementParties(
    input.parties,
    bundle.screening,
    bundle.entitiesVersion,
    scenarioThreshold(scenario),
  );
}

/**
 * Registers an agreement as a draft: cross-field checks, screening of every party, one transaction.
 * The API's create route and the example programmes' seeding both come here.
 */
export async function registerAgreement(
  deps: Pick<AppDeps, "db" | "reference">,
  scenarioId: string,
  input: AgreementInput,
  on: string,
  actor: Actor,
): Promise<AgreementRecord> {
  const scenario = (await deps.db.scenarios.get(scenarioId))?.parsed as Scenario | undefined;
  await checkAgreement(deps.db, scenarioId, scenario, input);
  const flags = await screened(deps.reference, scenario, input);
  return deps.db.agreements.create(scenarioId, input, flags, on, actor);
}

function notFound(scenarioId: string, agreementId: string) {
  return requestError(
    "NOT_FOUND",
    `agreement "${agreementId}" does not exist in scenario "${scenarioId}"; list them with GET /api/scenarios/${scenarioId}/agreements`,
  );
}

function toInput(body: z.infer<typeof AgreementInputSchema>): AgreementInput {
  const input: AgreementInput = {
    kind: body.kind,
    title: body.title,
    parties: body.parties.map(({ aliases, ...p }) => (aliases?.length ? { ...p, aliases } : p)),
    obligations: body.obligations.map(({ due, ...o }) => (due ? { ...o, due } : o)),
    notes: body.notes ? body.notes : null,
  };
  if (body.sources) input.sources = body.sources;
  return input;
}

/**
 * The agreements register of a programme (issue 13). Reads need viewer, writes analyst, on that
 * programme (operations.ts, scope "scenario"); every write is audited in its own transaction.
 */
export function agreementRoutes(app: Api, { db, reference }: AppDeps): void {
  const scenarioOf = async (id: string) => (await db.scenarios.get(id))?.parsed as Scenario | undefined;

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/agreements",
      tags: ["agreements"],
      summary: "The programme's agreements register, oldest first, with screening flags and open alerts",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(AgreementSchema), "agreements"), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await present(db, await db.agreements.list(id), id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/agreements",
      tags: ["agreements"],
      summary: "Register an agreement as a draft; every party is screened against the current lists",
      request: { params: IdParam, body: jsonBody(CreateAgreementBody) },
      responses: {
        201: jsonResponse(AgreementSchema, "the stored draft"),
        ...problems(400, 401, 403, 404, 422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { on, ...body } = c.req.valid("json");
      const created = await registerAgreement(
        { db, reference },
        id,
        toInput(body),
        on ?? new Date().toISOString().slice(0, 10),
        actorOf(c),
      );
      return c.json((await present(db, [created], id))[0]!, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/agreements/{agreementId}",
      tags: ["agreements"],
      summary: "One agreement",
      request: { params: AgreementParams },
      responses: { 200: jsonResponse(AgreementSchema, "the agreement"), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { id, agreementId } = c.req.valid("param");
      const found = await db.agreements.get(id, agreementId);
      if (!found) throw notFound(id, agreementId);
      return c.json((await present(db, [found], id))[0]!, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/scenarios/{id}/agreements/{agreementId}",
      tags: ["agreements"],
      summary: "Save an edited agreement (stale `version` → 409); its parties are screened again",
      request: { params: AgreementParams, body: jsonBody(UpdateAgreementBody) },
      responses: {
        200: jsonResponse(AgreementSchema, "the saved agreement"),
        ...problems(400, 401, 403, 404, 409, 422),
      },
    }),
    async (c) => {
      const { id, agreementId } = c.req.valid("param");
      const { version, ...body } = c.req.valid("json");
      if (!(await db.agreements.get(id, agreementId))) throw notFound(id, agreementId);
      const scenario = await scenarioOf(id);
      const input = toInput(body);
      await checkAgreement(db, id, scenario, input);
      const flags = await screened(reference, scenario, input);
      const saved = await db.agreements.update(id, agreementId, input, version, flags, actorOf(c));
      return c.json((await present(db, [saved], id))[0]!, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/agreements/{agreementId}/status",
      tags: ["agreements"],
      summary:
        "Move along the lifecycle draft → negotiating → signed → in-force → expired, or terminated from negotiating, signed or in-force (other changes → 409, nothing stored)",
      request: { params: AgreementParams, body: jsonBody(StatusBody) },
      responses: {
        200: jsonResponse(AgreementSchema, "the agreement in its new status"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, agreementId } = c.req.valid("param");
      const { to, on, note } = c.req.valid("json");
      const moved = await db.agreements.transition(
        id,
        agreementId,
        { to, on, note: note ?? null },
        actorOf(c),
      );
      return c.json((await present(db, [moved], id))[0]!, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/agreements/{agreementId}/documents",
      tags: ["agreements"],
      summary: `Attach a document (PDF, Word, ODT, text, PNG, JPEG; ≤ ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB), stored in the database with its SHA-256`,
      request: {
        params: AgreementParams,
        query: z.object({ filename: z.string().trim().min(1).max(200) }),
        body: DOCUMENT_BODY,
      },
      responses: {
        201: jsonResponse(DocumentSchema, "the stored document's metadata"),
        ...problems(400, 401, 403, 404, 413),
      },
    }),
    async (c) => {
      const { id, agreementId } = c.req.valid("param");
      const { filename } = c.req.valid("query");
      const contentType = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      const content = new Uint8Array(await c.req.arrayBuffer());
      const doc = await db.agreements.addDocument(
        id,
        agreementId,
        { filename: basename(filename.replaceAll("\\", "/")), contentType, content },
        actorOf(c),
      );
      return c.json(doc, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/agreements/{agreementId}/documents/{documentId}",
      tags: ["agreements"],
      summary:
        "Download an attached document (its bytes, with its media type and an X-Content-SHA256 header)",
      request: { params: DocumentParams },
      responses: {
        200: {
          description: "the document",
          content: Object.fromEntries(DOCUMENT_CONTENT_TYPES.map((t) => [t, binary])),
        },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => {
      const { id, agreementId, documentId } = c.req.valid("param");
      const doc = await db.agreements.document(id, agreementId, documentId);
      if (!doc)
        throw requestError(
          "NOT_FOUND",
          `document "${documentId}" is not attached to agreement "${agreementId}"; list them with GET /api/scenarios/${id}/agreements/${agreementId}`,
        );
      c.header("content-type", doc.contentType);
      c.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
      c.header("x-content-sha256", doc.sha256);
      return c.body(doc.content as Uint8Array<ArrayBuffer>, 200) as never;
    },
  );
}
