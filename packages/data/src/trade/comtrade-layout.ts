import { badInput } from "../errors.ts";

/** Column positions of the fields chiproad reads, for either Comtrade layout. */
export interface ComtradeColumns {
  layout: "plus" | "legacy";
  year: number;
  period: number;
  reporterCode: number;
  reporterIso: number;
  partnerCode: number;
  partnerIso: number;
  flow: number;
  cmd: number;
  value: number;
  qty: number;
  partner2: number;
  customs: number;
  mot: number;
}

const PLUS = {
  year: "refYear",
  period: "period",
  reporterCode: "reporterCode",
  reporterIso: "reporterISO",
  partnerCode: "partnerCode",
  partnerIso: "partnerISO",
  flow: "flowCode",
  cmd: "cmdCode",
  value: "primaryValue",
  qty: "qty",
  partner2: "partner2Code",
  customs: "customsCode",
  mot: "motCode",
};
const LEGACY = {
  year: "Year",
  period: "Period",
  reporterCode: "Reporter Code",
  reporterIso: "Reporter ISO",
  partnerCode: "Partner Code",
  partnerIso: "Partner ISO",
  flow: "Trade Flow Code",
  cmd: "Commodity Code",
  value: "Trade Value (US$)",
  qty: "Qty",
  partner2: "2nd Partner Code",
  customs: "Customs Proc. Code",
  mot: "Mode of Transport Code",
};
const REQUIRED = ["year", "reporterCode", "partnerCode", "flow", "cmd", "value"] as const;

/**
 * Recognises a Comtrade Plus (47 fields, `refYear`, `primaryValue`…) or legacy Comtrade (`Year`,
 * `Trade Value (US$)`…) header and returns the positions of the columns used; -1 for absent optional ones.
 */
export function comtradeColumns(header: string[], file: string, line: number): ComtradeColumns {
  const names = header.map((h) => h.trim().replace(/^\uFEFF/, ""));
  const layout = names.includes("refYear")
    ? "plus"
    : names.includes("Trade Flow Code")
      ? "legacy"
      : undefined;
  if (!layout) {
    throw badInput(
      file,
      line,
      1,
      `expected a UN Comtrade header (Comtrade Plus "refYear,…,primaryValue" or legacy "Year,…,Trade Value (US$)"), got "${names.slice(0, 6).join(",")}…"`,
      "export the data as CSV with headers, or use --format-in baci for a BACI file",
    );
  }
  const spec = layout === "plus" ? PLUS : LEGACY;
  const at = (key: keyof typeof PLUS) => names.indexOf(spec[key]);
  for (const key of REQUIRED) {
    if (at(key) < 0) {
      throw badInput(
        file,
        line,
        1,
        `expected a column "${spec[key]}" in the ${layout} Comtrade header`,
        "re-export with all columns",
      );
    }
  }
  return {
    layout,
    year: at("year"),
    period: at("period"),
    reporterCode: at("reporterCode"),
    reporterIso: at("reporterIso"),
    partnerCode: at("partnerCode"),
    partnerIso: at("partnerIso"),
    flow: at("flow"),
    cmd: at("cmd"),
    value: at("value"),
    qty: at("qty"),
    partner2: at("partner2"),
    customs: at("customs"),
    mot: at("mot"),
  };
}
