import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, sep } from "node:path";
import { type Entity, importTradeFile, listVersions, loadEntities, loadSampleEntities } from "@chiproad/data";
import type { DatasetKind } from "@chiproad/db";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { actorOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { findUnsafeText } from "../edge/unsafe-text.ts";
import { ENTITIES_DATASET, rescreenMonitor } from "../monitoring/rescreen.ts";
import { requestError } from "../problem.ts";
import { jsonResponse, problems } from "../schemas.ts";

const DatasetVersionSchema = z
  .object({
    datasetId: z.string(),
    kind: z.enum(["trade", "entities"]),
    version: z.number().int(),
    source: z.string(),
    filename: z.string().nullable(),
    rowCount: z.number().int(),
    meta: z.record(z.string(), z.unknown()),
    createdBy: z.string(),
    createdAt: z.string(),
    current: z.boolean(),
  })
  .openapi("DatasetVersion");

// Upload bodies are read by the route itself (raw bytes or multipart), so the importers report
// problems with row and column; the schemas here only document the accepted media types.
const UPLOAD_BODY = {
  required: false,
  description:
    "the file, as the raw body (text/csv, application/json, application/octet-stream) or multipart/form-data " +
    "(field `file`; for OFAC sdn.csv also add.csv and alt.csv as further file fields)",
  // Plain OpenAPI schemas (not zod): no body validator runs, so any of these media types reaches the route.
  content: {
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        properties: { file: { type: "string" as const, format: "binary" } },
      },
    },
    "text/csv": { schema: { type: "string" as const } },
    "application/json": {
      schema: { type: "string" as const, description: "FtM entities (JSON or JSON lines)" },
    },
    "application/octet-stream": { schema: { type: "string" as const, format: "binary" } },
  },
};

interface Upload {
  name: string;
  bytes: Uint8Array;
}

const SAFE_NAME = /[^A-Za-z0-9._-]/g;

