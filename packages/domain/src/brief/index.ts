// The decision brief for higher bodies: HTML in en, ru and zh (the server renders it to PDF).
export { decisionsRequested } from "./decisions.ts";
export { type BriefHtmlOptions, renderBriefHtml } from "./html.ts";
export { type BriefInput, briefInputOf } from "./input.ts";
