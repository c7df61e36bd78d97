import type { Message } from "../messages/index.ts";
import type { Provenance } from "../roadmap/provenance.ts";

/** Result of a Monte Carlo risk analysis of a roadmap (JSON contract in the package README). */
export interface RiskReport {
  samples: number;
  /** Samples in which every target reaches volume production. */
  completed: number;
  /** Samples in which the programme cannot complete, by reason (e.g. a gap's only supplier dropped out). */
  noPlan: { count: number; reasons: { reason: string; count: number; message: Message }[] };
  /** Samples where the search found no plan and nothing proved there is none; 0 unless escalation failed. */
  searchFailures: number;
  /** Share of samples with no plan (noPlan.count / samples). */
  probabilityNoPlan: number;
  /**
   * Completion dates (start of the last target's volume production) at the 50th/80th/95th
   * percentile of the samples that complete; null when none does.
   */
  p50: string | null;
  p80: string | null;
  p95: string | null;
  /** Completion of the deterministic plan the samples perturb. */
  baseline: string | null;
  /** Probability (0..1, over all samples) that each target reaches volume production by its due date. */
  dueDates: { targetId: string; dueDate: string; probability: number }[];
  /** Completion dates of the completed samples, bucketed by month (first day of the month). */
  histogram: { date: string; count: number }[];
  /** How often each partner dropped out in the samples. */
  partnerEvents: { partner: string; probability: number; dropped: number }[];
  seed: number;
  provenance: Provenance;
}

/**
 * A range of an analysis's samples, reduced to what a sweep row shows: the jobs of one sweep variant
 * each run a range, and their ranges merge exactly into the figures of one analysis over all samples.
 */
export interface RiskSampleRange {
  /** First sample index (inclusive). */
  from: number;
  /** Last sample index (exclusive). */
  to: number;
  /** Completion dates of the range's samples that complete, ascending. */
  completions: string[];
  /** Samples of the range with no plan (a lost gap, a proven impossibility, a blocked baseline). */
  noPlan: number;
}
