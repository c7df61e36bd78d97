import { z } from "zod";
import { ChangeSchema, parseYamlWith } from "../whatif/change-set.ts";
import type { Change } from "../whatif/change-set.ts";

/** At most this many variants per sweep: each is a plan and a risk analysis. */
export const MAX_VARIANTS = 200;

const OptionSchema = z.strictObject({
  name: z.string().min(1).max(80),
  /** What this option changes (what-if changes); none for the scenario as it is. */
  changes: z.array(ChangeSchema).default([]),
});

const DimensionSchema = z.strictObject({
  name: z.string().min(1).max(80),
  options: z.array(OptionSchema).min(1).max(50),
});

/**
 * A sweep grid: dimensions, each a list of named options (what-if changes); the variants are every
 * combination of one option per dimension, the first dimension varying slowest.
 *
 * ```yaml
 * name: Second tranche × partner availability
 * dimensions:
 *   - name: second tranche
 *     options:
 *       - { name: as planned }
 *       - { name: halved, changes: [{ type: cut-tranche, instrument: fiscal-support, date: 2025-07-01, factor: 0.5 }] }
 *   - name: partners
 *     options:
 *       - { name: all }
 *       - { name: without Taiwan, changes: [{ type: block-partner, partner: twn }] }
 * ```
 */
export const SweepGridSchema = z
  .strictObject({
    name: z.string().optional(),
    description: z.string().optional(),
    dimensions: z.array(DimensionSchema).min(1).max(6),
  })
  .superRefine((grid, ctx) => {
    const count = grid.dimensions.reduce((n, d) => n * d.options.length, 1);
    if (count > MAX_VARIANTS)
      ctx.addIssue({
        code: "custom",
        path: ["dimensions"],
        message: `the grid makes ${count} variants; at most ${MAX_VARIANTS} (drop options or dimensions)`,
      });
    grid.dimensions.forEach((d, i) => {
      const names = d.options.map((o) => o.name);
      const twice = names.find((n, j) => names.indexOf(n) !== j);
      if (twice !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["dimensions", i, "options"],
          message: `option "${twice}" appears twice`,
        });
    });
  });

export type SweepGrid = z.infer<typeof SweepGridSchema>;

/** Parses a grid (YAML or JSON), throwing a `ScenarioError` with file:line:col for every issue. */
export function parseSweepGrid(text: string, file: string): SweepGrid {
  return parseYamlWith(SweepGridSchema, text, file);
}

export interface SweepVariant {
  /** Position in the grid's order (0-based). */
  index: number;
  /** The option chosen in each dimension, in dimension order. */
  options: { dimension: string; option: string }[];
  changes: Change[];
}

/** Every combination of one option per dimension, the first dimension varying slowest. */
export function expandGrid(grid: SweepGrid): SweepVariant[] {
  let partial: Omit<SweepVariant, "index">[] = [{ options: [], changes: [] }];
  for (const d of grid.dimensions) {
    partial = partial.flatMap((v) =>
      d.options.map((o) => ({
        options: [...v.options, { dimension: d.name, option: o.name }],
        changes: [...v.changes, ...o.changes],
      })),
    );
  }
  return partial.map((v, index) => ({ index, ...v }));
}
