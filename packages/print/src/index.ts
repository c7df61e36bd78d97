import { type BriefInput, type Lang, renderBriefHtml } from "@chiproad/domain";
import { embeddedFontCss } from "./fonts.ts";
import { htmlToPdf } from "./pdf.ts";

export { chromiumExecutable } from "./pdf.ts";

export type BriefFormat = "pdf" | "html";

/** The decision brief in `lang` as HTML (system fonts) or PDF (shipped fonts embedded). */
export async function renderBrief(input: BriefInput, lang: Lang, format: BriefFormat): Promise<Buffer> {
  if (format === "html") return Buffer.from(renderBriefHtml(input, lang), "utf8");
  return htmlToPdf(renderBriefHtml(input, lang, { fontCss: embeddedFontCss() }));
}
