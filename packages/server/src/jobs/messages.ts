import type { JobKind } from "@chiproad/db";

/** Serializable reference-data inputs: dataset rows are sent once per version, then cached in the worker. */
export interface ReferenceInputs {
  trade: { version: number; rows?: unknown[] } | null;
  entities: { version: number; rows?: unknown[] } | null;
}

export interface RunMessage {
  type: "run";
  jobId: string;
  kind: JobKind;
  scenario: unknown;
  params: Record<string, unknown>;
  reference: ReferenceInputs;
  /** The scenario's latest plan (for what-if diffs and risk), when one exists. */
  baseline?: unknown;
  /** The scenario version's number and the sha256 of its stored text (provenance). */
  source: { version: number; sha256: string };
}

export type WorkerMessage =
  | { type: "progress"; jobId: string; fraction: number; message: string }
  | { type: "done"; jobId: string; result: unknown; status: string | null }
  | { type: "error"; jobId: string; code: string; message: string };
