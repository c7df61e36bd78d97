import { countryNameToIso3 } from "../../countries/country-codes.ts";
import type { Entity } from "../model.ts";
import { attr, badAt, children, textOf, textsOf, type XmlNode } from "./xml-tree.ts";

/**
 * The UN Security Council consolidated list (XML): `CONSOLIDATED_LIST/@dateGenerated`, `INDIVIDUALS/
 * INDIVIDUAL` and `ENTITIES/ENTITY`, names in FIRST_NAME…FOURTH_NAME, NAME_ORIGINAL_SCRIPT, aliases in
 * INDIVIDUAL_ALIAS/ENTITY_ALIAS, identified by REFERENCE_NUMBER (e.g. KPe.001).
 */
export function readUnXml(root: XmlNode, file: string): { publicationDate: string; entities: Entity[] } {
  const generated = attr(root, "dateGenerated");
  const publicationDate = /^\d{4}-\d{2}-\d{2}/.exec(generated)?.[0];
  if (!publicationDate) {
    throw badAt(
      file,
      "/CONSOLIDATED_LIST/@dateGenerated",
      `expected an ISO date, got "${generated}"`,
      "pass the XML as published",
    );
  }
  const out: Entity[] = [];
  const read = (node: XmlNode, at: string, schema: string, aliasTag: string) => {
    const ref = textOf(node, "REFERENCE_NUMBER") || textOf(node, "DATAID");
    if (!ref) throw badAt(file, `${at}/REFERENCE_NUMBER`, "expected a reference number", "fix the entry");
    const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
      .map((t) => textOf(node, t))
      .filter((x) => x)
      .join(" ");
    if (!name) throw badAt(file, `${at}/FIRST_NAME`, "expected a name", "fix the entry");
    const aliases = [
      textOf(node, "NAME_ORIGINAL_SCRIPT"),
      ...children(node, aliasTag).map((a) => textOf(a, "ALIAS_NAME")),
    ].filter((x) => x && x !== name);
    const countries = new Set<string>();
    for (const n of children(node, "NATIONALITY")) {
      for (const v of textsOf(n, "VALUE")) {
        const iso = countryNameToIso3(v);
        if (iso) countries.add(iso);
      }
    }
    for (const a of children(node, schema === "Person" ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      const iso = countryNameToIso3(textOf(a, "COUNTRY"));
      if (iso) countries.add(iso);
    }
    const entity: Entity = {
      id: `un-${ref}`,
      schema,
      name,
      aliases: [...new Set(aliases)],
      countries: [...countries],
      identifiers: children(node, "INDIVIDUAL_DOCUMENT")
        .map((d) => textOf(d, "NUMBER"))
        .filter((x) => x),
      addresses: [],
      list: "",
      programs: textsOf(node, "UN_LIST_TYPE"),
      datasetVersion: "",
    };
    const dob = children(node, "INDIVIDUAL_DATE_OF_BIRTH")
      .map((d) => textOf(d, "DATE") || textOf(d, "YEAR"))
      .find((x) => x);
    if (dob) entity.birthDate = dob;
    out.push(entity);
  };
  children(children(root, "INDIVIDUALS")[0], "INDIVIDUAL").forEach((n, i) => {
    read(n, `/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[${i + 1}]`, "Person", "INDIVIDUAL_ALIAS");
  });
  children(children(root, "ENTITIES")[0], "ENTITY").forEach((n, i) => {
    read(n, `/CONSOLIDATED_LIST/ENTITIES/ENTITY[${i + 1}]`, "Organization", "ENTITY_ALIAS");
  });
  return { publicationDate, entities: out };
}
