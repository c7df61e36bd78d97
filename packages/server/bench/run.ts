// Server benchmark: read-endpoint latency at 100 concurrent clients on loopback (autocannon), and
// plan-job throughput, on embedded PGlite and (when CHIPROAD_TEST_DATABASE_URL is set) PostgreSQL.
// The server runs as a child process so the load generator does not share its event loop.
// Usage: npm run bench -w @chiproad/server   (BENCH_DURATION=seconds per endpoint, default 10)
import { type ChildProcess, fork, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { dropSchema } from "@chiproad/db";
import { everyReadEndpoint } from "./support.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const MAIN = join(import.meta.dirname, "..", "src", "main.ts");
const FIXTURE = readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "minimal.yaml"), "utf8");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 100;
const PLAN_JOBS = Number(process.env.BENCH_PLAN_JOBS ?? 10);
/** Which backends to measure (default both; PostgreSQL needs CHIPROAD_TEST_DATABASE_URL). */
const BACKENDS = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",");
/** HTTP processes of the server on PostgreSQL (CHIPROAD_HTTP_PROCESSES; default 1). */
const HTTP_PROCESSES = process.env.BENCH_HTTP_PROCESSES ?? "1";
/** Only these phases: reads, writes, plans (default all). */
const PHASES = (process.env.BENCH_PHASES ?? "reads,writes,plans").split(",");
/**
 * The readers' Accept-Encoding: by default what Chromium sends (the web UI's browsers; Node's fetch
 * asks for gzip too), so cached reports travel compressed; `identity` measures uncompressed clients.
 */
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? "gzip, deflate, br, zstd";
/**
 * A fixed request rate for the readers (req/s over all connections; default none = as fast as they
 * are answered). At a rate both sides sustain, CPU per request compares code, not the machine's mood.
 */
const RATE = process.env.BENCH_RATE === undefined ? undefined : Number(process.env.BENCH_RATE);
/**
 * The readers' load generator: `autocannon` (default; in this process) or `wrk` (Debian's wrk, a C
 * program, `apt-get install wrk`). On two cores the generator shares the machine with the server and
 * PostgreSQL; autocannon spends about three times the server's CPU receiving a 25 KB answer, so on
 * large answers it bounds what is measured. wrk has no fixed rate (BENCH_RATE needs autocannon).
 */
const GENERATOR = process.env.BENCH_GENERATOR ?? "autocannon";
if (GENERATOR !== "autocannon" && GENERATOR !== "wrk")
  throw new Error(`BENCH_GENERATOR=${GENERATOR}: expected autocannon or wrk`);
if (GENERATOR === "wrk" && RATE !== undefined) throw new Error("BENCH_RATE needs BENCH_GENERATOR=autocannon");
/** Only the read endpoints whose path contains one of these (comma-separated; default all). */
const ONLY = process.env.BENCH_ENDPOINTS?.split(",").filter(Boolean);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

const ADMIN_PASSWORD = "loopback bench passphrase 7";
/** Bearer token of the run's admin (every route but /api/health needs a credential). */
let auth: Record<string, string> = {};

