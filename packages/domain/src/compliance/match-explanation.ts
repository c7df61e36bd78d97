import type { MatchedWord, MatchReason, ScreeningMatch } from "@chiproad/data";
import { date, list, type Message, msg, nested } from "../messages/message.ts";
import { renderMessage } from "../messages/render.ts";

/** A screening match as chiproad shows it: the reasons worded, in English and as messages. */
export type ExplainedMatch = Omit<ScreeningMatch, "reasons"> & {
  /** Each reason in English (what the matcher found, exactly). */
  explanation: string[];
  /** The same reasons as message codes, rendered per language by clients. */
  explanationMessages: Message[];
};

/** Words a match's reasons (`@chiproad/data` MatchReason) as messages, one per reason, and in English. */
export function explainMatch(match: ScreeningMatch): ExplainedMatch {
  const { reasons, ...rest } = match;
  const explanationMessages = reasons.map(reasonMessage);
  return {
    ...rest,
    explanation: explanationMessages.map((m) => renderMessage(m, "en")),
    explanationMessages,
  };
}

function reasonMessage(reason: MatchReason): Message {
  switch (reason.kind) {
    case "list":
      return msg("screen.list", {
        list: reason.list,
        version: reason.version,
        published: reason.published === undefined ? undefined : date(reason.published),
      });
    case "name":
      return reason.aliasOf === undefined
        ? msg("screen.name", { name: reason.matched })
        : msg("screen.alias", { name: reason.matched, primary: reason.aliasOf });
    case "readAs":
      return msg("screen.readAs", { reading: reason.reading });
    case "words":
      return reason.words.length === 0
        ? msg("screen.wordsNone")
        : msg("screen.words", {
            words: list(
              reason.words.map((w) => nested(wordMessage(w))),
              "comma",
            ),
          });
    case "missing":
      return msg("screen.missing", { words: list(reason.words, "comma") });
    case "shortForm":
      return msg("screen.shortForm");
    case "identifier":
      return msg("screen.identifier");
    case "country":
      return reason.listed === undefined
        ? msg("screen.country", { country: reason.query })
        : msg("screen.countryConflict", { query: reason.query, listed: reason.listed.join("/") });
    case "birth":
      return reason.agrees === "date"
        ? msg("screen.birthDate", { date: reason.listed })
        : reason.agrees === "year"
          ? msg("screen.birthYear", { year: reason.listed.slice(0, 4) })
          : msg("screen.birthConflict", { query: reason.query, listed: reason.listed });
  }
}

const HOW_CODE = {
  exact: "screen.word.exact",
  phonetic: "screen.word.phonetic",
  fuzzy: "screen.word.fuzzy",
  initial: "screen.word.initial",
  translated: "screen.word.translated",
  respelt: "screen.word.respelt",
  "wade-giles": "screen.word.wadeGiles",
  number: "screen.word.number",
  initials: "screen.word.initials",
  acronym: "screen.word.acronym",
} as const;

function wordMessage(word: MatchedWord): Message {
  const query =
    word.joinedFrom !== undefined
      ? nested(msg("screen.query.joined", { from: word.joinedFrom, query: word.query }))
      : word.splitFrom !== undefined
        ? nested(msg("screen.query.split", { query: word.query, from: word.splitFrom }))
        : word.query;
  const russian = (words: string) =>
    word.readInRussian ? nested(msg("screen.readInRussian", { words })) : words;
  const low =
    word.low === undefined
      ? undefined
      : nested(msg(word.low === "company" ? "screen.low.company" : "screen.low.place"));
  if (word.how === "initials") return msg(HOW_CODE.initials, { query, listed: russian(word.listed) });
  if (word.how === "acronym")
    return msg(HOW_CODE.acronym, { query: russian(word.query), listed: word.listed });
  if (word.how === "exact") return msg(HOW_CODE.exact, { query, low });
  return msg(HOW_CODE[word.how], { query, listed: word.listed, low });
}
