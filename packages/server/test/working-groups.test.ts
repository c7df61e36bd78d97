import type { Database } from "@chiproad/db";
import { beforeAll, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { harness, json, MINIMAL_SCENARIO } from "./harness.ts";

interface Resolution {
  id: string;
  status: string;
  owner: string;
  meetingId: string | null;
  briefRequest: { by: string; note: string | null } | null;
}
interface Group {
  id: string;
  version: number;
  members: { name: string }[];
  meetings: { id: string; heldOn: string; minutes: string | null }[];
  resolutions: Resolution[];
}

forEachBackend("working groups API", (db: () => Database) => {
  const analyst = () => harness(db());
  const viewer = () => harness(db(), undefined, { as: "viewer" });
  let base = "";

  beforeAll(async () => {
    const res = await analyst().request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO });
    expect(res.status, await res.clone().text()).toBe(201);
    base = `/api/scenarios/${String((await json(res)).id)}/working-groups`;
  });

  it("keeps members, a meeting with its minutes, a resolution's status and owner, and one brief request", async () => {
    const created = await analyst().request("POST", base, {
      name: "Working group",
      mandate: "Bring a resolution to the higher bodies",
      members: [{ name: "Anna", organisation: "FAREXPO", role: "chair" }],
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const group = await json<Group>(created);
    const meeting = await json<{ id: string }>(
      analyst().request("POST", `${base}/${group.id}/meetings`, {
        heldOn: "2024-10-15",
        agenda: "Joint plan",
      }),
    );
    const minuted = await analyst().request("PUT", `${base}/${group.id}/meetings/${meeting.id}`, {
      heldOn: "2024-10-15",
      agenda: "Joint plan",
      minutes: "Draft plan agreed",
    });
    expect(minuted.status).toBe(200);
    const r = await json<Resolution>(
      analyst().request("POST", `${base}/${group.id}/resolutions`, {
        title: "Submit the resolution",
        kind: "resolution",
        status: "proposed",
        owner: "FAREXPO",
        meetingId: meeting.id,
        dueOn: "2024-12-01",
      }),
    );
    const adopted = await analyst().request("PUT", `${base}/${group.id}/resolutions/${r.id}`, {
      title: "Submit the resolution",
      kind: "resolution",
      status: "adopted",
      owner: "TTF Electronic",
      meetingId: meeting.id,
    });
    expect(await json(adopted)).toMatchObject({ status: "adopted", owner: "TTF Electronic", dueOn: null });
    const brief = await analyst().request("POST", `${base}/${group.id}/resolutions/${r.id}/brief-request`, {
      note: "for the council",
    });
    expect(brief.status).toBe(200);
    expect((await json<Resolution>(brief)).briefRequest).toMatchObject({
      by: await analyst().userId(),
      note: "for the council",
    });
    const again = await analyst().request(
      "POST",
      `${base}/${group.id}/resolutions/${r.id}/brief-request`,
      {},
    );
    expect(again.status).toBe(409);
    const read = await json<Group>(viewer().request("GET", `${base}/${group.id}`));
    expect(read.meetings).toEqual([
      expect.objectContaining({ heldOn: "2024-10-15", minutes: "Draft plan agreed" }),
    ]);
    expect(read.resolutions).toEqual([
      expect.objectContaining({ id: r.id, status: "adopted", meetingId: meeting.id }),
    ]);
    const actions = (await db().audit.list({ limit: 20 })).map((e) => e.action);
    for (const a of [
      "working-group.create",
      "working-group.meeting.add",
      "working-group.meeting.update",
      "working-group.resolution.add",
      "working-group.resolution.update",
      "working-group.brief.request",
    ])
      expect(actions).toContain(a);
  });

  it("refuses a viewer's write, a bad date (path named) and a stale save, storing nothing", async () => {
    const group = await json<Group>(analyst().request("POST", base, { name: "G", members: [] }));
    expect(
      (await viewer().request("POST", `${base}/${group.id}/meetings`, { heldOn: "2024-10-15", agenda: "x" }))
        .status,
    ).toBe(403);
    const bad = await analyst().request("POST", `${base}/${group.id}/meetings`, {
      heldOn: "15.10.2024",
      agenda: "x",
    });
    expect(bad.status).toBe(400);
    expect((await json<{ errors: { path: string }[] }>(bad)).errors[0]?.path).toBe("json.heldOn");
    const impossible = await analyst().request("POST", `${base}/${group.id}/meetings`, {
      heldOn: "2024-02-30",
      agenda: "x",
    });
    expect(impossible.status).toBe(422);
    const saved = await analyst().request("PUT", `${base}/${group.id}`, {
      name: "G2",
      members: [],
      version: 1,
    });
    expect(saved.status).toBe(200);
    const stale = await analyst().request("PUT", `${base}/${group.id}`, {
      name: "G3",
      members: [],
      version: 1,
    });
    expect(stale.status).toBe(409);
    const read = await json<Group & { name: string }>(viewer().request("GET", `${base}/${group.id}`));
    expect(read).toMatchObject({ name: "G2", version: 2, meetings: [] });
  });
});
