import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiProblem, getJson, postJson, request } from "../api/client.ts";
import type { components } from "../api/openapi.gen.ts";
import type { Problem } from "../api/types.ts";

type Schemas = components["schemas"];

/** The agreements register's shapes, generated from the server's /openapi.json. */
export type Agreement = Schemas["Agreement"];
export type AgreementKind = Schemas["AgreementKind"];
export type AgreementStatus = Schemas["AgreementStatus"];
export type AgreementParty = Schemas["AgreementParty"];
export type AgreementObligation = Schemas["AgreementObligation"];
export type AgreementDocument = Schemas["AgreementDocument"];
export type CreateAgreement = Schemas["CreateAgreement"];
export type UpdateAgreement = Schemas["UpdateAgreement"];
export type ChangeAgreementStatus = Schemas["ChangeAgreementStatus"];

/** The kinds and statuses in the order the server's enums list them (for selects and labels). */
export const AGREEMENT_KINDS: readonly AgreementKind[] = [
  "cooperation",
  "mou",
  "joint-venture",
  "licence",
  "supply",
];

const enc = encodeURIComponent;
const base = (scenarioId: string) => `/api/scenarios/${enc(scenarioId)}/agreements`;

export const agreementsApi = {
  list: (scenarioId: string) => getJson<Agreement[]>(base(scenarioId)),
  create: (scenarioId: string, body: CreateAgreement) => postJson<Agreement>(base(scenarioId), body),
  update: async (scenarioId: string, id: string, body: UpdateAgreement) =>
    (await request<Agreement>("PUT", `${base(scenarioId)}/${enc(id)}`, { body })).data,
  changeStatus: (scenarioId: string, id: string, body: ChangeAgreementStatus) =>
    postJson<Agreement>(`${base(scenarioId)}/${enc(id)}/status`, body),
  documentUrl: (scenarioId: string, id: string, documentId: string) =>
    `${base(scenarioId)}/${enc(id)}/documents/${enc(documentId)}`,
  /** The file as the raw body, its media type as Content-Type (the server checks type and size). */
  async upload(scenarioId: string, id: string, file: File): Promise<AgreementDocument> {
    const response = await fetch(`${base(scenarioId)}/${enc(id)}/documents?filename=${enc(file.name)}`, {
      method: "POST",
      headers: { "content-type": file.type || "application/octet-stream", accept: "application/json" },
      body: file,
    });
    const text = await response.text();
    if (!response.ok) {
      let problem: Problem;
      try {
        problem = JSON.parse(text) as Problem;
      } catch {
        problem = { type: "about:blank", title: "", status: response.status, code: "INTERNAL", detail: text };
      }
      throw new ApiProblem(problem);
    }
    return JSON.parse(text) as AgreementDocument;
  },
};

export function useAgreements(scenarioId: string) {
  return useQuery({ queryKey: ["agreements", scenarioId], queryFn: () => agreementsApi.list(scenarioId) });
}

/** A write to the register that refreshes the list when it settles. */
export function useAgreementWrite<V>(scenarioId: string, write: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: ["agreements", scenarioId] }),
  });
}
