/**
 * The standard logic node ladder used to count "generations behind". Introduction years are the
 * typical year of first volume production at leading foundries (ITRS roadmaps and industry press:
 * 350 nm 1995 … 3 nm 2022). ASSUMPTION: a simplification — marketing node names stopped matching a
 * physical size long ago, and second-source fabs reach each node years later.
 */
export const NODE_LADDER: readonly { node: number; year: number }[] = [
  { node: 350, year: 1995 },
  { node: 250, year: 1997 },
  { node: 180, year: 1999 },
  { node: 130, year: 2001 },
  { node: 90, year: 2004 },
  { node: 65, year: 2006 },
  { node: 45, year: 2008 },
  { node: 28, year: 2011 },
  { node: 22, year: 2012 },
  { node: 16, year: 2015 },
  { node: 10, year: 2017 },
  { node: 7, year: 2018 },
  { node: 5, year: 2020 },
  { node: 3, year: 2022 },
];

export const NODE_LADDER_ASSUMPTION =
  "Node ladder 350/250/180/130/90/65/45/28/22/16/10/7/5/3 nm with typical first-volume years 1995…2022 (ITRS roadmaps, industry press); nodes off the ladder snap to the nearest rung (by log size). Assumption.";

/** Index of the rung nearest to `node` nm (by ratio, so 40 nm → 45 nm, 14 nm → 16 nm). */
export function ladderIndex(node: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  NODE_LADDER.forEach((rung, i) => {
    const d = Math.abs(Math.log(node / rung.node));
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * How far `have` nm is behind `need` nm: rungs on the ladder and years between their introduction.
 * Zero when `have` already meets `need`.
 */
export function generationsBehind(have: number, need: number): { nodes: number; years: number } {
  const from = ladderIndex(have);
  const to = ladderIndex(need);
  if (from >= to) return { nodes: 0, years: 0 };
  const year = (i: number) => NODE_LADDER[i]?.year ?? 0;
  return { nodes: to - from, years: year(to) - year(from) };
}

/**
 * True when a capability at `have` nm can make what `need` nm requires (finer or equal). A
 * capability without a node is one where no node applies (the schema says to omit it then).
 */
export function meetsNode(have: number | undefined, need: number | undefined): boolean {
  if (need === undefined || have === undefined) return true;
  return ladderIndex(have) >= ladderIndex(need);
}
