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
  /**
   * The scenario version's stored text, parsed again in the worker exactly as the CLI parses a
   * file (the stored JSON copy has the database's key order, which must not reach an answer).
   */
  content: string;
  params: Record<string, unknown>;
  reference: ReferenceInputs;
  /**
   * The plan to compare with or perturb: the scenario's latest plan (what-if, risk), or the variant's
   * stored plan (a sweep's range job).
   */
  baseline?: unknown;
  /** The scenario version's number and the sha256 of its stored text (provenance). */
  source: { version: number; sha256: string };
}

export type WorkerMessage =
  | { type: "progress"; jobId: string; fraction: number; message: string }
  | {
      type: "done";
      jobId: string;
      result: unknown;
      status: string | null;
      followUps?: Record<string, unknown>[];
    }
  | { type: "error"; jobId: string; code: string; message: string };
