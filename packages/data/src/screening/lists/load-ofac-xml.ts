import { basename } from "node:path";
import { countryNameToIso3 } from "../../countries/country-codes.ts";
import type { Entity } from "../model.ts";
import { ofacDate } from "../ofac-remarks.ts";
import { usDate } from "./list-release.ts";
import { badAt, children, textOf, type XmlNode } from "./xml-tree.ts";

const TYPES: Record<string, string> = {
  Individual: "Person",
  Entity: "LegalEntity",
  Vessel: "Vessel",
  Aircraft: "Airplane",
};

/**
 * OFAC's XML (`sdn.xml`, and `consolidated.xml` for the non-SDN lists: same `sdnList` schema):
 * `publshInformation/Publish_Date` (MM/DD/YYYY) and one `sdnEntry` per party with its aka, id,
 * nationality, date-of-birth and address lists.
 */
export function readOfacXml(
  root: XmlNode,
  file: string,
): { list: string; publicationDate: string; entities: Entity[] } {
  const published = textOf(children(root, "publshInformation")[0], "Publish_Date");
  const publicationDate = usDate(published);
  if (!publicationDate) {
    throw badAt(
      file,
      "/sdnList/publshInformation/Publish_Date",
      `expected the publication date as MM/DD/YYYY, got "${published}"`,
      "pass the XML as published by OFAC",
    );
  }
  const list = /cons/i.test(basename(file)) ? "OFAC Consolidated (non-SDN)" : "OFAC SDN";
  const entities = children(root, "sdnEntry").map((entry, i) => {
    const at = `/sdnList/sdnEntry[${i + 1}]`;
    const uid = textOf(entry, "uid");
    const last = textOf(entry, "lastName");
    if (!/^\d+$/.test(uid))
      throw badAt(file, `${at}/uid`, `expected a numeric uid, got "${uid}"`, "fix the entry");
    if (!last) throw badAt(file, `${at}/lastName`, "expected a name", "fill in lastName");
    const type = textOf(entry, "sdnType");
    const schema = TYPES[type];
    if (!schema)
      throw badAt(
        file,
        `${at}/sdnType`,
        `unknown sdnType "${type}"`,
        "use Individual, Entity, Vessel or Aircraft",
      );
    const first = textOf(entry, "firstName");
    const name = first ? `${last}, ${first}` : last;
    const aliases: string[] = first ? [`${first} ${last}`] : [];
    for (const aka of children(children(entry, "akaList")[0], "aka")) {
      const l = textOf(aka, "lastName");
      const f = textOf(aka, "firstName");
      if (l) aliases.push(f ? `${f} ${l}` : l);
    }
    const countries = new Set<string>();
    const addIso = (c: string) => {
      const iso = c ? countryNameToIso3(c) : undefined;
      if (iso) countries.add(iso);
    };
    for (const n of children(children(entry, "nationalityList")[0], "nationality"))
      addIso(textOf(n, "country"));
    for (const n of children(children(entry, "citizenshipList")[0], "citizenship"))
      addIso(textOf(n, "country"));
    const addresses: string[] = [];
    for (const a of children(children(entry, "addressList")[0], "address")) {
      const parts = ["address1", "city", "country"].map((t) => textOf(a, t)).filter((x) => x);
      if (parts.length > 0) addresses.push(parts.join(", "));
      addIso(textOf(a, "country"));
    }
    const identifiers = children(children(entry, "idList")[0], "id")
      .map((id) => textOf(id, "idNumber"))
      .filter((x) => x);
    const entity: Entity = {
      id: `ofac-${uid}`,
      schema,
      name,
      aliases,
      countries: [...countries],
      identifiers,
      addresses,
      list,
      programs: children(children(entry, "programList")[0], "program").filter(
        (p): p is string => typeof p === "string",
      ),
      datasetVersion: "",
    };
    const dob = textOf(children(children(entry, "dateOfBirthList")[0], "dateOfBirthItem")[0], "dateOfBirth");
    const birth = dob ? ofacDate(dob) : undefined;
    if (birth) entity.birthDate = birth;
    return entity;
  });
  return { list, publicationDate, entities };
}
