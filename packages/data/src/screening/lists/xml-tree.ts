import { XMLParser, XMLValidator } from "fast-xml-parser";
import { badInput, ChiproadError } from "../../errors.ts";

/** An element as fast-xml-parser gives it with every child element in an array: attributes under "@name". */
export type XmlNode = { [key: string]: XmlNode[] | string | undefined } | string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

/**
 * Validates then parses an XML document. Malformed or truncated XML is rejected with file:line:column
 * (a truncated file at its last line, naming the elements left open).
 */
export function parseXml(text: string, file: string): { root: string; node: XmlNode } {
  if (text.trim() === "") {
    throw badInput(file, 1, 1, "the file is empty", "an empty list is refused; download the list file again");
  }
  // XML 1.0 forbids control characters other than tab and line ends; the validator lets some through.
  const at = firstControlCharacter(text);
  if (at >= 0) {
    const before = text.slice(0, at).split("\n");
    const hex = text.charCodeAt(at).toString(16).padStart(4, "0").toUpperCase();
    throw badInput(
      file,
      before.length,
      before.at(-1)!.length + 1,
      `control character U+${hex} is not allowed in XML`,
      "download the list file again",
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    const open = /^Invalid '\[(.*)\]' found/s.exec(msg);
    if (open) {
      const tags = [...open[1]!.matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`);
      throw badInput(
        file,
        text.split("\n").length,
        1,
        `the XML ends with ${tags.join(", ")} still open; the file looks truncated`,
        "download the list file again",
      );
    }
    // The validator leaves line or column undefined for some errors; report the start then.
    throw badInput(file, line ?? 1, col ?? 1, `malformed XML (${msg})`, "download the list file again");
  }
  let doc: Record<string, XmlNode[]>;
  try {
    doc = parser.parse(text) as Record<string, XmlNode[]>;
  } catch (error) {
    // What the validator accepts but the parser refuses (found by the property test: a damaged declaration).
    throw badInput(file, 1, 1, `malformed XML (${(error as Error).message})`, "download the list file again");
  }
  const root = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#"));
  const node = root ? doc[root]?.[0] : undefined;
  if (!root || node === undefined)
    throw badInput(file, 1, 1, "expected an XML root element", "check the file");
  return { root, node };
}

/** Child elements named `tag`. */
export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  if (node === undefined || typeof node === "string") return [];
  const v = node[tag];
  return Array.isArray(v) ? v : [];
}

/** Text of the first child `tag` (or of the node itself with tag "#text"), trimmed; "" when absent. */
export function textOf(node: XmlNode | undefined, tag: string): string {
  const first = children(node, tag)[0];
  if (first === undefined) return "";
  if (typeof first === "string") return first.trim();
  const t = first["#text"];
  return typeof t === "string" ? t.trim() : "";
}

/** Texts of every child `tag`, non-empty. */
export function textsOf(node: XmlNode | undefined, tag: string): string[] {
  return children(node, tag)
    .map((c) => (typeof c === "string" ? c : typeof c["#text"] === "string" ? c["#text"] : ""))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function attr(node: XmlNode | undefined, name: string): string {
  if (node === undefined || typeof node === "string") return "";
  const v = node[`@${name}`];
  return typeof v === "string" ? v.trim() : "";
}

/** A BAD_INPUT error located by XPath: `file:/export/sanctionEntity[3]: what; fix`. */
export function badAt(file: string, xpath: string, what: string, fix: string): ChiproadError {
  return new ChiproadError("BAD_INPUT", `${file}:${xpath}: ${what}; ${fix}`);
}

/** Index of the first character below U+0020 other than tab, LF and CR, or -1. */
function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
  }
  return -1;
}
