import type { DataSource } from "../source.ts";

/** A top-level stage of the chain (ETO: S1 design, S2 fabrication, S3 assembly/test/packaging). */
export interface Stage {
  id: string;
  name: string;
  description?: string;
}

/** A node of the value chain: a process, tool, material, design resource or the final output. */
export interface ChainInput {
  id: string;
  name: string;
  type: string;
  /** The stage this input belongs to, given directly or inherited through the graph. */
  stageId?: string;
  /** The more general input this one "is a type of" (e.g. EUV tools → lithography tools). */
  parentId?: string;
  description?: string;
  /** Global market size as published, e.g. "$255.7 billion (2022)". */
  marketSize?: string;
}

/** `from` goes into / is a type of `to`. */
export interface ChainEdge {
  from: string;
  to: string;
  kind: "goes_into" | "is_type_of";
}

export interface Provider {
  id: string;
  name: string;
  kind: "country" | "organization";
  /** ISO 3166-1 alpha-3 (or the dataset's pseudo-codes such as EUR); for countries, the country itself. */
  country?: string;
  aliases?: string[];
}

/** Provider `providerId` supplies `inputId` (an input or a stage id) with market share `share` (0..1). */
export interface Provision {
  providerId: string;
  inputId: string;
  share?: number;
  year?: number;
}

export interface ValueChain {
  source: DataSource;
  stages: Stage[];
  inputs: ChainInput[];
  edges: ChainEdge[];
  providers: Provider[];
  provision: Provision[];
}

export interface Chokepoint {
  inputId: string;
  inputName: string;
  stageId?: string;
  topProviders: { country: string; share: number }[];
  /** Sum of the top providers' shares, capped at 1 (published shares are rounded and may sum to 100.1%). */
  combinedShare: number;
  source: DataSource;
}

export interface CoverageRow {
  stageId?: string;
  inputId: string;
  inputName: string;
  type: string;
  /** True when the country itself or a firm headquartered there supplies the input. */
  covered: boolean;
  /** The country's market share (0..1) when quantified. */
  share?: number;
  /** Firms headquartered in the country that supply the input. */
  firms: string[];
  source: DataSource;
}

export interface GapRow {
  stageId?: string;
  inputId: string;
  inputName: string;
  type: string;
  /** Who holds the market instead, largest first (countries). */
  topProviders: { country: string; share: number }[];
  marketSize?: string;
  source: DataSource;
}
