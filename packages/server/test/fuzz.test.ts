import type { Database } from "@chiproad/db";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { ERROR_CODES } from "../src/problem.ts";
import { harness, json, MINIMAL_SCENARIO } from "./harness.ts";

const TABLES = [
  "scenarios",
  "scenario_versions",
  "jobs",
  "plans",
  "datasets",
  "dataset_versions",
  "dataset_rows",
  "screening_results",
  "audit_log",
  "users",
  "sessions",
  "api_tokens",
  "idempotency_keys",
  "programme_members",
  "programme_restrictions",
];

async function counts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const result = (await db.drizzle.execute(
      sql.raw(`SELECT count(*)::int AS n FROM ${table}`),
    )) as unknown as {
      rows: { n: number }[];
    };
    out[table] = Number(result.rows[0]?.n);
  }
  return out;
}

/** mulberry32: a small seeded PRNG, so a failing body can be reproduced from the seed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string-or-field location in a JSON value, as a path of keys/indices. */
function locations(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => locations(v, [...path, i]))];
  if (value !== null && typeof value === "object")
    return [path, ...Object.entries(value).flatMap(([k, v]) => locations(v, [...path, k]))];
  return [path];
}

function setAt(value: Json, path: (string | number)[], next: (old: Json) => Json): Json {
  if (path.length === 0) return next(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  copy[head as string] = setAt(copy[head as string] as Json, rest, next);
  return copy as Json;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/**
 * One malformed body derived from a valid template. Each kind is invalid by construction (never a
 * valid request by luck): NUL or a lone surrogate in a string or key, text cut short, nesting past
 * the depth limit, a field replaced by [[]] (no chiproad field accepts it), or a non-object body.
 */
function malformed(template: Json, rand: () => number): string {
  const spots = locations(template).filter((p) => p.length > 0);
  const spot = spots.length > 0 ? pick(rand, spots) : [];
  const kind = Math.floor(rand() * 7);
  switch (kind) {
    case 0:
    case 1: {
      const bad = kind === 0 ? "\u0000" : pick(rand, ["\ud800", "\udfff", "\udbff"]);
      const v = setAt(template, spot, (old) => {
        const s = typeof old === "string" ? old : String(old);
        const at = Math.floor(rand() * (s.length + 1));
        return s.slice(0, at) + bad + s.slice(at);
      });
      return JSON.stringify(v);
    }
    case 2: {
      const text = JSON.stringify(template);
      return text.slice(0, 1 + Math.floor(rand() * (text.length - 1)));
    }
    case 3: {
      const depth = 33 + Math.floor(rand() * 500);
      return JSON.stringify(setAt(template, spot, () => "§")).replace(
        '"§"',
        `${"[".repeat(depth)}${"]".repeat(depth)}`,
      );
    }
    case 4:
      return JSON.stringify(setAt(template, spot, () => [[]]));
    case 5: {
      const key = `${pick(rand, ["a", "name", "__proto__", "constructor"])}${pick(rand, ["\u0000", "\ud800"])}`;
      return JSON.stringify({ ...(template as object), [key]: 1 });
    }
    default:
      return pick(rand, [
        "",
        "null",
        "[]",
        "1",
        '"text"',
        "true",
        "{",
        "}",
        "[{}]",
        "\u0000",
        "{'a':1}",
        "NaN",
      ]);
  }
}

/** Upload bodies that no importer accepts: NUL bytes, unterminated or too-deep JSON, undecodable bytes. */
function malformedUpload(rand: () => number): { body: Uint8Array | string; type: string } {
  switch (Math.floor(rand() * 4)) {
    case 0:
      return {
        body: new Uint8Array([0x74, 0x2c, 0x69, 0x00, 0x0a, Math.floor(rand() * 256)]),
        type: "text/csv",
      };
    case 1:
      return { body: `[{"id":"x","schema":"Person","properties":{"name":["A`, type: "application/json" };
    case 2:
      return { body: `${"[".repeat(40 + Math.floor(rand() * 100))}`, type: "application/json" };
    default:
      return {
        body: new Uint8Array([0xff, 0xfe, 0x00, 0x00, Math.floor(rand() * 256)]),
        type: "application/octet-stream",
      };
  }
}

const PER_OPERATION = 130;

/**
 * ≥ 2,000 malformed bodies over every write operation: no response ≥ 500, each a 4xx problem with a
 * code from the closed list, and nothing stored (row counts of every table equal before and after).
 */
forEachBackend("fuzz: malformed bodies on every write operation", (db: () => Database) => {
  it("answers 4xx problems and stores nothing", async () => {
    const admin = harness(db(), undefined, { as: "admin", security: { jobsPerMinute: 1_000_000 } });
    const scenario = await json(admin.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
    const me = await json(admin.request("GET", "/api/auth/me"));
    const id = String(scenario.id);
    const writes: [string, string, Json][] = [
      ["POST", "/api/auth/login", { username: "test-admin", password: "some password here" }],
      [
        "POST",
        "/api/auth/password",
        { currentPassword: "some password", newPassword: "another long password" },
      ],
      ["POST", "/api/auth/tokens", { name: "fuzz", role: "viewer", expiresInDays: 3 }],
      ["POST", "/api/users", { username: "fuzz-user", password: "a fuzzing passphrase", role: "viewer" }],
      ["PATCH", `/api/users/${me.id}`, { role: "admin", disabled: false }],
      ["POST", "/api/scenarios", { name: "Fuzz", content: MINIMAL_SCENARIO }],
      ["PUT", `/api/scenarios/${id}`, { content: MINIMAL_SCENARIO, version: 1 }],
      ["POST", "/api/validate", { content: MINIMAL_SCENARIO, file: "x.yaml" }],
      ["POST", `/api/scenarios/${id}/plans`, { timeLimitMs: 500, seed: 1 }],
      ["POST", `/api/scenarios/${id}/whatif`, { changes: "changes: []", seed: 2 }],
      ["POST", `/api/scenarios/${id}/risk`, { samples: 5, seed: 3 }],
      ["POST", "/api/screen", { queries: [{ name: "Acme Trading", country: "RU", aliases: ["Acme"] }] }],
      ["POST", "/api/datasets/trade/rollback", { version: 1 }],
      ["POST", "/api/jobs/nope/cancel", { reason: "x" }],
      ["PUT", `/api/scenarios/${id}/members/${me.id}`, { role: "viewer" }],
      ["PUT", `/api/scenarios/${id}/restricted`, { restricted: true }],
    ];
    const before = await counts(db());
    const rand = prng(20261130);
    const failures: string[] = [];
    let sent = 0;
    const check = async (label: string, res: Response) => {
      sent++;
      const text = await res.text();
      const code = (() => {
        try {
          return (JSON.parse(text) as { code?: string }).code;
        } catch {
          return undefined;
        }
      })();
      if (res.status >= 500 || res.status < 400 || !(ERROR_CODES as readonly string[]).includes(code ?? ""))
        failures.push(`${label}: ${res.status} ${text.slice(0, 200)}`);
    };
    for (const [method, path, template] of writes) {
      for (let i = 0; i < PER_OPERATION; i++) {
        const body = malformed(template, rand);
        await check(
          `${method} ${path} ${JSON.stringify(body).slice(0, 120)}`,
          await admin.request(method, path, body),
        );
      }
    }
    for (const path of ["/api/datasets/trade?format=baci", "/api/datasets/entities?format=ftm"]) {
      for (let i = 0; i < PER_OPERATION; i++) {
        const { body, type } = malformedUpload(rand);
        await check(
          `POST ${path} (${type})`,
          await admin.request("POST", path, body, { "content-type": type }),
        );
      }
    }
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(await counts(db())).toEqual(before);
  }, 300_000);
});
