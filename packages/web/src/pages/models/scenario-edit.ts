import { parseDocument } from "yaml";

export type EditPath = readonly (string | number)[];

export interface ScenarioEdit {
  path: EditPath;
  value: unknown;
}

/**
 * Applies field edits to the scenario text through the YAML document model, so comments, key
 * order and the `source` notes the user wrote survive a save from the designer.
 */
export function applyEdits(content: string, edits: readonly ScenarioEdit[]): string {
  const doc = parseDocument(content);
  if (doc.errors.length > 0) {
    throw new Error(doc.errors[0]?.message ?? "the scenario text does not parse");
  }
  for (const edit of edits) {
    if (edit.value === undefined) doc.deleteIn(edit.path);
    else doc.setIn(edit.path, edit.value);
  }
  return doc.toString({ lineWidth: 0 });
}

export function pathKey(path: EditPath): string {
  return JSON.stringify(path);
}
