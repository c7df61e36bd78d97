/**
 * The part of a gap report the HTML report draws. Declared structurally so the report renders
 * whatever gap analysis produced it (the full `GapReport` has more fields).
 */
export interface GapTableRow {
  id: string;
  targetId: string;
  inputName: string;
  requiredNode?: number;
  domesticNode?: number;
  generationsBehind?: { nodes: number; years: number };
  critical: boolean;
  chokepoint?: unknown;
}

export interface GapTable {
  gaps: readonly GapTableRow[];
}