async function signIn(base: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: ADMIN_PASSWORD }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const created = await fetch(`${base}/api/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ name: "bench", role: "admin", expiresInDays: 1 }),
  });
  return { authorization: `Bearer ${((await created.json()) as { token: string }).token}` };
}

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      "--import",
      "tsx",
      MAIN,
    ],
    {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
        CHIPROAD_ADMIN_PASSWORD: ADMIN_PASSWORD,
        CHIPROAD_JOBS_PER_MINUTE: "100000",
        CHIPROAD_MAX_ACTIVE_JOBS: "100000",
        CHIPROAD_SKIP_WEB_BUILD: "1",
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1800; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        auth = await signIn(base);
        return { child, base };
      }
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

/**
 * CPU time (ms, user + system, every thread) the processes have used so far, from /proc (Linux,
 * 100 clock ticks per second); NaN elsewhere. Processes that exit meanwhile are not counted.
 */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      if (pid === pids[0]) return Number.NaN;
    }
  }
  return ticks * 10;
}

/** The PostgreSQL server's processes on this machine (its backends live as long as the pool). */
function postgresPids(): number[] {
  try {
    return readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** The server: its process and, with several HTTP processes, their Node children. */
function serverPids(primary: number): number[] {
  const pids = [primary];
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (parent === primary && readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "node")
          pids.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return pids;
}

/** Runs `measure` and adds the server's and PostgreSQL's CPU milliseconds per request it made. */
async function withCpu<R extends Row>(primary: number, measure: () => Promise<R>): Promise<R> {
  const pgPids = postgresPids();
  const serverPid = serverPids(primary);
  const server0 = cpuMs(serverPid);
  const pg0 = cpuMs(pgPids);
  const client0 = process.cpuUsage();
  const row = await measure();
  const client = process.cpuUsage(client0);
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, row.requests)) * 100) / 100;
  return {
    ...row,
    serverCpu: perRequest(cpuMs(serverPid) - server0),
    clientCpu: perRequest((client.user + client.system) / 1000),
    ...(pgPids.length > 0 ? { postgresCpu: perRequest(cpuMs(pgPids) - pg0) } : {}),
  };
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface Row {
  backend: string;
  endpoint: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** The slowest response autocannon saw. */
  max: number;
  errors: number;
  /** Mean bytes per response on the wire (headers included; reads only). */
  bytes?: number;
  /** The independent prober's slowest response and request count (reads only). */
  probeMax?: number;
  probeRequests?: number;
  /** CPU ms per request: the server process (all its threads), and PostgreSQL (postgres backend only). */
  serverCpu?: number;
  postgresCpu?: number;
  /** CPU ms per request of the load generator (autocannon or wrk, or the writers' requests). */
  clientCpu?: number;
}

/** The independent prober (bench/probe.mjs) during one load; resolves with its slowest response. */
async function probe(url: string): Promise<{ stop: () => Promise<{ n: number; max: number }> }> {
  const child = fork(join(import.meta.dirname, "probe.mjs"), [url, JSON.stringify(auth)]);
  await new Promise((r) => child.once("message", r));
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once("message", (m) => resolve(m as { n: number; max: number }));
        child.send("stop");
      }),
  };
}

/** 2 s of the same load first (client and server warm, discarded), then the measured run with the prober. */
async function load(base: string, path: string, backend: string, serverPid: number): Promise<Row> {
  const generate: (b: string, p: string, be: string, d: number) => Promise<Row & { generatorCpu?: number }> =
    GENERATOR === "wrk" ? wrk : cannon;
  await generate(base, path, backend, 2);
  const prober = await probe(base + path);
  const measured = await withCpu(serverPid, () => generate(base, path, backend, DURATION));
  // withCpu counted this process as the generator; wrk reports its own CPU (`generatorCpu`).
  const { generatorCpu, ...row } = measured;
  const seen = await prober.stop();
  return {
    ...row,
    ...(generatorCpu !== undefined ? { clientCpu: generatorCpu } : {}),
    probeMax: Math.round(seen.max),
    probeRequests: seen.n,
  };
}

/** One run of wrk (one thread, CONNECTIONS connections); its Lua script prints the summary as JSON. */
function wrk(
  base: string,
  path: string,
  backend: string,
  duration: number,
): Promise<Row & { generatorCpu: number }> {
  const headers = { ...auth, "accept-encoding": ACCEPT_ENCODING };
  const args = [
    "-t1",
    `-c${CONNECTIONS}`,
    `-d${duration}s`,
    "--timeout",
    "10s",
    "-s",
    join(import.meta.dirname, "wrk-report.lua"),
    ...Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]),
    base + path,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", (error) =>
      reject(new Error(`BENCH_GENERATOR=wrk: cannot run wrk (${error.message}); apt-get install wrk`)),
    );
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (code !== 0 || !line) return reject(new Error(`wrk exited with ${code}: ${out}`));
      const w = JSON.parse(line) as {
        requests: number;
        bytes: number;
        durationUs: number;
        errors: number;
        p50: number;
        p95: number;
        p99: number;
        max: number;
        cpuS: number;
      };
      const ms = (us: number) => Math.round(us / 1000);
      resolve({
        backend,
        endpoint: path,
        requests: w.requests,
        rps: Math.round(w.requests / (w.durationUs / 1e6)),
        p50: ms(w.p50),
        p95: ms(w.p95),
        p99: ms(w.p99),
        max: ms(w.max),
        errors: w.errors,
        bytes: Math.round(w.bytes / Math.max(1, w.requests)),
        generatorCpu: Math.round(((w.cpuS * 1000) / Math.max(1, w.requests)) * 100) / 100,
      });
    });
  });
}

function cannon(base: string, path: string, backend: string, duration: number): Promise<Row> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      {
        url: base + path,
        connections: CONNECTIONS,
        duration,
        headers: { ...auth, "accept-encoding": ACCEPT_ENCODING },
        ...(RATE === undefined ? {} : { overallRate: RATE }),
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          backend,
          endpoint: path,
          requests: result.requests.total,
          rps: Math.round(result.requests.average),
          p50: Math.round(percentile(times, 0.5)),
          p95: Math.round(percentile(times, 0.95)),
          p99: Math.round(percentile(times, 0.99)),
          max: Math.round(times.at(-1) ?? Number.NaN),
          errors: result.errors + result.timeouts + result.non2xx,
          bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
}

/** One PUT over `agent`; resolves with the status, the ETag and the body as text. */
function send(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; etag: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "PUT", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          etag: res.headers.etag,
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function post(base: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

async function planThroughput(base: string, scenarioId: string): Promise<{ jobs: number; seconds: number }> {
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < PLAN_JOBS; i++) {
    ids.push(
      String((await post(base, `/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 500, seed: i })).jobId),
    );
  }
  for (const id of ids) {
    for (;;) {
      const job = (await (await fetch(`${base}/api/jobs/${id}`, { headers: auth })).json()) as {
        status: string;
      };
      if (job.status === "succeeded") break;
      if (job.status === "failed" || job.status === "cancelled")
        throw new Error(`plan job ${id} ${job.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { jobs: PLAN_JOBS, seconds: (performance.now() - started) / 1000 };
}

const WRITERS = 50;
/**
 * The writers' Prefer header: by default what the web UI sends (`return=minimal`: 204, the new version
 * in ETag); BENCH_SAVE_PREFER=none asks for the whole new version back, as before.
 */
const SAVE_PREFER = process.env.BENCH_SAVE_PREFER ?? "return=minimal";
const EXAMPLE = readFileSync(join(ROOT, "examples", "india-mcu-osat.yaml"), "utf8");

/**
 * Scenario saves: WRITERS clients, each saving new versions of its own copy of the India example
 * (PUT with the version it last saved, so every save is accepted) for DURATION seconds.
 */
async function writes(base: string, backend: string, serverPid: number): Promise<Row> {
  const owned: { id: string; version: number }[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const created = await post(base, "/api/scenarios", { name: `writer ${i}`, content: EXAMPLE });
    owned.push({ id: String(created.id), version: Number(created.version) });
  }
  return withCpu(serverPid, () => saveLoop(base, backend, owned));
}

async function saveLoop(
  base: string,
  backend: string,
  owned: { id: string; version: number }[],
): Promise<Row> {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + DURATION * 1000;
  // node:http with one kept-alive socket per writer: undici's fetch cost the load generator ≈ 4 ms of
  // CPU per save, which on 2 cores is taken from the server being measured.
  const agent = new Agent({ keepAlive: true, maxSockets: owned.length });
  const body = JSON.stringify({ content: EXAMPLE });
  await Promise.all(
    owned.map(async (mine) => {
      while (performance.now() < end) {
        const t = performance.now();
        const res = await send(
          agent,
          `${base}/api/scenarios/${mine.id}`,
          {
            ...auth,
            "content-type": "application/json",
            "if-match": `"${mine.version}"`,
            ...(SAVE_PREFER === "none" ? {} : { prefer: SAVE_PREFER }),
          },
          body,
        );
        times.push(performance.now() - t);
        const version =
          res.status === 200
            ? (JSON.parse(res.text) as { version?: number }).version
            : res.status === 204
              ? Number(/\d+/.exec(res.etag ?? "")?.[0])
              : undefined;
        if (version) mine.version = version;
        else errors++;
      }
    }),
  );
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    backend,
    endpoint: `PUT /api/scenarios/:id (${WRITERS} writers, India example, Prefer: ${SAVE_PREFER})`,
    requests: times.length,
    rps: Math.round(times.length / DURATION),
    p50: Math.round(percentile(times, 0.5)),
    p95: Math.round(percentile(times, 0.95)),
    p99: Math.round(percentile(times, 0.99)),
    max: Math.round(times.at(-1) ?? Number.NaN),
    errors,
  };
}

async function benchBackend(backend: string, env: Record<string, string>) {
  const { child, base } = await start(env);
  try {
    const created = await post(base, "/api/scenarios", { name: "bench", content: FIXTURE });
    const id = String(created.id);
    // Warm the worker and the analysis caches before measuring.
    await planThroughput(base, id).catch(() => undefined);
    await fetch(`${base}/api/scenarios/${id}/gaps`, { headers: auth });
    await fetch(`${base}/api/scenarios/${id}/partners`, { headers: auth });
    const jobs = (await (await fetch(`${base}/api/scenarios/${id}/jobs`, { headers: auth })).json()) as {
      id: string;
      kind: string;
      status: string;
    }[];
    const planJob = jobs.find((j) => j.kind === "plan" && j.status === "succeeded");
    if (!planJob) throw new Error("the warm-up's plan jobs did not finish");
    const endpoints = await everyReadEndpoint(base, auth, id, planJob.id);
    const rows: Row[] = [];
    const measured = endpoints.filter((p) => !ONLY || ONLY.some((o) => p.includes(o)));
    for (const path of PHASES.includes("reads") ? measured : []) {
      const row = await load(base, path, backend, child.pid ?? 0);
      rows.push(row);
      process.stderr.write(`${backend} ${path}: p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms\n`);
    }
    if (PHASES.includes("writes")) {
      const written = await writes(base, backend, child.pid ?? 0);
      rows.push(written);
      process.stderr.write(`${backend} ${written.endpoint}: p50 ${written.p50} ms, p95 ${written.p95} ms\n`);
    }
    const plans = PHASES.includes("plans") ? await planThroughput(base, id) : { jobs: 0, seconds: 0 };
    return { rows, plans };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

const results: { backend: string; rows: Row[]; plans: { jobs: number; seconds: number } }[] = [];
const dataDir = mkdtempSync(join(tmpdir(), "chiproad-bench-"));
try {
  if (BACKENDS.includes("pglite"))
    results.push({ backend: "pglite", ...(await benchBackend("pglite", { CHIPROAD_DATA_DIR: dataDir })) });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const url = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();
if (url && BACKENDS.includes("postgres")) {
  const schema = `chiproad_bench_${randomBytes(4).toString("hex")}`;
  try {
    results.push({
      backend: "postgres",
      ...(await benchBackend("postgres", {
        DATABASE_URL: url,
        DATABASE_SCHEMA: schema,
        CHIPROAD_HTTP_PROCESSES: HTTP_PROCESSES,
      })),
    });
  } finally {
    await dropSchema(url, schema);
  }
} else {
  console.warn("PostgreSQL benchmark SKIPPED: set CHIPROAD_TEST_DATABASE_URL");
}

const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}; ` +
    `Node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s per endpoint; ` +
    `${HTTP_PROCESSES} HTTP process(es) on PostgreSQL; readers (${GENERATOR}) send Accept-Encoding: ${ACCEPT_ENCODING}${RATE === undefined ? "" : `, ${RATE} req/s in all`}.`,
  "",
  "| backend | endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | prober: slowest ms (requests) | errors | bytes/response | CPU ms/req: server | PostgreSQL | load generator |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...results.flatMap((r) =>
    r.rows.map(
      (x) =>
        `| ${x.backend} | \`${x.endpoint.replace(/[0-9a-f-]{36}/g, ":id")}\` | ${x.requests} | ${x.rps} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.max} | ${x.probeMax ?? "–"}${x.probeRequests ? ` (${x.probeRequests})` : ""} | ${x.errors} | ${x.bytes ?? "–"} | ${x.serverCpu ?? "–"} | ${x.backend === "postgres" ? (x.postgresCpu ?? "–") : "–"} | ${x.clientCpu ?? "–"} |`,
    ),
  ),
  "",
  "| backend | plan jobs (minimal scenario, timeLimitMs 500) | wall time s | jobs/min |",
  "|---|---:|---:|---:|",
  ...results.map(
    (r) =>
      `| ${r.backend} | ${r.plans.jobs} | ${r.plans.seconds.toFixed(1)} | ${((r.plans.jobs / r.plans.seconds) * 60).toFixed(1)} |`,
  ),
];
mkdirSync(join(ROOT, ".bench-out"), { recursive: true });
writeFileSync(join(ROOT, ".bench-out", "server-bench.json"), JSON.stringify(results, null, 2));
console.log(lines.join("\n"));
