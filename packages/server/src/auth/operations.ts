import type { Role } from "./roles.ts";

/** Who may call an operation: anyone, or a signed-in principal with at least this role. */
export type Access = "public" | Role;

export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template. */
  path: string;
  access: Access;
  /** Accepts an Idempotency-Key header: a retried request gets the first answer again. */
  idempotent?: true;
  /**
   * The programme (scenario) the operation acts on, found from the path: its `{id}` is a scenario id
   * ("scenario") or a job id whose scenario counts ("job"). The gate then checks `access` against the
   * caller's role on that programme (./programme-role.ts) and hides restricted programmes (404).
   */
  scope?: "scenario" | "job";
}

/**
 * THE authorization table: every API operation, its operationId, and the minimal role that may call
 * it. The gate (./gate.ts) enforces it for every request; the OpenAPI document takes operationIds and
 * security from it; test/authorization.test.ts walks every operation of /openapi.json × every role.
 * An /api request that matches no entry is refused, so a route added without an entry fails closed.
 */
export const OPERATIONS = {
  getHealth: { method: "get", path: "/api/health", access: "public" },

  login: { method: "post", path: "/api/auth/login", access: "public" },
  getAuthOptions: { method: "get", path: "/api/auth/options", access: "public" },
  // Single sign-on (404 when not configured): the browser arrives without a session.
  oidcLogin: { method: "get", path: "/api/auth/oidc/login", access: "public" },
  oidcCallback: { method: "get", path: "/api/auth/oidc/callback", access: "public" },
  logout: { method: "post", path: "/api/auth/logout", access: "viewer" },
  getMe: { method: "get", path: "/api/auth/me", access: "viewer" },
  changePassword: { method: "post", path: "/api/auth/password", access: "viewer" },
  listTokens: { method: "get", path: "/api/auth/tokens", access: "viewer" },
  createToken: { method: "post", path: "/api/auth/tokens", access: "viewer" },
  revokeToken: { method: "delete", path: "/api/auth/tokens/{id}", access: "viewer" },

  listUsers: { method: "get", path: "/api/users", access: "admin" },
  createUser: { method: "post", path: "/api/users", access: "admin" },
  updateUser: { method: "patch", path: "/api/users/{id}", access: "admin" },

  listScenarios: { method: "get", path: "/api/scenarios", access: "viewer" },
  createScenario: { method: "post", path: "/api/scenarios", access: "analyst", idempotent: true },
  getScenario: { method: "get", path: "/api/scenarios/{id}", access: "viewer", scope: "scenario" },
  updateScenario: { method: "put", path: "/api/scenarios/{id}", access: "analyst", scope: "scenario" },
  listScenarioVersions: {
    method: "get",
    path: "/api/scenarios/{id}/versions",
    access: "viewer",
    scope: "scenario",
  },
  getScenarioVersion: {
    method: "get",
    path: "/api/scenarios/{id}/versions/{v}",
    access: "viewer",
    scope: "scenario",
  },
  validateScenario: { method: "post", path: "/api/validate", access: "viewer" },
  getGaps: { method: "get", path: "/api/scenarios/{id}/gaps", access: "viewer", scope: "scenario" },
  getPartnerFit: { method: "get", path: "/api/scenarios/{id}/partners", access: "viewer", scope: "scenario" },

  createPlanJob: {
    method: "post",
    path: "/api/scenarios/{id}/plans",
    access: "analyst",
    idempotent: true,
    scope: "scenario",
  },
  createWhatIfJob: {
    method: "post",
    path: "/api/scenarios/{id}/whatif",
    access: "analyst",
    idempotent: true,
    scope: "scenario",
  },
  createRiskJob: {
    method: "post",
    path: "/api/scenarios/{id}/risk",
    access: "analyst",
    idempotent: true,
    scope: "scenario",
  },
  listScenarioJobs: { method: "get", path: "/api/scenarios/{id}/jobs", access: "viewer", scope: "scenario" },
  getLatestPlan: {
    method: "get",
    path: "/api/scenarios/{id}/plans/latest",
    access: "viewer",
    scope: "scenario",
  },
  listBaselines: {
    method: "get",
    path: "/api/scenarios/{id}/baselines",
    access: "viewer",
    scope: "scenario",
  },
  saveBaseline: {
    method: "post",
    path: "/api/scenarios/{id}/baselines",
    access: "analyst",
    scope: "scenario",
  },
  getBaselineVariance: {
    method: "get",
    path: "/api/scenarios/{id}/baselines/{name}/variance",
    access: "viewer",
    scope: "scenario",
  },
  createSweep: { method: "post", path: "/api/scenarios/{id}/sweeps", access: "analyst", scope: "scenario" },
  listSweeps: { method: "get", path: "/api/scenarios/{id}/sweeps", access: "viewer", scope: "scenario" },
  getSweep: {
    method: "get",
    path: "/api/scenarios/{id}/sweeps/{sweepId}",
    access: "viewer",
    scope: "scenario",
  },
  cancelSweep: {
    method: "post",
    path: "/api/scenarios/{id}/sweeps/{sweepId}/cancel",
    access: "analyst",
    scope: "scenario",
  },
  getBrief: { method: "get", path: "/api/scenarios/{id}/brief", access: "viewer", scope: "scenario" },
  getJob: { method: "get", path: "/api/jobs/{id}", access: "viewer", scope: "job" },
  getJobEvents: { method: "get", path: "/api/jobs/{id}/events", access: "viewer", scope: "job" },
  // An analyst may cancel only their own jobs; the route lets a manager cancel anyone's.
  cancelJob: { method: "post", path: "/api/jobs/{id}/cancel", access: "analyst", scope: "job" },

  // Programme members and restriction: the programme's manager (or an admin).
  listProgrammeMembers: {
    method: "get",
    path: "/api/scenarios/{id}/members",
    access: "manager",
    scope: "scenario",
  },
  setProgrammeMember: {
    method: "put",
    path: "/api/scenarios/{id}/members/{userId}",
    access: "manager",
    scope: "scenario",
  },
  removeProgrammeMember: {
    method: "delete",
    path: "/api/scenarios/{id}/members/{userId}",
    access: "manager",
    scope: "scenario",
  },
  setProgrammeRestricted: {
    method: "put",
    path: "/api/scenarios/{id}/restricted",
    access: "manager",
    scope: "scenario",
  },

  // Programme workspace (issue 13): the agreements register and working groups; viewer reads, analyst writes.
  listAgreements: {
    method: "get",
    path: "/api/scenarios/{id}/agreements",
    access: "viewer",
    scope: "scenario",
  },
  createAgreement: {
    method: "post",
    path: "/api/scenarios/{id}/agreements",
    access: "analyst",
    scope: "scenario",
  },
  getAgreement: {
    method: "get",
    path: "/api/scenarios/{id}/agreements/{agreementId}",
    access: "viewer",
    scope: "scenario",
  },
  updateAgreement: {
    method: "put",
    path: "/api/scenarios/{id}/agreements/{agreementId}",
    access: "analyst",
    scope: "scenario",
  },
  changeAgreementStatus: {
    method: "post",
    path: "/api/scenarios/{id}/agreements/{agreementId}/status",
    access: "analyst",
    scope: "scenario",
  },
  uploadAgreementDocument: {
    method: "post",
    path: "/api/scenarios/{id}/agreements/{agreementId}/documents",
    access: "analyst",
    scope: "scenario",
  },
  getAgreementDocument: {
    method: "get",
    path: "/api/scenarios/{id}/agreements/{agreementId}/documents/{documentId}",
    access: "viewer",
    scope: "scenario",
  },
  listWorkingGroups: {
    method: "get",
    path: "/api/scenarios/{id}/working-groups",
    access: "viewer",
    scope: "scenario",
  },
  createWorkingGroup: {
    method: "post",
    path: "/api/scenarios/{id}/working-groups",
    access: "analyst",
    scope: "scenario",
  },
  getWorkingGroup: {
    method: "get",
    path: "/api/scenarios/{id}/working-groups/{groupId}",
    access: "viewer",
    scope: "scenario",
  },
  updateWorkingGroup: {
    method: "put",
    path: "/api/scenarios/{id}/working-groups/{groupId}",
    access: "analyst",
    scope: "scenario",
  },
  addMeeting: {
    method: "post",
    path: "/api/scenarios/{id}/working-groups/{groupId}/meetings",
    access: "analyst",
    scope: "scenario",
  },
  updateMeeting: {
    method: "put",
    path: "/api/scenarios/{id}/working-groups/{groupId}/meetings/{meetingId}",
    access: "analyst",
    scope: "scenario",
  },
  addResolution: {
    method: "post",
    path: "/api/scenarios/{id}/working-groups/{groupId}/resolutions",
    access: "analyst",
    scope: "scenario",
  },
  updateResolution: {
    method: "put",
    path: "/api/scenarios/{id}/working-groups/{groupId}/resolutions/{resolutionId}",
    access: "analyst",
    scope: "scenario",
  },
  requestDecisionBrief: {
    method: "post",
    path: "/api/scenarios/{id}/working-groups/{groupId}/resolutions/{resolutionId}/brief-request",
    access: "analyst",
    scope: "scenario",
  },

  getMarket: { method: "get", path: "/api/market", access: "viewer" },
  getChainGaps: { method: "get", path: "/api/chain/gaps", access: "viewer" },
  getChokepoints: { method: "get", path: "/api/chain/chokepoints", access: "viewer" },

  listDatasets: { method: "get", path: "/api/datasets", access: "viewer" },
  importTrade: { method: "post", path: "/api/datasets/trade", access: "compliance" },
  importEntities: { method: "post", path: "/api/datasets/entities", access: "compliance" },
  rollbackDataset: { method: "post", path: "/api/datasets/{kind}/rollback", access: "compliance" },

  screen: { method: "post", path: "/api/screen", access: "analyst" },
  listAlerts: { method: "get", path: "/api/alerts", access: "viewer" },
  acknowledgeAlert: { method: "post", path: "/api/alerts/{id}/acknowledge", access: "compliance" },
  getPlanStaleness: {
    method: "get",
    path: "/api/scenarios/{id}/plans/latest/staleness",
    access: "viewer",
    scope: "scenario",
  },
  listAudit: { method: "get", path: "/api/audit", access: "manager" },
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof OPERATIONS;

interface CompiledOperation {
  id: OperationId;
  operation: Operation;
  pattern: RegExp;
}

const COMPILED: CompiledOperation[] = (Object.entries(OPERATIONS) as [OperationId, Operation][]).map(
  ([id, operation]) => ({
    id,
    operation,
    pattern: new RegExp(
      `^${operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}/?$`,
    ),
  }),
);

/** The operation a request addresses, or undefined. Static segments win over parameters. */
export function findOperation(
  method: string,
  path: string,
): { id: OperationId; operation: Operation } | undefined {
  const m = method.toLowerCase() === "head" ? "get" : method.toLowerCase();
  let best: CompiledOperation | undefined;
  for (const c of COMPILED) {
    if (c.operation.method !== m || !c.pattern.test(path)) continue;
    if (
      !best ||
      (best.operation.path.match(/\{/g)?.length ?? 0) > (c.operation.path.match(/\{/g)?.length ?? 0)
    )
      best = c;
  }
  return best ? { id: best.id, operation: best.operation } : undefined;
}
