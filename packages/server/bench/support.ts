// Shared by the PostgreSQL benchmarks (workers, sweep, queue, run, round-trips): worker processes,
// schemas and the read endpoints measured.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const WORKER_MAIN = join(import.meta.dirname, "..", "src", "worker-main.ts");

/** A `chiproad worker` process on `schema`, polling every 50 ms; resolves once it is running. */
export function startWorker(url: string, schema: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATABASE_SCHEMA: schema,
      CHIPROAD_JOB_POLL_MS: "50",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (b: Buffer) => {
      if (b.toString().includes("is running")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`worker exited ${code}`)));
  });
}

/** The eight GET endpoints the read benchmarks measured first (and `round-trips.ts` counts), for scenario `id`. */
export function readEndpoints(id: string): string[] {
  return [
    "/api/health",
    "/api/scenarios",
    `/api/scenarios/${id}`,
    `/api/scenarios/${id}/gaps`,
    `/api/scenarios/${id}/partners`,
    `/api/scenarios/${id}/plans/latest`,
    "/api/market?importer=IND&hs=8542",
    "/api/chain/chokepoints?top=3&threshold=0.8",
  ];
}

/**
 * GET routes the read benchmark leaves out, with why: they are not reads a page repeats under load.
 * Every other GET route of the API (its OpenAPI document) is measured by `everyReadEndpoint`.
 */
export const NOT_MEASURED: Record<string, string> = {
  "/api/auth/oidc/login": "a redirect to an identity provider (none configured in the bench)",
  "/api/auth/oidc/callback": "the identity provider's redirect back",
  "/api/jobs/{id}/events": "a server-sent event stream, open until the job ends",
};

type Json = Record<string, unknown>;

/**
 * Every GET route of the API, each with real ids, for scenario `id` (the bench's, with finished
 * plans and `jobId` one of them) and the Russian example (its agreements, documents and working
 * groups). Made by reading the server's own OpenAPI document, so a new GET route is measured (or
 * the bench stops, naming the route it cannot fill in). Creates a baseline from `jobId`.
 */
export async function everyReadEndpoint(
  base: string,
  headers: Record<string, string>,
  id: string,
  jobId: string,
): Promise<string[]> {
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(base + path, { headers });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const res = await fetch(base + path, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  const scenarios = (await get("/api/scenarios")) as Json[];
  const russia = String(scenarios.find((s) => s.id === "example-russia-coprocessor")?.id ?? "");
  if (!russia) throw new Error("the Russian example is not loaded");
  const agreements = (await get(`/api/scenarios/${russia}/agreements`)) as Json[];
  const withDocument = await (async () => {
    for (const a of agreements) {
      const full = (await get(`/api/scenarios/${russia}/agreements/${a.id}`)) as { documents?: Json[] };
      if (full.documents?.[0]) return { agreement: String(a.id), document: String(full.documents[0].id) };
    }
    // None attached yet: attach a one-page text file, as a user attaching minutes would.
    const agreement = String(agreements[0]?.id ?? "");
    const res = await fetch(
      `${base}/api/scenarios/${russia}/agreements/${agreement}/documents?filename=minutes.txt`,
      {
        method: "POST",
        headers: { ...headers, "content-type": "text/plain" },
        body: "Minutes of the meeting.\n".repeat(80),
      },
    );
    if (!res.ok) throw new Error(`attaching a document: ${res.status} ${await res.text()}`);
    return { agreement, document: String(((await res.json()) as Json).id) };
  })();
  const groups = (await get(`/api/scenarios/${russia}/working-groups`)) as Json[];
  await post(`/api/scenarios/${id}/baselines`, { name: "bench", jobId });
  const fill: Record<string, string | undefined> = {
    id,
    v: "1",
    name: "bench",
    sweepId: undefined,
    agreementId: withDocument.agreement,
    documentId: withDocument.document,
    groupId: String(groups[0]?.id ?? ""),
  };
  // A sweep of the India example over its example grid, cancelled at once: its page reads it, and
  // no variant runs during the measurements.
  const india = "example-india-mcu-osat";
  const grid = readFileSync(
    join(import.meta.dirname, "..", "..", "..", "examples", "sweeps", "india-mcu-osat.grid.yaml"),
    "utf8",
  );
  const sweep = (await post(`/api/scenarios/${india}/sweeps`, { grid, samples: 0 })) as Json;
  fill.sweepId = String(sweep.id);
  await post(`/api/scenarios/${india}/sweeps/${sweep.id}/cancel`, {});
  const spec = (await get("/openapi.json")) as { paths: Record<string, Record<string, unknown>> };
  const out: string[] = [];
  for (const route of Object.keys(spec.paths).sort()) {
    if (!spec.paths[route]?.get || NOT_MEASURED[route] !== undefined) continue;
    // The agreements' and working groups' routes are read on the example that has them.
    const onRussia = /agreements|working-groups/.test(route);
    const onIndia = route.includes("/sweeps");
    const path = route.replace(/\{(\w+)\}/g, (_all, param: string) => {
      if (param === "id" && onRussia) return russia;
      if (param === "id" && onIndia) return india;
      if (param === "id" && route.startsWith("/api/jobs/")) return jobId;
      const value = fill[param];
      if (!value) throw new Error(`${route}: no value for {${param}} in the bench's data; add one`);
      return value;
    });
    for (const query of QUERIES[route] ?? [""]) out.push(path + query);
  }
  return out;
}

/** The queries a route is measured with: its required parameters, or what a page sends (default: none). */
const QUERIES: Record<string, string[]> = {
  "/api/market": ["?importer=IND&hs=8542"],
  "/api/chain/chokepoints": ["?top=3&threshold=0.8"],
  "/api/chain/gaps": ["?country=RUS"],
  // The page shows the HTML brief; the download is the PDF (the route's default).
  "/api/scenarios/{id}/brief": ["?format=html", ""],
};
