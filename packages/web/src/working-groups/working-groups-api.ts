import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, postJson, request } from "../api/client.ts";
import type { components } from "../api/openapi.gen.ts";

type Schemas = components["schemas"];

/** Working groups' shapes, generated from the server's /openapi.json. */
export type WorkingGroup = Schemas["WorkingGroup"];
export type WorkingGroupMember = Schemas["WorkingGroupMember"];
export type Meeting = Schemas["Meeting"];
export type MeetingInput = Schemas["MeetingInput"];
export type Resolution = Schemas["Resolution"];
export type ResolutionInput = Schemas["ResolutionInput"];
export type ResolutionStatus = Schemas["ResolutionStatus"];
export type CreateWorkingGroup = Schemas["CreateWorkingGroup"];
export type UpdateWorkingGroup = Schemas["UpdateWorkingGroup"];

export const RESOLUTION_STATUSES: readonly ResolutionStatus[] = [
  "proposed",
  "adopted",
  "in-progress",
  "done",
  "rejected",
];

const enc = encodeURIComponent;
const base = (scenarioId: string) => `/api/scenarios/${enc(scenarioId)}/working-groups`;
const group = (scenarioId: string, groupId: string) => `${base(scenarioId)}/${enc(groupId)}`;

export const workingGroupsApi = {
  list: (scenarioId: string) => getJson<WorkingGroup[]>(base(scenarioId)),
  create: (scenarioId: string, body: CreateWorkingGroup) => postJson<WorkingGroup>(base(scenarioId), body),
  update: async (scenarioId: string, groupId: string, body: UpdateWorkingGroup) =>
    (await request<WorkingGroup>("PUT", group(scenarioId, groupId), { body })).data,
  addMeeting: (scenarioId: string, groupId: string, body: MeetingInput) =>
    postJson<Meeting>(`${group(scenarioId, groupId)}/meetings`, body),
  updateMeeting: async (scenarioId: string, groupId: string, meetingId: string, body: MeetingInput) =>
    (await request<Meeting>("PUT", `${group(scenarioId, groupId)}/meetings/${enc(meetingId)}`, { body }))
      .data,
  addResolution: (scenarioId: string, groupId: string, body: ResolutionInput) =>
    postJson<Resolution>(`${group(scenarioId, groupId)}/resolutions`, body),
  updateResolution: async (scenarioId: string, groupId: string, id: string, body: ResolutionInput) =>
    (await request<Resolution>("PUT", `${group(scenarioId, groupId)}/resolutions/${enc(id)}`, { body })).data,
  requestBrief: (scenarioId: string, groupId: string, id: string, note: string) =>
    postJson<Resolution>(
      `${group(scenarioId, groupId)}/resolutions/${enc(id)}/brief-request`,
      note ? { note } : {},
    ),
};

export function useWorkingGroups(scenarioId: string) {
  return useQuery({
    queryKey: ["working-groups", scenarioId],
    queryFn: () => workingGroupsApi.list(scenarioId),
  });
}

/** A write that refreshes the groups when it settles. */
export function useWorkingGroupWrite<V>(scenarioId: string, write: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: ["working-groups", scenarioId] }),
  });
}