/** Reads the uploaded file(s) from a multipart form or a raw body; `fallbackName` names a raw body. */
async function readUploads(c: Context, fallbackName: string): Promise<Upload[]> {
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.formData();
    const uploads: Upload[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") continue;
      const name = basename(value.name || `${field}`).replace(SAFE_NAME, "_") || fallbackName;
      uploads.push({ name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    if (uploads.length === 0) {
      throw requestError("BAD_INPUT", "the form has no file; send it in the `file` field", {
        errors: [{ path: "body.file", message: "missing file" }],
      });
    }
    return uploads;
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) {
    throw requestError("BAD_INPUT", "the upload is empty; send the file as the request body", {
      errors: [{ path: "body", message: "empty" }],
    });
  }
  return [{ name: fallbackName, bytes }];
}

/**
 * Writes uploads into a private temporary directory for the file-based importers, then removes it.
 * Importer messages name the file they read; the temporary directory is cut from them so a response
 * names only the uploaded file, never a server path.
 */
async function withFiles<T>(uploads: Upload[], use: (paths: string[]) => Promise<T>): Promise<T> {
  for (const u of uploads) {
    if (u.bytes.includes(0)) {
      throw requestError(
        "BAD_INPUT",
        `${u.name}: the file contains a NUL byte; send a text (CSV or JSON) file`,
        {
          status: 422,
          errors: [{ path: "body", message: "NUL byte" }],
        },
      );
    }
  }
  const dir = await mkdtemp(join(tmpdir(), "chiproad-upload-"));
  try {
    const paths: string[] = [];
    for (const u of uploads) {
      const path = join(dir, u.name);
      await writeFile(path, u.bytes);
      paths.push(path);
    }
    return await use(paths);
  } catch (error) {
    if (error instanceof Error && error.message.includes(dir)) {
      error.message = error.message.replaceAll(`${dir}${sep}`, "").replaceAll(dir, "upload");
    }
    const issues = (error as { issues?: { file?: unknown }[] }).issues;
    if (Array.isArray(issues)) {
      for (const issue of issues) if (typeof issue.file === "string") issue.file = basename(issue.file);
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Imported rows become jsonb: refuse NUL / lone surrogates (which PostgreSQL rejects) as bad input. */
function assertStorable(rows: unknown[]): void {
  for (let i = 0; i < rows.length; i++) {
    const hit = findUnsafeText(rows[i], `row ${i + 1}`);
    if (hit) {
      throw requestError("BAD_INPUT", `${hit.path}: ${hit.reason}; nothing was imported`, {
        status: 422,
        errors: [{ path: hit.path, message: hit.reason }],
      });
    }
  }
}

const Bool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

/**
 * The entity lists in use after importing `uploaded`: each list in the upload replaces that list's
 * previous release; every other list stays (the shipped samples, before the first import). New
 * entities first, then the lists kept, each in its earlier order.
 */
async function mergeLists(
  db: AppDeps["db"],
  uploaded: Entity[],
): Promise<{ rows: Entity[]; kept: string[] }> {
  const current = await db.datasets.current(ENTITIES_DATASET);
  const base = current
    ? ((await db.datasets.rows(ENTITIES_DATASET, current.version)) as Entity[])
    : await loadSampleEntities();
  const replaced = new Set(uploaded.map((e) => e.list));
  const kept = base.filter((e) => !replaced.has(e.list));
  return { rows: [...uploaded, ...kept], kept: [...new Set(kept.map((e) => e.list))] };
}

/** Raw-body file names per `format`, so the list loader recognises what a raw body holds. */
const RAW_NAMES = {
  ftm: "entities.json",
  sdn: "sdn.csv",
  xml: "list.xml",
  uk: "ConList.csv",
} as const;

export function datasetRoutes(app: Api, { db, reference, logger }: AppDeps): void {
  const monitor = rescreenMonitor(db, logger);
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/datasets/trade",
      tags: ["datasets"],
      summary: "Import a BACI or UN Comtrade CSV as a new version of the trade dataset (admin; ≤ 50 MB)",
      request: {
        query: z.object({
          format: z.enum(["baci", "comtrade"]).optional(),
          hs: z
            .string()
            .regex(/^\d{2,6}(,\d{2,6})*$/, "HS prefixes separated by commas")
            .optional(),
          skipInvalid: Bool,
          latin1: Bool,
          source: z.string().max(200).optional(),
        }),
        body: UPLOAD_BODY,
      },
      responses: {
        201: jsonResponse(DatasetVersionSchema, "the new, now current, version"),
        ...problems(400, 403, 413, 422),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const uploads = await readUploads(c, "trade.csv");
      const upload = uploads[0]!;
      const imported = await withFiles([upload], ([path]) =>
        importTradeFile(path!, {
          ...(q.format !== undefined ? { format: q.format } : {}),
          ...(q.hs !== undefined ? { hs: q.hs.split(",") } : {}),
          ...(q.skipInvalid !== undefined ? { skipInvalid: q.skipInvalid } : {}),
          ...(q.latin1 !== undefined ? { latin1: q.latin1 } : {}),
          ...(q.source !== undefined ? { source: q.source } : {}),
        }),
      );
      assertStorable(imported.flows);
      const version = await db.datasets.import(
        {
          kind: "trade",
          source: imported.source,
          filename: upload.name,
          meta: {
            dataDate: imported.dataDate,
            rowsRead: imported.rows,
            skipped: imported.skipped,
            skippedReasons: imported.skippedReasons,
            filteredOut: imported.filteredOut,
            encoding: imported.encoding,
            format: q.format ?? "auto",
          },
          rows: imported.flows,
        },
        actorOf(c),
      );
      reference.invalidate();
      return c.json(version, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/datasets/entities",
      tags: ["datasets"],
      summary:
        "Import restricted-party list releases (OFAC CSV/XML, EU, UK, UN, FtM JSON) as a new version in which " +
        "each uploaded list replaces its earlier release and the other lists stay; every known party is then " +
        "re-screened in the background (compliance officer)",
      request: {
        query: z.object({ format: z.enum(["ftm", "sdn", "xml", "uk"]).optional() }),
        body: UPLOAD_BODY,
      },
      responses: {
        201: jsonResponse(DatasetVersionSchema, "the new, now current, version"),
        ...problems(400, 403, 413, 422),
      },
    }),
    async (c) => {
      const { format } = c.req.valid("query");
      const uploads = await readUploads(c, RAW_NAMES[format ?? "ftm"]);
      const entities = await withFiles(uploads, (paths) => loadEntities(paths));
      if (entities.length === 0) {
        throw requestError("BAD_INPUT", "the list holds no entities; nothing was imported", {
          status: 422,
          errors: [{ path: "body", message: "no entities found" }],
        });
      }
      assertStorable(entities);
      const lists = [...new Set(entities.map((e) => e.list))];
      const merged = await mergeLists(db, entities);
      const version = await db.datasets.import(
        {
          kind: "entities",
          source: lists.join(", "),
          filename: uploads.map((u) => u.name).join(", "),
          meta: {
            lists,
            datasetVersions: [...new Set(entities.map((e) => e.datasetVersion))],
            keptLists: merged.kept,
            inUse: listVersions(merged.rows),
          },
          rows: merged.rows,
        },
        actorOf(c),
      );
      reference.invalidate();
      // Re-screening every known party can take a while on a real list: it runs after this answer.
      monitor.request(actorOf(c));
      return c.json(version, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/datasets",
      tags: ["datasets"],
      summary: "Imported dataset versions (trade, entities); none = the shipped samples are in use",
      responses: { 200: jsonResponse(z.array(DatasetVersionSchema), "versions, oldest first") },
    }),
    async (c) => {
      const kinds: DatasetKind[] = ["trade", "entities"];
      const all = (await Promise.all(kinds.map((k) => db.datasets.versions(k)))).flat();
      return c.json(all, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/datasets/{kind}/rollback",
      tags: ["datasets"],
      summary:
        "Make an earlier version current again (default: the one before the current); every version is kept (compliance officer)",
      request: {
        params: z.object({
          kind: z.enum(["trade", "entities"]).openapi({ param: { name: "kind", in: "path" } }),
        }),
        body: {
          required: false,
          content: {
            "application/json": {
              schema: z
                .object({ version: z.number().int().positive().optional() })
                .openapi("RollbackRequest"),
            },
          },
        },
      },
      responses: {
        200: jsonResponse(DatasetVersionSchema, "the version that is current now"),
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const { kind } = c.req.valid("param");
      const { version } = c.req.valid("json") ?? {};
      const current = await db.datasets.rollback(kind, version, actorOf(c));
      reference.invalidate();
      if (kind === "entities") monitor.request(actorOf(c));
      return c.json(current, 200);
    },
  );
}
