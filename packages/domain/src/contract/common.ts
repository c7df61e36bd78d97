import { z } from "zod";
import { PROFILE_NAMES } from "../policy/profiles.ts";

/**
 * Zod schemas of every answer chiproad gives (plan, what-if, risk, gap report, partner fit,
 * market, chain): the one declaration of the response contract. The server's routes declare them,
 * so `/openapi.json` describes every field; the web imports the inferred types; the contract test
 * parses real answers with them, and every object is strict, so a field the schema lacks fails.
 */

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const NameKindSchema = z.enum([
  "partner",
  "firm",
  "gap",
  "input",
  "model",
  "target",
  "milestone",
  "line",
  "facility",
  "pool",
]);

export const NameRefSchema = z.strictObject({
  kind: NameKindSchema,
  id: z.string(),
  name: z.string().optional(),
});

const ListJoinSchema = z.enum(["comma", "semicolon", "and"]);

export interface MessageShape {
  code: string;
  params: Record<string, MessageParamShape>;
}
export type MessageParamShape =
  | string
  | number
  | boolean
  | z.infer<typeof NameRefSchema>
  | { kind: "date"; iso: string }
  | { kind: "grouped"; value: number }
  | { kind: "fixed"; value: number; digits: number }
  | { kind: "money"; amount: number; currency: string }
  | { kind: "percent"; ratio: number }
  | { kind: "message"; message: MessageShape }
  | { kind: "list"; items: MessageParamShape[]; join: z.infer<typeof ListJoinSchema> };

/** A parameter of a message: plain values, name references, formatted values, nested messages, lists. */
export const MessageParamSchema: z.ZodType<MessageParamShape> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      NameRefSchema,
      z.strictObject({ kind: z.literal("date"), iso: z.string() }),
      z.strictObject({ kind: z.literal("grouped"), value: z.number() }),
      z.strictObject({ kind: z.literal("fixed"), value: z.number(), digits: z.number().int() }),
      z.strictObject({ kind: z.literal("money"), amount: z.number(), currency: z.string() }),
      z.strictObject({ kind: z.literal("percent"), ratio: z.number() }),
      z.strictObject({ kind: z.literal("message"), message: MessageSchema }),
      z.strictObject({ kind: z.literal("list"), items: z.array(MessageParamSchema), join: ListJoinSchema }),
    ]),
  )
  .meta({ id: "MessageParam" });

/** What the domain says, as a catalogue code and its parameters; clients render it per language. */
export const MessageSchema: z.ZodType<MessageShape> = z
  .lazy(() => z.strictObject({ code: z.string(), params: z.record(z.string(), MessageParamSchema) }))
  .meta({ id: "Message" });

export const DatasetRefSchema = z.strictObject({ name: z.string(), version: z.string(), date: z.string() });

export const ProvenanceSchema = z
  .strictObject({
    scenario: z.strictObject({
      id: z.string(),
      version: z.number().int().nullable(),
      sha256: z.string().nullable(),
    }),
    seed: z.number().int(),
    profile: z.enum(PROFILE_NAMES),
    budget: z.strictObject({ maxSchedules: z.number().int(), timeLimitMs: z.number().optional() }),
    engine: z.strictObject({ planner: z.string() }),
    datasets: z.array(DatasetRefSchema),
    rules: z.array(z.strictObject({ id: z.string(), citation: z.string() })),
    countryGroups: z.array(z.strictObject({ id: z.string(), name: z.string(), asOf: z.string().nullable() })),
    facts: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        outlet: z.string().optional(),
        date: z.string().optional(),
        url: z.string().optional(),
      }),
    ),
    assumptions: z.array(z.strictObject({ path: z.string(), text: z.string() })),
    currency: z.string(),
    exchangeRates: z.array(
      z.strictObject({
        currency: z.string(),
        date: z.string(),
        rate: z.number(),
        applied: z.array(z.string()),
      }),
    ),
    note: z.string(),
  })
  .meta({ id: "Provenance" });

const NameTable = z.record(z.string(), z.string());

/**
 * Display names by kind and id (`displayNameTable` of a scenario): what a client shows instead
 * of an id, sent beside the scenario so no client rebuilds them from the scenario's shape.
 */
export const DisplayNamesSchema = z
  .strictObject({
    partner: NameTable,
    firm: NameTable,
    gap: NameTable,
    input: NameTable,
    model: NameTable,
    target: NameTable,
    milestone: NameTable,
    line: NameTable,
    facility: NameTable,
    pool: NameTable,
  })
  .meta({ id: "DisplayNames" });
