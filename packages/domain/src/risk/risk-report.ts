/** Result of a Monte Carlo risk analysis of a roadmap (JSON contract in the package README). */
export interface RiskReport {
  /** Completion dates (start of the last target's volume production) at the 50th/80th/95th percentile. */
  p50: string;
  p80: string;
  p95: string;
  /** Completion of the deterministic plan the samples perturb. */
  baseline: string;
  /** Probability (0..1) that each target reaches volume production by its due date (or deadline). */
  dueDates: { targetId: string; dueDate: string; probability: number }[];
  /** Completion dates bucketed by month (first day of the month). */
  histogram: { date: string; count: number }[];
  /** How often each partner dropped out in the samples. */
  partnerEvents: { partner: string; probability: number; dropped: number }[];
  /** Samples with no feasible plan (a gap left without a lawful option, or no schedule found); they count as completing at the end of the horizon. */
  infeasibleSamples: number;
  samples: number;
  seed: number;
}
