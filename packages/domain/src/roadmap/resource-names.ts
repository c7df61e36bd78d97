import { type MessageParam, msg, nested, ref } from "../messages/index.ts";

/**
 * A renewable resource of the engine problem as a message parameter: an engineer pool or a
 * facility's cleanroom by name, the funds, or the id as it is (English keeps the id itself).
 */
export function resourceParam(id: string): MessageParam {
  const colon = id.indexOf(":");
  const kind = colon < 0 ? "" : id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === "engineers") return nested(msg("resource.engineers", { pool: ref("pool", rest) }));
  if (kind === "cleanroom") return nested(msg("resource.cleanroom", { facility: ref("facility", rest) }));
  if (id === "funds") return nested(msg("resource.funds"));
  if (id === "search order") return nested(msg("resource.searchOrder"));
  return id;
}
