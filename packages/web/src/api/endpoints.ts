import { getJson, postJson, query, request } from "./client.ts";
import { normalizePlan } from "./normalize-plan.ts";
import type {
  Chokepoint,
  GapReport,
  Job,
  Me,
  MarketReport,
  PartnerFitReport,
  ScenarioDocument,
  ScenarioSummary,
  ScenarioVersion,
  ScreeningResult,
  Role,
  Sweep,
  SweepSummary,
  UserAccount,
  ValidationResult,
} from "./types.ts";

const enc = encodeURIComponent;

export const api = {
  scenarios: () => getJson<ScenarioSummary[]>("/api/scenarios"),
  scenario: (id: string) => getJson<ScenarioDocument>(`/api/scenarios/${enc(id)}`),
  versions: (id: string) => getJson<ScenarioVersion[]>(`/api/scenarios/${enc(id)}/versions`),
  createScenario: (name: string, content: string) =>
    postJson<ScenarioDocument>("/api/scenarios", { name, content }),
  /**
   * Saves a new version; `version` is the one the edit started from, sent as If-Match. The page
   * re-reads what it shows, so it asks for no body back (`Prefer: return=minimal`: 204, the new
   * version in ETag).
   */
  saveScenario: async (id: string, version: number, content: string) => {
    const { etag } = await request<null>("PUT", `/api/scenarios/${enc(id)}`, {
      body: { content },
      headers: { "if-match": `"${version}"`, prefer: "return=minimal" },
    });
    const saved = Number(/^(?:W\/)?"?(\d+)"?$/.exec(etag ?? "")?.[1]);
    if (!Number.isInteger(saved)) throw new Error(`the save answered without a version (ETag ${etag})`);
    return { version: saved };
  },
  validate: (content: string) => postJson<ValidationResult>("/api/validate", { content }),
  gaps: (id: string) => getJson<GapReport>(`/api/scenarios/${enc(id)}/gaps`),
  partners: (id: string, weights?: Record<string, number>) => {
    const encoded = weights
      ? Object.entries(weights)
          .map(([k, v]) => `${k}=${v}`)
          .join(",")
      : undefined;
    return getJson<PartnerFitReport>(`/api/scenarios/${enc(id)}/partners${query({ weights: encoded })}`);
  },
  latestPlan: async (id: string) =>
    normalizePlan(await getJson<unknown>(`/api/scenarios/${enc(id)}/plans/latest`)),
  startPlan: (id: string, body: { profile?: string; timeLimitMs?: number; seed?: number } = {}) =>
    postJson<{ jobId: string }>(`/api/scenarios/${enc(id)}/plans`, body),
  startWhatIf: (id: string, changes: string) =>
    postJson<{ jobId: string }>(`/api/scenarios/${enc(id)}/whatif`, { changes }),
  startRisk: (id: string, samples: number, seed?: number) =>
    postJson<{ jobId: string }>(
      `/api/scenarios/${enc(id)}/risk`,
      seed === undefined ? { samples } : { samples, seed },
    ),
  sweeps: (id: string) => getJson<SweepSummary[]>(`/api/scenarios/${enc(id)}/sweeps`),
  sweep: (id: string, sweepId: string) => getJson<Sweep>(`/api/scenarios/${enc(id)}/sweeps/${enc(sweepId)}`),
  startSweep: (id: string, body: { grid: string; samples: number; seed: number }) =>
    postJson<Sweep>(`/api/scenarios/${enc(id)}/sweeps`, body),
  cancelSweep: (id: string, sweepId: string) =>
    postJson<Sweep>(`/api/scenarios/${enc(id)}/sweeps/${enc(sweepId)}/cancel`, {}),
  job: <R extends Job["result"]>(jobId: string) => getJson<Job<R>>(`/api/jobs/${enc(jobId)}`),
  cancelJob: (jobId: string) => postJson<unknown>(`/api/jobs/${enc(jobId)}/cancel`, {}),
  market: (params: { importer: string; hs: string; from?: number; to?: number }) =>
    getJson<MarketReport>(`/api/market${query(params)}`),
  chainGaps: (country: string) => getJson<unknown>(`/api/chain/gaps${query({ country })}`),
  chokepoints: (top = 3, threshold = 0.8) =>
    getJson<Chokepoint[] | { chokepoints: Chokepoint[] }>(
      `/api/chain/chokepoints${query({ top, threshold })}`,
    ),
  screen: (body: { name: string; country?: string }) => postJson<ScreeningResult>("/api/screen", body),
  me: () => getJson<Me>("/api/auth/me"),
  login: (username: string, password: string) => postJson<Me>("/api/auth/login", { username, password }),
  logout: () => request<null>("POST", "/api/auth/logout"),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<null>("POST", "/api/auth/password", { body: { currentPassword, newPassword } }),
  users: () => getJson<UserAccount[]>("/api/users"),
  createUser: (body: { username: string; password: string; role: Role }) =>
    postJson<UserAccount>("/api/users", body),
  updateUser: (id: string, body: { role?: Role; disabled?: boolean; password?: string }) =>
    request<UserAccount>("PATCH", `/api/users/${enc(id)}`, { body }).then((r) => r.data),
};
