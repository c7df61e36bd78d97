import { toIso3 } from "../../countries/country-codes.ts";
import type { Entity } from "../model.ts";
import { attr, badAt, children, type XmlNode } from "./xml-tree.ts";

const SUBJECTS: Record<string, string> = { person: "Person", enterprise: "Organization" };

/**
 * The EU consolidated financial-sanctions list (FSF, XML 1.1): `export/@generationDate`, one
 * `sanctionEntity` per party with `subjectType/@code`, `nameAlias/@wholeName` (every language),
 * `citizenship`, `birthdate`, `identification` and `address` elements.
 */
export function readEuXml(
  root: XmlNode,
  file: string,
): { publicationDate: string; version: string; entities: Entity[] } {
  const generated = attr(root, "generationDate");
  const publicationDate = /^\d{4}-\d{2}-\d{2}/.exec(generated)?.[0];
  if (!publicationDate) {
    throw badAt(
      file,
      "/export/@generationDate",
      `expected an ISO date, got "${generated}"`,
      "pass the FSF XML as published",
    );
  }
  const fileId = attr(root, "globalFileId");
  const entities = children(root, "sanctionEntity").map((node, i) => {
    const at = `/export/sanctionEntity[${i + 1}]`;
    const logicalId = attr(node, "logicalId");
    if (!logicalId) throw badAt(file, `${at}/@logicalId`, "expected a logicalId", "fix the entry");
    const code = attr(children(node, "subjectType")[0], "code");
    const schema = SUBJECTS[code];
    if (!schema)
      throw badAt(
        file,
        `${at}/subjectType/@code`,
        `expected person or enterprise, got "${code}"`,
        "fix the entry",
      );
    const names = children(node, "nameAlias")
      .map(
        (n) =>
          attr(n, "wholeName") ||
          [attr(n, "firstName"), attr(n, "middleName"), attr(n, "lastName")].filter((x) => x).join(" "),
      )
      .filter((n) => n.length > 0);
    const [name, ...aliases] = [...new Set(names)];
    if (!name)
      throw badAt(file, `${at}/nameAlias`, "expected at least one nameAlias with a name", "fix the entry");
    const countries = new Set<string>();
    for (const tag of ["citizenship", "address", "birthdate"]) {
      for (const c of children(node, tag)) {
        const iso = toIso3(attr(c, "countryIso2Code"));
        if (iso && tag !== "birthdate") countries.add(iso);
      }
    }
    const entity: Entity = {
      id: `eu-${logicalId}`,
      schema,
      name,
      aliases,
      countries: [...countries],
      identifiers: children(node, "identification")
        .map((x) => attr(x, "number"))
        .filter((x) => x),
      addresses: children(node, "address")
        .map((a) =>
          [attr(a, "street"), attr(a, "city"), attr(a, "countryDescription")].filter((x) => x).join(", "),
        )
        .filter((x) => x),
      list: "",
      programs: [
        ...new Set(
          children(node, "regulation")
            .map((r) => attr(r, "programme"))
            .filter((x) => x),
        ),
      ],
      datasetVersion: "",
    };
    const birth = children(node, "birthdate")
      .map((b) => attr(b, "birthdate") || attr(b, "year"))
      .find((x) => x);
    if (birth) entity.birthDate = birth;
    return entity;
  });
  const version = `EU FSF ${publicationDate}${fileId ? ` (file ${fileId})` : ""}`;
  return { publicationDate, version, entities };
}
