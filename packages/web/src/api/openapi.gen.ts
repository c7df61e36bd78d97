// Generated from /openapi.json by packages/server/scripts/web-types.ts — do not edit.
// Regenerate: npm run generate:web-types -w @chiproad/server
export type paths = {
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts raised by re-screening every known party on a new entity-list version, newest first */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an open alert with a note (compliance officer; audited; twice → 409) */
        post: operations["acknowledgeAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log, newest first (append-only: the database rejects UPDATE and DELETE) */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password; sets the HttpOnly session cookie (a new session each time) */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends this session on the server and clears the cookie */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with which role */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on callback: code exchange, ID-token validation, then a session for the local account the username claim names */
        get: operations["oidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start single sign-on: redirect to the OpenID provider (PKCE S256, state and nonce) */
        get: operations["oidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one may sign in here: password always, single sign-on when configured */
        get: operations["getAuthOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (needs the current one); every session and token of yours ends */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never the token values) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token for the CLI or automation (`Authorization: Bearer …`); shown once */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your tokens (an admin may revoke anyone's) */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chain/chokepoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inputs where the top 1–3 countries hold at least `threshold` of supply */
        get: operations["getChokepoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chain/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Value-chain inputs a country does not provide (ETO chip-explorer data) */
        get: operations["getChainGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported dataset versions (trade, entities); none = the shipped samples are in use */
        get: operations["listDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{kind}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an earlier version current again (default: the one before the current); every version is kept (compliance officer) */
        post: operations["rollbackDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import restricted-party list releases (OFAC CSV/XML, EU, UK, UN, FtM JSON) as a new version in which each uploaded list replaces its earlier release and the other lists stay; every known party is then re-screened in the background (compliance officer) */
        post: operations["importEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/trade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a BACI or UN Comtrade CSV as a new version of the trade dataset (admin; ≤ 50 MB) */
        post: operations["importTrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when the database answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job status, progress and (when succeeded) result */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a queued or running job (finished jobs are returned unchanged) */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: `progress` while the job runs, then one `done` with the final job */
        get: operations["getJobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import dependence of a country for an HS code: supplier shares, HHI, growth (MarketReport) */
        get: operations["getMarket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scenarios you may read (current versions; restricted ones only to members and admins) */
        get: operations["listScenarios"];
        put?: never;
        /** Create a scenario from YAML or JSON text (validated; nothing stored when invalid) */
        post: operations["createScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a scenario's current version (ETag = version) */
        get: operations["getScenario"];
        /** Save a new version (optimistic concurrency: If-Match or body.version; stale → 409) */
        put: operations["updateScenario"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's agreements register, oldest first, with screening flags and open alerts */
        get: operations["listAgreements"];
        put?: never;
        /** Register an agreement as a draft; every party is screened against the current lists */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement */
        get: operations["getAgreement"];
        /** Save an edited agreement (stale `version` → 409); its parties are screened again */
        put: operations["updateAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/agreements/{agreementId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a document (PDF, Word, ODT, text, PNG, JPEG; ≤ 10 MB), stored in the database with its SHA-256 */
        post: operations["uploadAgreementDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/agreements/{agreementId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attached document (its bytes, with its media type and an X-Content-SHA256 header) */
        get: operations["getAgreementDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/agreements/{agreementId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move along the lifecycle draft → negotiating → signed → in-force → expired, or terminated from negotiating, signed or in-force (other changes → 409, nothing stored) */
        post: operations["changeAgreementStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's baselines, oldest first */
        get: operations["listBaselines"];
        put?: never;
        /** Save a finished plan of the programme as a named baseline (audited) */
        post: operations["saveBaseline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/baselines/{name}/variance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest plan (the forecast) against the baseline: slip per activity and milestone, cost variance, the new critical path */
        get: operations["getBaselineVariance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision brief for higher bodies (PDF or HTML, en/ru/zh) from the latest plan and risk analysis */
        get: operations["getBrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capability gaps of the scenario's targets against the domestic base (GapReport) */
        get: operations["getGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs of a scenario, newest first (without results) */
        get: operations["listScenarioJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the scenario's programme and whether it is restricted (the programme's manager) */
        get: operations["listProgrammeMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a member (by user id or username) or change their role on this programme (viewer, analyst or manager; replaces their global role here) */
        put: operations["setProgrammeMember"];
        post?: never;
        /** Remove a member (their global role applies again; none on a restricted programme) */
        delete: operations["removeProgrammeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner × collaboration-model fit per gap, lawful options ranked (PartnerFitReport) */
        get: operations["getPartnerFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan the roadmap of the scenario's current version (a job) */
        post: operations["createPlanJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/plans/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest succeeded plan of the scenario */
        get: operations["getLatestPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/plans/latest/staleness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the latest plan is stale: re-screening changed a party's lawfulness after it was made */
        get: operations["getPlanStaleness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/restricted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Restrict the programme to its members (others, except admins, get 404 and do not see it listed), or open it again */
        put: operations["setProgrammeRestricted"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Monte Carlo schedule risk (a job) */
        post: operations["createRiskJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/sweeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scenario's sweeps, newest first (the 50 newest) */
        get: operations["listSweeps"];
        put?: never;
        /** Sweep a grid of what-if changes over the scenario's current version: one job per variant (planned, with its first range of risk samples) and one per further range of samples, spread over every worker */
        post: operations["createSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/sweeps/{sweepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sweep's progress and its table so far (rows in grid order) */
        get: operations["getSweep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/sweeps/{sweepId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel every queued or running job of the sweep (audited) */
        post: operations["cancelSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Version history (every save is kept) */
        get: operations["listScenarioVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/versions/{v}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one stored version */
        get: operations["getScenarioVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/whatif": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-plan with a change set (YAML text or object) and diff against the baseline (a job) */
        post: operations["createWhatIfJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's working groups with their meetings and resolutions */
        get: operations["listWorkingGroups"];
        put?: never;
        /** Set up a working group */
        post: operations["createWorkingGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One working group */
        get: operations["getWorkingGroup"];
        /** Save the group's name, mandate and members (stale `version` → 409) */
        put: operations["updateWorkingGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups/{groupId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a meeting (date, agenda, minutes when known) */
        post: operations["addMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups/{groupId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct a meeting's date or agenda, or record its minutes */
        put: operations["updateMeeting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups/{groupId}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a decision or resolution with its status and owner */
        post: operations["addResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups/{groupId}/resolutions/{resolutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a resolution's status, owner, due date or text */
        put: operations["updateResolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/working-groups/{groupId}/resolutions/{resolutionId}/brief-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a decision brief for the higher bodies on this resolution (stored; the brief is prepared separately; twice → 409) */
        post: operations["requestDecisionBrief"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen one party or a batch against the current restricted-party lists (results are kept) */
        post: operations["screen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts (admin) */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (admin) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account's role, password or disabled flag (admin); its sessions and tokens end */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate scenario text without storing it */
        post: operations["validateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AcknowledgeAlertRequest: {
            note?: string;
        };
        Agreement: {
            /** @description open re-screening alerts for its parties (new list versions since) */
            alerts: components["schemas"]["Alert"][];
            createdAt: string;
            createdBy: string;
            documents: components["schemas"]["AgreementDocument"][];
            /** @description parties' list hits when the agreement was saved */
            flags: components["schemas"]["AgreementFlag"][];
            history: {
                changedAt: string;
                changedBy: string;
                from: components["schemas"]["AgreementStatus"] & (string | null);
                note: string | null;
                on: string;
                seq: number;
                to: components["schemas"]["AgreementStatus"];
            }[];
            id: string;
            kind: components["schemas"]["AgreementKind"];
            /** @description the statuses it may move to */
            nextStatuses: components["schemas"]["AgreementStatus"][];
            notes: string | null;
            obligations: components["schemas"]["AgreementObligation"][];
            parties: components["schemas"]["AgreementParty"][];
            scenarioId: string;
            sources: string[];
            status: components["schemas"]["AgreementStatus"];
            title: string;
            updatedAt: string;
            version: number;
        };
        AgreementDocument: {
            contentType: string;
            filename: string;
            id: string;
            sha256: string;
            size: number;
            uploadedAt: string;
            uploadedBy: string;
        };
        AgreementFlag: {
            /** @description stored entity-list version; null = shipped samples */
            datasetVersion: number | null;
            entityId: string;
            entityName: string;
            list: string;
            /** @description the list's own release */
            listVersion: string;
            /** @description the listed name or alias that matched */
            matchedName: string;
            partyId: string;
            partyName: string;
            score: number;
            screenedAt: string;
            threshold: number;
        };
        /**
         * @description cooperation agreement, memorandum of understanding, joint-venture agreement, licence, supply contract
         * @enum {string}
         */
        AgreementKind: "cooperation" | "mou" | "joint-venture" | "licence" | "supply";
        AgreementObligation: {
            /** @description roadmap activity ids: milestone:<milestone id> always; work packages (<gap>:<kind>) of the latest plan */
            activityIds: string[];
            description: string;
            /** @example 2024-09-26 */
            due?: string;
            id: string;
            /** @description the id of the party that owes it */
            party: string;
        };
        AgreementParty: {
            aliases?: string[];
            country: string;
            id: string;
            /** @enum {string} */
            kind: "firm" | "organisation";
            name: string;
            /** @enum {string} */
            origin: "domestic" | "foreign";
        };
        /** @enum {string} */
        AgreementStatus: "draft" | "negotiating" | "signed" | "in-force" | "expired" | "terminated";
        Alert: {
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
            createdAt: string;
            entityId: string;
            entityName: string;
            id: string;
            /** @enum {string} */
            kind: "added" | "removed" | "changed";
            list: string;
            /** @description the listed name or alias that matched */
            matchedName: string;
            newDatasetVersion: number;
            newListVersion: string | null;
            newScore: number | null;
            note: string | null;
            /** @description stored entity-list version compared from; null = shipped samples */
            oldDatasetVersion: number | null;
            /** @description the list's own release, old side */
            oldListVersion: string | null;
            oldScore: number | null;
            partyId: string;
            partyName: string;
            /** @description partner | domestic for a scenario's firms, agreement for an agreement's party */
            partyRole: string | null;
            /** @description scenario | screened | agreement (partyId <agreement id>/<party id>) */
            partySource: string;
            publicationDate: string | null;
            runId: string;
            /** @description the programme the party belongs to */
            scenarioId: string | null;
            /** @enum {string} */
            status: "open" | "acknowledged";
            threshold: number;
        };
        ApiToken: {
            createdAt: string;
            expiresAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            role: components["schemas"]["Role"];
        };
        AuditEntry: {
            action: string;
            actor: string;
            at: string;
            detail: {
                [key: string]: unknown;
            };
            id: number;
            role: string;
            targetId: string;
            targetType: string;
        };
        AuthOptions: {
            sso: boolean;
        };
        Baseline: {
            createdAt: string;
            createdBy: string;
            id: string;
            /** @description the plan job whose result is the baseline */
            jobId: string;
            name: string;
            scenarioId: string;
            scenarioVersion: number;
        };
        BaselineVariance: {
            baseline: components["schemas"]["Baseline"];
            forecast: {
                createdAt: string;
                jobId: string;
                scenarioVersion: number;
            };
            variance: components["schemas"]["Variance"];
        };
        ChainGapRow: {
            inputId: string;
            inputName: string;
            marketSize?: string;
            source: {
                attribution: string;
                dataDate: string;
                license: string;
                name: string;
                version?: string;
            };
            stageId?: string;
            topProviders: {
                country: string;
                share: number;
            }[];
            type: string;
        };
        ChangeAgreementStatus: {
            note?: string;
            /**
             * @description the date the change took effect
             * @example 2024-09-26
             */
            on: string;
            to: components["schemas"]["AgreementStatus"];
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        Chokepoint: {
            combinedShare: number;
            inputId: string;
            inputName: string;
            source: {
                attribution: string;
                dataDate: string;
                license: string;
                name: string;
                version?: string;
            };
            stageId?: string;
            topProviders: {
                country: string;
                share: number;
            }[];
        };
        CreateAgreement: {
            kind: components["schemas"]["AgreementKind"];
            notes?: string | null;
            /** @default [] */
            obligations: components["schemas"]["AgreementObligation"][];
            /**
             * @description the date the draft was opened; default today (UTC)
             * @example 2024-09-26
             */
            on?: string;
            parties: components["schemas"]["AgreementParty"][];
            sources?: string[];
            title: string;
        };
        CreateScenario: {
            content: string;
            /** @enum {string} */
            format?: "yaml" | "json";
            name?: string;
        };
        CreateSweep: {
            grid: string | {
                [key: string]: unknown;
            };
            /** @enum {string} */
            profile?: "quick" | "standard" | "thorough";
            /** @default 200 */
            samples: number;
            /** @default 1 */
            seed: number;
        };
        CreateTokenRequest: {
            /** @default 30 */
            expiresInDays: number;
            name: string;
            role: components["schemas"]["Role"];
        };
        CreateUserRequest: {
            password: string;
            role: components["schemas"]["Role"];
            username: string;
        };
        CreateWorkingGroup: {
            mandate?: string | null;
            members: components["schemas"]["WorkingGroupMember"][];
            name: string;
            sources?: string[];
        };
        DatasetVersion: {
            createdAt: string;
            createdBy: string;
            current: boolean;
            datasetId: string;
            filename: string | null;
            /** @enum {string} */
            kind: "trade" | "entities";
            meta: {
                [key: string]: unknown;
            };
            rowCount: number;
            source: string;
            version: number;
        };
        DisplayNames: {
            facility: {
                [key: string]: string;
            };
            firm: {
                [key: string]: string;
            };
            gap: {
                [key: string]: string;
            };
            input: {
                [key: string]: string;
            };
            line: {
                [key: string]: string;
            };
            milestone: {
                [key: string]: string;
            };
            model: {
                [key: string]: string;
            };
            partner: {
                [key: string]: string;
            };
            pool: {
                [key: string]: string;
            };
            target: {
                [key: string]: string;
            };
        };
        GapReport: {
            assumptionMessages: components["schemas"]["Message"][];
            assumptions: string[];
            country: string;
            gaps: {
                chokepoint?: components["schemas"]["Chokepoint"];
                chokepointsBelow: components["schemas"]["Chokepoint"][];
                critical: boolean;
                domesticCapacity: number;
                /** @enum {string} */
                domesticGrade?: "wire-bond" | "flip-chip" | "fan-out" | "2.5D" | "3D";
                domesticNode?: number;
                generationsBehind?: {
                    nodes: number;
                    years: number;
                };
                id: string;
                inputId: string;
                inputName: string;
                /** @enum {string} */
                kind: "absent" | "node" | "grade" | "capacity";
                /** @enum {string} */
                requiredGrade?: "wire-bond" | "flip-chip" | "fan-out" | "2.5D" | "3D";
                requiredNode?: number;
                requiredVolume: number;
                shortfall: number;
                targetId: string;
                /** @enum {string} */
                unit: "units-per-year" | "wafers-per-month" | "engineer-years" | "licences";
            }[];
            nodeLadder: {
                node: number;
                year: number;
            }[];
            noteMessages: components["schemas"]["Message"][];
            notes: string[];
            targets: {
                covered: number;
                dueDate: string;
                inputs: {
                    domesticCapacity: number;
                    domesticNode?: number;
                    gapId?: string;
                    inputId: string;
                    inputName: string;
                    requiredNode?: number;
                    /** @enum {string} */
                    status: "covered" | "absent" | "node" | "grade" | "capacity";
                }[];
                missing: number;
                name: string;
                targetId: string;
            }[];
        };
        Job: {
            attempts: number;
            createdAt: string;
            error?: components["schemas"]["Problem"];
            finishedAt?: string;
            id: string;
            /** @enum {string} */
            kind: "plan" | "whatif" | "risk" | "sweep";
            message?: string;
            priority: number;
            progress: number;
            result?: components["schemas"]["Plan"] | components["schemas"]["WhatIfPlan"] | components["schemas"]["RiskReport"] | {
                plan?: components["schemas"]["Plan"];
                planned: boolean;
                range: components["schemas"]["RiskSampleRange"];
                row: components["schemas"]["SweepRow"];
            } | {
                range: components["schemas"]["RiskSampleRange"];
            };
            scenarioId: string;
            scenarioVersion: number;
            startedAt?: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            worker?: string;
        };
        JobAccepted: {
            jobId: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        };
        LoginRequest: {
            password: string;
            username: string;
        };
        MarketReport: {
            dataDate: string;
            fastestGrowing: {
                cagr: number;
                fromValue: number;
                partner: string;
                toValue: number;
            }[];
            group?: string[];
            hs: string;
            importer: string;
            shareShift?: {
                fromShare: number;
                partner: string;
                shift: number;
                toShare: number;
            }[];
            source: string;
            years: {
                effectiveSuppliers: number;
                groupShare?: number;
                growth?: number;
                hhi: number;
                mirroredValue?: number;
                suppliers: {
                    growth?: number;
                    partner: string;
                    share: number;
                    valueUsd: number;
                }[];
                total: number;
                year: number;
            }[];
        };
        Me: {
            id: string;
            role: components["schemas"]["Role"];
            sessionExpiresAt?: string;
            username: string;
            /** @enum {string} */
            via: "session" | "token" | "proxy";
        };
        Meeting: {
            agenda: string;
            createdAt: string;
            createdBy: string;
            heldOn: string;
            id: string;
            minutes: string | null;
        };
        MeetingInput: {
            agenda: string;
            /** @example 2024-10-15 */
            heldOn: string;
            minutes?: string | null;
        };
        Message: {
            code: string;
            params: {
                [key: string]: components["schemas"]["MessageParam"];
            };
        };
        MessageParam: string | number | boolean | {
            id: string;
            /** @enum {string} */
            kind: "partner" | "firm" | "gap" | "input" | "model" | "target" | "milestone" | "line" | "facility" | "pool";
            name?: string;
        } | {
            iso: string;
            /** @enum {string} */
            kind: "date";
        } | {
            /** @enum {string} */
            kind: "grouped";
            value: number;
        } | {
            digits: number;
            /** @enum {string} */
            kind: "fixed";
            value: number;
        } | {
            amount: number;
            currency: string;
            /** @enum {string} */
            kind: "money";
        } | {
            /** @enum {string} */
            kind: "percent";
            ratio: number;
        } | {
            /** @enum {string} */
            kind: "message";
            message: components["schemas"]["Message"];
        } | {
            items: components["schemas"]["MessageParam"][];
            /** @enum {string} */
            join: "comma" | "semicolon" | "and";
            /** @enum {string} */
            kind: "list";
        };
        PartnerFitReport: {
            currency: string;
            exposure: {
                firms: {
                    firmId: string;
                    firmName: string;
                    list: string;
                    matchedName: string;
                    score: number;
                }[];
                partnerId: string;
            }[];
            noteMessages: components["schemas"]["Message"][];
            notes: string[];
            options: {
                compliance: {
                    blockers: {
                        message: components["schemas"]["Message"];
                        reason: string;
                        rule: string;
                    }[];
                    categories: string[];
                    exposure: {
                        firmId: string;
                        firmName: string;
                        hit: {
                            bindsRegimes: string[];
                            listId: string;
                            listName: string;
                            match: components["schemas"]["ScreeningMatch"];
                            rule: string;
                        };
                    }[];
                    findings: {
                        category: string;
                        citation: string;
                        condition?: string;
                        conditionMessage?: components["schemas"]["Message"];
                        effectiveFrom?: string;
                        effectiveUntil?: string;
                        licenceDecision?: {
                            approvalProbability: number;
                            days: {
                                max: number;
                                min: number;
                                mode: number;
                            };
                        };
                        licenceDelayDays: number;
                        regime: string;
                        /** @enum {string} */
                        requirement: "allowed" | "licence" | "prohibited";
                        ruleId: string;
                        text: string;
                    }[];
                    lawful: boolean;
                    lawfulFrom?: string;
                    lawfulUntil?: string;
                    licenceDecision?: {
                        approvalProbability: number;
                        days: {
                            max: number;
                            min: number;
                            mode: number;
                        };
                        rule: string;
                    };
                    licenceDelayDays: number;
                    message: components["schemas"]["Message"];
                    reason: string;
                    rule?: string;
                    sanctionsHits: {
                        bindsRegimes: string[];
                        listId: string;
                        listName: string;
                        match: components["schemas"]["ScreeningMatch"];
                        rule: string;
                    }[];
                    screened: {
                        firmId: string;
                        firmName: string;
                        hits: {
                            bindsRegimes: string[];
                            listId: string;
                            listName: string;
                            match: components["schemas"]["ScreeningMatch"];
                            rule: string;
                        }[];
                        /** @enum {string} */
                        side: "partner" | "domestic";
                    }[];
                };
                cost: number;
                coverage: number;
                criteria: {
                    [key: string]: number;
                };
                /** @enum {string} */
                dependenceBasis?: "market" | "value-chain";
                exposure: number;
                firmId?: string;
                gapId: string;
                hhiAfter?: number;
                hhiBefore?: number;
                lawful: boolean;
                lawfulFrom?: string;
                lawfulUntil?: string;
                leadTimeDays: number;
                leadTimePeriods: number;
                licenceDecision?: {
                    approvalProbability: number;
                    days: {
                        max: number;
                        min: number;
                        mode: number;
                    };
                    rule: string;
                };
                licenceDelayDays: number;
                localization: number;
                message?: components["schemas"]["Message"];
                modelId: string;
                modelType: string;
                nodeSteps: number;
                offerCapacity: number;
                offerId?: string;
                offerNode?: number;
                partnerId: string;
                reason?: string;
                risk: number;
                rule?: string;
                sanctionsHits: components["schemas"]["ScreeningMatch"][];
                score: number;
                scoreBreakdown: {
                    [key: string]: number;
                };
            }[];
            ranking: {
                explanation: string;
                explanationMessage: components["schemas"]["Message"];
                gapId: string;
                inputName: string;
                ranked: {
                    licenceDelayDays: number;
                    modelId: string;
                    modelType: string;
                    partnerId: string;
                    rank: number;
                    score: number;
                }[];
                unlawful: {
                    message?: components["schemas"]["Message"];
                    modelId: string;
                    partnerId: string;
                    reason?: string;
                    rule?: string;
                }[];
            }[];
            screening: {
                firmId: string;
                firmName: string;
                hits: {
                    bindsRegimes: string[];
                    listId: string;
                    listName: string;
                    match: components["schemas"]["ScreeningMatch"];
                    rule: string;
                }[];
                /** @enum {string} */
                side: "partner" | "domestic";
            }[];
            sensitivity: {
                deltaToChangeTop: number | null;
                gapId: string;
                newTop?: {
                    modelId: string;
                    partnerId: string;
                };
                /** @enum {string} */
                weight: "coverage" | "leadTime" | "cost" | "dependence" | "risk" | "localization" | "exposure";
            }[];
            weights: {
                cost: number;
                coverage: number;
                dependence: number;
                exposure: number;
                leadTime: number;
                localization: number;
                risk: number;
            };
        };
        Plan: {
            activities: {
                alternatives?: {
                    deltaCost?: number;
                    deltaDays?: number;
                    message: components["schemas"]["Message"];
                    model: string;
                    /** @enum {string} */
                    outcome: "unlawful" | "later" | "costlier" | "infeasible" | "more-concentrated" | "equal" | "not-evaluated";
                    partner: string;
                    reason: string;
                    rule?: string;
                }[];
                cost: number;
                critical: boolean;
                explanation: string;
                explanationMessage: components["schemas"]["Message"];
                finish: string;
                gapId: string;
                id: string;
                kind: string;
                model: string | null;
                name: string;
                nameMessage: components["schemas"]["Message"];
                partner: string | null;
                /** @enum {string} */
                phase: "market" | "joint-engineering" | "localized-production";
                progress?: {
                    percentComplete: number;
                    spent: number;
                    /** @enum {string} */
                    status: "finished" | "in-progress";
                };
                start: string;
                targetId: string;
            }[];
            blocking: {
                gapId: string;
                inputName: string;
                message: components["schemas"]["Message"];
                reason: string;
                rules: string[];
                targetId: string;
            }[];
            budget: {
                cumulativeAvailable: number;
                cumulativeSpend: number;
                date: string;
            }[];
            cleanroom: {
                available: number;
                date: string;
                required: number;
            }[];
            completion: {
                date: string | null;
            };
            criticalPath: string[];
            decisions: {
                alternatives: {
                    deltaCost?: number;
                    deltaDays?: number;
                    message: components["schemas"]["Message"];
                    model: string;
                    /** @enum {string} */
                    outcome: "unlawful" | "later" | "costlier" | "infeasible" | "more-concentrated" | "equal" | "not-evaluated";
                    partner: string;
                    reason: string;
                    rule?: string;
                }[];
                explanation: string;
                explanationMessage: components["schemas"]["Message"];
                firm: {
                    id: string;
                    name: string;
                } | null;
                gapId: string;
                model: string;
                modelType: string;
                partner: string;
            }[];
            financing: {
                cashBalance: {
                    balance: number;
                    date: string;
                    debtService: number;
                    inflow: number;
                    spend: number;
                }[];
                currency: string;
                loans: {
                    graceYears: number;
                    instrument: string;
                    name: string;
                    payments: {
                        balance: number;
                        date: string;
                        interest: number;
                        principal: number;
                    }[];
                    principal: number;
                    rate: number;
                    termYears: number;
                    totalInterest: number;
                }[];
                totalDebtService: number;
                totalInterest: number;
            };
            localization: {
                final: number;
                steps: {
                    date: string;
                    share: number;
                }[];
                targetId: string;
            }[];
            phases: {
                activities: number;
                finish: string;
                /** @enum {string} */
                phase: "market" | "joint-engineering" | "localized-production";
                start: string;
            }[];
            provenance: components["schemas"]["Provenance"];
            reason?: string;
            reasonMessage?: components["schemas"]["Message"];
            rejected: {
                activity: string;
                gapId: string;
                message: components["schemas"]["Message"];
                model: string;
                partner: string;
                reason: string;
                rule?: string;
            }[];
            startDate: string;
            stats: {
                earliestCompletionDate: string;
                elapsedMs: number;
                escalations: number;
                maxSchedules: number;
                /** @enum {string} */
                profile: "quick" | "standard" | "thorough";
                schedulesGenerated: number;
                seed: number;
                solves: number;
                /** @enum {string} */
                stoppedBy: "budget" | "time-limit" | "converged" | "proof";
                timeLimitMs?: number;
            };
            /** @enum {string} */
            status: "optimal" | "feasible" | "infeasible" | "unknown";
            targets: {
                blockedBy?: string[];
                deadline?: string;
                dueDate?: string;
                lateDays: number;
                productionStart: string | null;
                targetId: string;
            }[];
            /** @enum {string} */
            timeUnit: "day" | "week";
            totalCost: number;
            variance?: components["schemas"]["Variance"];
            warmStart: {
                entries: {
                    activity: string;
                    option: string;
                    start: number;
                }[];
            };
            workforce: {
                available: number;
                date: string;
                required: number;
            }[];
        };
        PlanRequest: {
            maxSchedules?: number;
            /** @enum {string} */
            profile?: "quick" | "standard" | "thorough";
            seed?: number;
            timeLimitMs?: number;
        };
        PlanStaleness: {
            jobId: string;
            planCreatedAt: string;
            stale: {
                alerts: {
                    id: string;
                    /** @enum {string} */
                    kind: "added" | "removed" | "changed";
                    list: string;
                    /** @description the listed name or alias that matched */
                    matchedName: string;
                    partyName: string;
                    /** @description partner | domestic for a scenario's firms, agreement for an agreement's party */
                    partyRole: string | null;
                }[];
                /** @enum {string} */
                code: "plan.stale.sanctions";
                listVersion: number;
                reason: string;
            } | null;
        };
        Problem: {
            /** @enum {string} */
            code: "BAD_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "INFEASIBLE" | "UNKNOWN" | "INTERNAL";
            detail: string;
            errors?: {
                column?: number;
                hint?: string;
                line?: number;
                message: string;
                path: string;
            }[];
            status: number;
            title: string;
            type: string;
        };
        ProgrammeMember: {
            grantedAt: string;
            grantedBy: string;
            role: components["schemas"]["ProgrammeRole"];
            userId: string;
            username: string;
        };
        ProgrammeMembers: {
            members: components["schemas"]["ProgrammeMember"][];
            restricted: boolean;
        };
        /** @enum {string} */
        ProgrammeRole: "viewer" | "analyst" | "manager";
        Provenance: {
            assumptions: {
                path: string;
                text: string;
            }[];
            budget: {
                maxSchedules: number;
                timeLimitMs?: number;
            };
            countryGroups: {
                asOf: string | null;
                id: string;
                name: string;
            }[];
            currency: string;
            datasets: {
                date: string;
                name: string;
                version: string;
            }[];
            engine: {
                planner: string;
            };
            exchangeRates: {
                applied: string[];
                currency: string;
                date: string;
                rate: number;
            }[];
            facts: {
                date?: string;
                id: string;
                outlet?: string;
                title: string;
                url?: string;
            }[];
            note: string;
            /** @enum {string} */
            profile: "quick" | "standard" | "thorough";
            rules: {
                citation: string;
                id: string;
            }[];
            scenario: {
                id: string;
                sha256: string | null;
                version: number | null;
            };
            seed: number;
        };
        RequestDecisionBrief: {
            note?: string;
        };
        Resolution: {
            /** @description a decision brief requested for the higher bodies */
            briefRequest: {
                at: string;
                by: string;
                note: string | null;
            } | null;
            createdAt: string;
            createdBy: string;
            dueOn: string | null;
            id: string;
            /** @enum {string} */
            kind: "decision" | "resolution";
            meetingId: string | null;
            owner: string;
            status: components["schemas"]["ResolutionStatus"];
            title: string;
            updatedAt: string;
        };
        ResolutionInput: {
            /** @example 2024-10-15 */
            dueOn?: string | null;
            /** @enum {string} */
            kind: "decision" | "resolution";
            meetingId?: string | null;
            /** @description who carries it out: a member or an organisation */
            owner: string;
            status: components["schemas"]["ResolutionStatus"];
            title: string;
        };
        /** @enum {string} */
        ResolutionStatus: "proposed" | "adopted" | "in-progress" | "done" | "rejected";
        RiskReport: {
            baseline: string | null;
            completed: number;
            dueDates: {
                dueDate: string;
                probability: number;
                targetId: string;
            }[];
            histogram: {
                count: number;
                date: string;
            }[];
            noPlan: {
                count: number;
                reasons: {
                    count: number;
                    message: components["schemas"]["Message"];
                    reason: string;
                }[];
            };
            p50: string | null;
            p80: string | null;
            p95: string | null;
            partnerEvents: {
                dropped: number;
                partner: string;
                probability: number;
            }[];
            probabilityNoPlan: number;
            provenance: components["schemas"]["Provenance"];
            samples: number;
            searchFailures: number;
            seed: number;
        };
        RiskRequest: {
            /** @enum {string} */
            profile?: "quick" | "standard" | "thorough";
            samples: number;
            seed?: number;
        };
        RiskSampleRange: {
            completions: string[];
            from: number;
            noPlan: number;
            to: number;
        } | null;
        /** @enum {string} */
        Role: "viewer" | "analyst" | "manager" | "compliance" | "admin";
        RollbackRequest: {
            version?: number;
        };
        SaveBaseline: {
            jobId: string;
            /** @example Approved 2026-03 */
            name: string;
        };
        Scenario: components["schemas"]["ScenarioSummary"] & {
            content: string;
            createdBy: string;
            /** @enum {string} */
            format: "yaml" | "json";
            names?: components["schemas"]["DisplayNames"];
            scenario?: {
                actuals?: {
                    /** @default [] */
                    activities: {
                        activity: string;
                        /** Format: date */
                        actualFinish?: string;
                        /** Format: date */
                        actualStart: string;
                        currency?: string;
                        model?: string;
                        partner?: string;
                        percentComplete?: number;
                        source?: string;
                        /** @default 0 */
                        spent: number;
                    }[];
                    /** Format: date */
                    asOf: string;
                    source?: string;
                };
                /**
                 * @default {
                 *       "firms": [],
                 *       "capabilities": []
                 *     }
                 */
                domestic: {
                    /** @default [] */
                    capabilities: {
                        capacity: number;
                        firm?: string;
                        /** @enum {string} */
                        grade?: "wire-bond" | "flip-chip" | "fan-out" | "2.5D" | "3D";
                        input: string;
                        node?: number;
                        source?: string;
                        /**
                         * @default units-per-year
                         * @enum {string}
                         */
                        unit: "units-per-year" | "wafers-per-month" | "engineer-years" | "licences";
                    }[];
                    /** @default [] */
                    firms: {
                        /** @default [] */
                        aliases: string[];
                        country?: string;
                        headquarters?: string;
                        id: string;
                        /** @default [] */
                        identifiers: string[];
                        name: string;
                        role?: string;
                        source?: string;
                        ultimateParent?: string;
                    }[];
                };
                /** @default [] */
                facilities: {
                    /** @default [] */
                    capacity: {
                        area: number;
                        /** Format: date */
                        from: string;
                        source?: string;
                    }[];
                    construction?: {
                        area: number;
                        cost: number;
                        duration: number;
                        /** Format: date */
                        earliest?: string;
                        name?: string;
                        source?: string;
                    };
                    id: string;
                    name: string;
                    source?: string;
                }[];
                /**
                 * @default {
                 *       "instruments": []
                 *     }
                 */
                funds: {
                    /** @default [] */
                    instruments: {
                        currency?: string;
                        graceYears?: number;
                        id: string;
                        /** @enum {string} */
                        kind: "equity" | "recapitalization" | "grant" | "soft-loan" | "budget";
                        name: string;
                        rate?: number;
                        source?: string;
                        termYears?: number;
                        tranches: {
                            after?: string;
                            amount: number;
                            /** Format: date */
                            date: string;
                            source?: string;
                        }[];
                    }[];
                };
                /** @default [] */
                milestones: {
                    /** @default [] */
                    after: string[];
                    duration: number;
                    /** Format: date */
                    earliest?: string;
                    /** @default [] */
                    gates: string[];
                    id: string;
                    name: string;
                    source?: string;
                }[];
                /** @default [] */
                models: {
                    /** @default 0 */
                    costPerNodeStep: number;
                    currency?: string;
                    /** @default 0 */
                    durationPerNodeStep: number;
                    id: string;
                    localization: number;
                    name: string;
                    source?: string;
                    /**
                     * @default {
                     *       "engineers": 0
                     *     }
                     */
                    trainingOutput: {
                        engineers: number;
                        pool?: string;
                    };
                    /** @default [] */
                    transfers: string[];
                    /** @enum {string} */
                    type: "joint-venture" | "licensing" | "contract-manufacturing" | "technology-transfer" | "co-development" | "purchase";
                    workPackages: {
                        /** @default 0 */
                        cleanroom: number;
                        /** @default 0 */
                        cost: number;
                        duration: number;
                        /** @default 0 */
                        engineers: number;
                        facility?: string;
                        /** @enum {string} */
                        kind: "negotiate" | "setup-company" | "transfer" | "train" | "qualify" | "pilot" | "production";
                        pool?: string;
                        source?: string;
                    }[];
                }[];
                /** @default [] */
                partners: {
                    bloc?: string;
                    country?: string;
                    /** @default [] */
                    firms: {
                        /** @default [] */
                        aliases: string[];
                        country?: string;
                        headquarters?: string;
                        id: string;
                        /** @default [] */
                        identifiers: string[];
                        name: string;
                        role?: string;
                        source?: string;
                        ultimateParent?: string;
                    }[];
                    id: string;
                    name: string;
                    /** @default [] */
                    offers: {
                        capacity: number;
                        /** @default [] */
                        categories: string[];
                        /** @default 1 */
                        costFactor: number;
                        firm?: string;
                        /** @enum {string} */
                        grade?: "wire-bond" | "flip-chip" | "fan-out" | "2.5D" | "3D";
                        input: string;
                        layers?: number;
                        models?: string[];
                        node?: number;
                        /** @default [] */
                        originContent: {
                            regime: string;
                            share: number;
                        }[];
                        /** @default [] */
                        regimes: string[];
                        source?: string;
                        /**
                         * @default units-per-year
                         * @enum {string}
                         */
                        unit: "units-per-year" | "wafers-per-month" | "engineer-years" | "licences";
                    }[];
                    /** @default [] */
                    regimes: string[];
                    source?: string;
                    /** @default 0 */
                    unavailableProbability: number;
                }[];
                program: {
                    country: string;
                    currency: string;
                    description?: string;
                    /** @default [] */
                    exchangeRates: {
                        currency: string;
                        /** Format: date */
                        date: string;
                        rate: number;
                        source?: string;
                    }[];
                    horizon: number;
                    id: string;
                    name: string;
                    source?: string;
                    /** Format: date */
                    startDate: string;
                    /** @enum {string} */
                    timeUnit: "day" | "week";
                };
                /**
                 * @default {
                 *       "durationUncertainty": []
                 *     }
                 */
                risk: {
                    /** @default [] */
                    durationUncertainty: {
                        max: number;
                        min: number;
                        mode: number;
                        /** @enum {string} */
                        modelType: "joint-venture" | "licensing" | "contract-manufacturing" | "technology-transfer" | "co-development" | "purchase";
                        source?: string;
                    }[];
                };
                /**
                 * @default {
                 *       "countryGroups": [],
                 *       "exportControls": [],
                 *       "sanctions": {
                 *         "threshold": 0.85,
                 *         "lists": []
                 *       }
                 *     }
                 */
                rules: {
                    /** @default [] */
                    countryGroups: {
                        /** Format: date */
                        asOf?: string;
                        id: string;
                        members: string[];
                        name: string;
                        source?: string;
                    }[];
                    /** @default [] */
                    exportControls: {
                        /**
                         * @default exports
                         * @enum {string}
                         */
                        appliesTo: "exports" | "imports";
                        categories: string[];
                        citation: string;
                        deMinimisShare?: number;
                        destinations: string[];
                        /** Format: date */
                        effectiveFrom?: string;
                        /** Format: date */
                        effectiveUntil?: string;
                        endUser?: {
                            /** @default [] */
                            headquarteredIn: string[];
                            /** @default [] */
                            ultimateParentIn: string[];
                        };
                        /** @default [] */
                        exceptDestinations: string[];
                        id: string;
                        licenceDecision?: {
                            approvalProbability: number;
                            days: {
                                max: number;
                                min: number;
                                mode: number;
                            };
                        };
                        /** @default 0 */
                        licenceDelayDays: number;
                        policy?: string;
                        regime: string;
                        /** @enum {string} */
                        requirement: "allowed" | "licence" | "prohibited";
                        source?: string;
                        text: string;
                        thresholds?: {
                            layersAtOrAbove?: number;
                            nodeAtOrBelow?: number;
                        };
                    }[];
                    /**
                     * @default {
                     *       "threshold": 0.85,
                     *       "lists": []
                     *     }
                     */
                    sanctions: {
                        /** @default [] */
                        lists: {
                            /** @default [] */
                            bindsRegimes: string[];
                            id: string;
                            match: string;
                            name: string;
                            source?: string;
                        }[];
                        /** @default 0.85 */
                        threshold: number;
                    };
                };
                /**
                 * @default {
                 *       "weights": {
                 *         "coverage": 0.25,
                 *         "leadTime": 0.2,
                 *         "cost": 0.15,
                 *         "dependence": 0.1,
                 *         "risk": 0.1,
                 *         "localization": 0.1,
                 *         "exposure": 0.1
                 *       },
                 *       "marketShift": 0.05
                 *     }
                 */
                scoring: {
                    /** @default 0.05 */
                    marketShift: number;
                    /**
                     * @default {
                     *       "coverage": 0.25,
                     *       "leadTime": 0.2,
                     *       "cost": 0.15,
                     *       "dependence": 0.1,
                     *       "risk": 0.1,
                     *       "localization": 0.1,
                     *       "exposure": 0.1
                     *     }
                     */
                    weights: {
                        /** @default 0.15 */
                        cost: number;
                        /** @default 0.25 */
                        coverage: number;
                        /** @default 0.1 */
                        dependence: number;
                        /** @default 0.1 */
                        exposure: number;
                        /** @default 0.2 */
                        leadTime: number;
                        /** @default 0.1 */
                        localization: number;
                        /** @default 0.1 */
                        risk: number;
                    };
                };
                /** @default [] */
                sources: {
                    date?: string;
                    id: string;
                    outlet?: string;
                    title: string;
                    url?: string;
                }[];
                targets: {
                    /** @default [] */
                    counterparts: string[];
                    /** Format: date */
                    deadline?: string;
                    /** Format: date */
                    dueDate: string;
                    id: string;
                    inputs: {
                        demand?: {
                            amount: number;
                            /** @enum {string} */
                            unit: "units-per-year" | "wafers-per-month" | "engineer-years" | "licences";
                        };
                        /** @enum {string} */
                        grade?: "wire-bond" | "flip-chip" | "fan-out" | "2.5D" | "3D";
                        input: string;
                        node?: number;
                        source?: string;
                    }[];
                    /** @default [] */
                    lines: {
                        /** @default [] */
                        exceptions: string[];
                        id: string;
                        inputs: string[];
                        name: string;
                        source?: string;
                    }[];
                    name: string;
                    node?: number;
                    product?: string;
                    source?: string;
                    /** @default 1 */
                    tardinessWeight: number;
                    volume: number;
                }[];
                /**
                 * @default {
                 *       "pools": [],
                 *       "training": []
                 *     }
                 */
                workforce: {
                    /** @default [] */
                    pools: {
                        id: string;
                        initial: number;
                        name: string;
                        source?: string;
                    }[];
                    /** @default [] */
                    training: {
                        capacity: number;
                        cohortSize: number;
                        /** @default 0 */
                        costPerCohort: number;
                        currency?: string;
                        duration: number;
                        id: string;
                        maxCohorts?: number;
                        pool: string;
                        source?: string;
                        /** Format: date */
                        start?: string;
                    }[];
                };
            };
        };
        ScenarioIssue: {
            column: number;
            hint?: string;
            line: number;
            message: string;
            path: string;
        };
        ScenarioSummary: {
            country: string | null;
            createdAt: string;
            id: string;
            name: string;
            updatedAt: string;
            version: number;
        };
        ScenarioVersion: {
            createdAt: string;
            createdBy: string;
            name: string;
            version: number;
        };
        ScreeningMatch: {
            datasetVersion: string;
            explanation: string[];
            explanationMessages: components["schemas"]["Message"][];
            id: string;
            list: string;
            matchedName?: string;
            name: string;
            publicationDate?: string;
            score: number;
        };
        ScreeningQuery: {
            aliases?: string[];
            birthDate?: string;
            country?: string;
            identifiers?: string[];
            name: string;
        };
        ScreeningResult: {
            matches: components["schemas"]["ScreeningMatch"][];
            query: components["schemas"]["ScreeningQuery"];
        };
        SetProgrammeMember: {
            role: components["schemas"]["ProgrammeRole"];
        };
        SetProgrammeRestricted: {
            restricted: boolean;
        };
        Sweep: {
            createdAt: string;
            dimensions: string[];
            id: string;
            name: string | null;
            /** @enum {string|null} */
            profile: "quick" | "standard" | "thorough" | null;
            progress: {
                done: number;
                total: number;
            };
            rows: components["schemas"]["SweepRow"][];
            samples: number;
            scenarioId: string;
            scenarioVersion: number;
            seed: number;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed" | "cancelled";
            variants: {
                error?: components["schemas"]["Problem"];
                index: number;
                jobId: string;
                jobs: {
                    done: number;
                    total: number;
                };
                options: {
                    dimension: string;
                    option: string;
                }[];
                /** @enum {string} */
                status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                worker?: string;
            }[];
        };
        SweepRow: {
            completion: string | null;
            currency: string;
            index: number;
            options: {
                dimension: string;
                option: string;
            }[];
            p50: string | null;
            p80: string | null;
            partners: string[];
            probabilityNoPlan: number | null;
            samples: number;
            /** @enum {string} */
            status: "optimal" | "feasible" | "infeasible" | "unknown";
            totalCost: number;
        };
        SweepSummary: {
            createdAt: string;
            createdBy: string;
            dimensions: string[];
            id: string;
            name: string | null;
            /** @enum {string|null} */
            profile: "quick" | "standard" | "thorough" | null;
            samples: number;
            scenarioVersion: number;
            seed: number;
            variants: number;
        };
        UpdateAgreement: {
            kind: components["schemas"]["AgreementKind"];
            notes?: string | null;
            /** @default [] */
            obligations: components["schemas"]["AgreementObligation"][];
            parties: components["schemas"]["AgreementParty"][];
            sources?: string[];
            title: string;
            /** @description the version this edit is based on */
            version: number;
        };
        UpdateScenario: {
            content: string;
            /** @enum {string} */
            format?: "yaml" | "json";
            name?: string;
            version?: number;
        };
        UpdateUserRequest: {
            disabled?: boolean;
            password?: string;
            role?: components["schemas"]["Role"];
        };
        UpdateWorkingGroup: {
            mandate?: string | null;
            members: components["schemas"]["WorkingGroupMember"][];
            name: string;
            sources?: string[];
            version: number;
        };
        User: {
            createdAt: string;
            disabled: boolean;
            id: string;
            role: components["schemas"]["Role"];
            updatedAt: string;
            username: string;
        };
        ValidationResult: {
            issues: components["schemas"]["ScenarioIssue"][];
            ok: boolean;
        };
        Variance: {
            activities: {
                activity: string;
                baselineCost: number | null;
                baselineFinish: string | null;
                baselineStart: string | null;
                critical: boolean;
                forecastCost: number | null;
                forecastFinish: string | null;
                forecastStart: string | null;
                kind: string;
                name: string;
                nameMessage: components["schemas"]["Message"];
                slipDays: number | null;
                startSlipDays: number | null;
                /** @enum {string} */
                status: "finished" | "in-progress" | "not-started";
            }[];
            asOf: string | null;
            baseline: {
                scenario: {
                    id: string;
                    sha256: string | null;
                    version: number | null;
                };
            };
            criticalPath: string[];
            milestones: {
                activity: string;
                baseline: string | null;
                forecast: string | null;
                /** @enum {string} */
                kind: "milestone" | "target";
                name: string;
                nameMessage: components["schemas"]["Message"];
                slipDays: number | null;
            }[];
            newlyCritical: string[];
            totals: {
                baselineCompletion: string | null;
                baselineCost: number;
                completionSlipDays: number | null;
                costVariance: number;
                currency: string;
                forecastCompletion: string | null;
                forecastCost: number;
                spent: number;
            };
        };
        WhatIfPlan: {
            activities: {
                alternatives?: {
                    deltaCost?: number;
                    deltaDays?: number;
                    message: components["schemas"]["Message"];
                    model: string;
                    /** @enum {string} */
                    outcome: "unlawful" | "later" | "costlier" | "infeasible" | "more-concentrated" | "equal" | "not-evaluated";
                    partner: string;
                    reason: string;
                    rule?: string;
                }[];
                cost: number;
                critical: boolean;
                explanation: string;
                explanationMessage: components["schemas"]["Message"];
                finish: string;
                gapId: string;
                id: string;
                kind: string;
                model: string | null;
                name: string;
                nameMessage: components["schemas"]["Message"];
                partner: string | null;
                /** @enum {string} */
                phase: "market" | "joint-engineering" | "localized-production";
                progress?: {
                    percentComplete: number;
                    spent: number;
                    /** @enum {string} */
                    status: "finished" | "in-progress";
                };
                start: string;
                targetId: string;
            }[];
            baselineImprovable?: {
                message: components["schemas"]["Message"];
                reason: string;
            };
            blocking: {
                gapId: string;
                inputName: string;
                message: components["schemas"]["Message"];
                reason: string;
                rules: string[];
                targetId: string;
            }[];
            budget: {
                cumulativeAvailable: number;
                cumulativeSpend: number;
                date: string;
            }[];
            cleanroom: {
                available: number;
                date: string;
                required: number;
            }[];
            completion: {
                date: string | null;
            };
            criticalPath: string[];
            decisions: {
                alternatives: {
                    deltaCost?: number;
                    deltaDays?: number;
                    message: components["schemas"]["Message"];
                    model: string;
                    /** @enum {string} */
                    outcome: "unlawful" | "later" | "costlier" | "infeasible" | "more-concentrated" | "equal" | "not-evaluated";
                    partner: string;
                    reason: string;
                    rule?: string;
                }[];
                explanation: string;
                explanationMessage: components["schemas"]["Message"];
                firm: {
                    id: string;
                    name: string;
                } | null;
                gapId: string;
                model: string;
                modelType: string;
                partner: string;
            }[];
            diff: {
                activity: string;
                after?: unknown;
                before?: unknown;
                field: string;
            }[];
            financing: {
                cashBalance: {
                    balance: number;
                    date: string;
                    debtService: number;
                    inflow: number;
                    spend: number;
                }[];
                currency: string;
                loans: {
                    graceYears: number;
                    instrument: string;
                    name: string;
                    payments: {
                        balance: number;
                        date: string;
                        interest: number;
                        principal: number;
                    }[];
                    principal: number;
                    rate: number;
                    termYears: number;
                    totalInterest: number;
                }[];
                totalDebtService: number;
                totalInterest: number;
            };
            localization: {
                final: number;
                steps: {
                    date: string;
                    share: number;
                }[];
                targetId: string;
            }[];
            phases: {
                activities: number;
                finish: string;
                /** @enum {string} */
                phase: "market" | "joint-engineering" | "localized-production";
                start: string;
            }[];
            provenance: components["schemas"]["Provenance"];
            reason?: string;
            reasonMessage?: components["schemas"]["Message"];
            rejected: {
                activity: string;
                gapId: string;
                message: components["schemas"]["Message"];
                model: string;
                partner: string;
                reason: string;
                rule?: string;
            }[];
            startDate: string;
            stats: {
                earliestCompletionDate: string;
                elapsedMs: number;
                escalations: number;
                maxSchedules: number;
                /** @enum {string} */
                profile: "quick" | "standard" | "thorough";
                schedulesGenerated: number;
                seed: number;
                solves: number;
                /** @enum {string} */
                stoppedBy: "budget" | "time-limit" | "converged" | "proof";
                timeLimitMs?: number;
            };
            /** @enum {string} */
            status: "optimal" | "feasible" | "infeasible" | "unknown";
            targets: {
                blockedBy?: string[];
                deadline?: string;
                dueDate?: string;
                lateDays: number;
                productionStart: string | null;
                targetId: string;
            }[];
            /** @enum {string} */
            timeUnit: "day" | "week";
            totalCost: number;
            variance?: components["schemas"]["Variance"];
            warmStart: {
                entries: {
                    activity: string;
                    option: string;
                    start: number;
                }[];
            };
            workforce: {
                available: number;
                date: string;
                required: number;
            }[];
        };
        WhatIfRequest: {
            changes: string | {
                [key: string]: unknown;
            };
            maxSchedules?: number;
            /** @enum {string} */
            profile?: "quick" | "standard" | "thorough";
            seed?: number;
            timeLimitMs?: number;
        };
        WorkingGroup: {
            createdAt: string;
            createdBy: string;
            id: string;
            mandate: string | null;
            meetings: components["schemas"]["Meeting"][];
            members: components["schemas"]["WorkingGroupMember"][];
            name: string;
            resolutions: components["schemas"]["Resolution"][];
            scenarioId: string;
            sources: string[];
            updatedAt: string;
            version: number;
        };
        WorkingGroupMember: {
            name: string;
            organisation: string;
            role: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listAlerts: {
        parameters: {
            query?: {
                limit?: number;
                scenario?: string;
                status?: "open" | "acknowledged";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"][];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description what the officer checked */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeAlertRequest"];
            };
        };
        responses: {
            /** @description the acknowledged alert */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "compliance", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"][];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "manager", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the signed-in user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    oidcCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed in; to the web UI */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    oidcLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to the provider's authorization endpoint */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description sign-in options */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthOptions"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description changed; sign in again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description tokens, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            /** @description the token; store it now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"] & {
                        token: string;
                    };
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the revoked token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChokepoints: {
        parameters: {
            query?: {
                threshold?: number | null;
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chokepoint[] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chokepoint"][];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChainGaps: {
        parameters: {
            query: {
                country: string;
                /** @description stage ids, e.g. S1,S3 */
                stages?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description GapRow[] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainGapRow"][];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDatasets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description versions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"][];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollbackDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "trade" | "entities";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RollbackRequest"];
            };
        };
        responses: {
            /** @description the version that is current now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "compliance", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importEntities: {
        parameters: {
            query?: {
                format?: "ftm" | "sdn" | "xml" | "uk";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the file, as the raw body (text/csv, application/json, application/octet-stream) or multipart/form-data (field `file`; for OFAC sdn.csv also add.csv and alt.csv as further file fields) */
        requestBody?: {
            content: {
                "application/json": string;
                "application/octet-stream": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description the new, now current, version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importTrade: {
        parameters: {
            query?: {
                format?: "baci" | "comtrade";
                hs?: string;
                latin1?: "0" | "1" | "true" | "false";
                skipInvalid?: "0" | "1" | "true" | "false";
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the file, as the raw body (text/csv, application/json, application/octet-stream) or multipart/form-data (field `file`; for OFAC sdn.csv also add.csv and alt.csv as further file fields) */
        requestBody?: {
            content: {
                "application/json": string;
                "application/octet-stream": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description the new, now current, version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the job after cancelling */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarket: {
        parameters: {
            query: {
                from?: number;
                /** @description partner group, e.g. CHN,IND,MYS */
                group?: string;
                hs?: string;
                importer: string;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MarketReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketReport"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description scenarios, most recently saved first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioSummary"][];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body returns the first answer instead of creating again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScenario"];
            };
        };
        responses: {
            /** @description the stored scenario, version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateScenario: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
                /** @description `return=minimal`: answer 204 with the new version in ETag and no body (RFC 7240) */
                prefer?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScenario"];
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description saved, with `Prefer: return=minimal`: the new version is in ETag, `Preference-Applied: return=minimal` */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"][];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreement"];
            };
        };
        responses: {
            /** @description the stored draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgreement"];
            };
        };
        responses: {
            /** @description the saved agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAgreementDocument: {
        parameters: {
            query: {
                filename: string;
            };
            header?: never;
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description the document as the raw body (≤ 10 MB), its media type in Content-Type */
        requestBody?: {
            content: {
                "application/msword": string;
                "application/pdf": string;
                "application/vnd.oasis.opendocument.text": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "image/jpeg": string;
                "image/png": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description the stored document's metadata */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDocument"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreementDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/msword": string;
                    "application/pdf": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "text/plain": string;
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeAgreementStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAgreementStatus"];
            };
        };
        responses: {
            /** @description the agreement in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBaselines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description baselines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Baseline"][];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveBaseline"];
            };
        };
        responses: {
            /** @description the baseline */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Baseline"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "analyst", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBaselineVariance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description forecast against the baseline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineVariance"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBrief: {
        parameters: {
            query?: {
                format?: "pdf" | "html";
                /** @description language of the brief */
                lang?: "en" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the brief */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGaps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description GapReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapReport"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScenarioJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"][];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammeMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description members by username */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMembers"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProgrammeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the user's id, or (to add) their username */
                userId: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetProgrammeMember"];
            };
        };
        responses: {
            /** @description the membership */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMember"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeProgrammeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the user's id, or (to add) their username */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerFit: {
        parameters: {
            query?: {
                /** @description criterion=weight pairs, e.g. cost=0.3,risk=0.2 (coverage, leadTime, cost, dependence, risk, localization, exposure) */
                weights?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PartnerFitReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerFitReport"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlanJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body returns the first answer instead of creating again */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanRequest"];
            };
        };
        responses: {
            /** @description job queued; poll GET /api/jobs/{jobId} or its events */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLatestPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        jobId: string;
                        plan: components["schemas"]["Plan"];
                        scenarioVersion: number;
                        status: string | null;
                    };
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanStaleness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description stale is null when the plan is current */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanStaleness"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProgrammeRestricted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetProgrammeRestricted"];
            };
        };
        responses: {
            /** @description the programme's members and restriction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeMembers"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRiskJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body returns the first answer instead of creating again */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RiskRequest"];
            };
        };
        responses: {
            /** @description job queued; poll GET /api/jobs/{jobId} or its events */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSweeps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sweeps */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepSummary"][];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSweep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSweep"];
            };
        };
        responses: {
            /** @description the sweep, its variants queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sweep"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "analyst", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSweep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sweepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sweep */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sweep"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelSweep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sweepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sweep after cancelling */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sweep"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScenarioVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description versions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioVersion"][];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenarioVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                v: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description that version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWhatIfJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body returns the first answer instead of creating again */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfRequest"];
            };
        };
        responses: {
            /** @description job queued; poll GET /api/jobs/{jobId} or its events */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkingGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description working groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"][];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkingGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkingGroup"];
            };
        };
        responses: {
            /** @description the group */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkingGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkingGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkingGroup"];
            };
        };
        responses: {
            /** @description the group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description the meeting */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description the meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionInput"];
            };
        };
        responses: {
            /** @description the resolution */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionInput"];
            };
        };
        responses: {
            /** @description the resolution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestDecisionBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                id: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDecisionBrief"];
            };
        };
        responses: {
            /** @description the resolution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    screen: {
        parameters: {
            query?: {
                threshold?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description one query, or { queries: [...] } */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningQuery"] | {
                    queries: components["schemas"]["ScreeningQuery"][];
                };
            };
        };
        responses: {
            /** @description matches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningResult"] | {
                        results: components["schemas"]["ScreeningResult"][];
                    };
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description accounts by username */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description the account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description the account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (422) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    file?: string;
                };
            };
        };
        responses: {
            /** @description validation result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationResult"];
                };
            };
            /** @description problem details (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no valid session or token (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role below "viewer", or a cross-origin cookie write (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem details (413) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
