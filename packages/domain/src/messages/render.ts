import { CATALOGUES, type Lang } from "./catalogue.ts";
import type { ListJoin, Message, MessageParam, NameKind, NameRef } from "./message.ts";

/** Display names by kind and id (partner, firm, gap, model, …); a renderer prefers them to ids. */
export type DisplayNames = Partial<Record<NameKind, ReadonlyMap<string, string> | Record<string, string>>>;

const LOCALE: Record<Lang, string> = { en: "en-US", ru: "ru-RU", zh: "zh-CN" };

const JOINS: Record<Lang, Record<ListJoin, string>> = {
  en: { comma: ", ", semicolon: "; ", and: " and " },
  ru: { comma: ", ", semicolon: "; ", and: " и " },
  zh: { comma: "、", semicolon: "；", and: "和" },
};

// Intl objects are costly to build; one per locale and option set.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, f);
  }
  return f;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(locale, f);
  }
  return f;
}
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralRule(locale: string): Intl.PluralRules {
  let r = pluralRules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    pluralRules.set(locale, r);
  }
  return r;
}

/**
 * English keeps the exact text the domain always wrote (plain numbers, `1,234 USD`, ISO dates),
 * so the English strings kept beside each message stay byte-identical; Russian and Chinese use
 * the locale's conventions.
 */
function formatNumber(n: number, lang: Lang): string {
  if (lang === "en") return String(n);
  return numberFormat(LOCALE[lang], { maximumFractionDigits: 3 }).format(n);
}

function formatMoney(amount: number, currency: string, lang: Lang): string {
  if (lang === "en") return `${amount.toLocaleString("en-US")} ${currency}`;
  const iso = /^[A-Z]{3}$/.test(currency);
  if (!iso) return `${numberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  return numberFormat(LOCALE[lang], {
    style: "currency",
    currency,
    currencyDisplay: "code",
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);
}

function formatDate(iso: string, lang: Lang): string {
  if (lang === "en" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat(LOCALE[lang]).format(d);
}

function formatPercent(ratio: number, lang: Lang): string {
  if (lang === "en") return `${Math.round(ratio * 100)}%`;
  return numberFormat(LOCALE[lang], { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

function lookupName(names: DisplayNames | undefined, r: NameRef): string | undefined {
  const table = names?.[r.kind];
  if (!table) return undefined;
  return table instanceof Map ? table.get(r.id) : (table as Record<string, string>)[r.id];
}

function formatParam(p: MessageParam, lang: Lang, names: DisplayNames | undefined): string {
  if (typeof p === "string") return p;
  if (typeof p === "number") return formatNumber(p, lang);
  if (typeof p === "boolean") return "";
  switch (p.kind) {
    case "date":
      return formatDate(p.iso, lang);
    case "grouped":
      return lang === "en" ? p.value.toLocaleString("en-US") : formatNumber(p.value, lang);
    case "fixed":
      return lang === "en"
        ? p.value.toFixed(p.digits)
        : numberFormat(LOCALE[lang], {
            minimumFractionDigits: p.digits,
            maximumFractionDigits: p.digits,
          }).format(p.value);
    case "money":
      return formatMoney(p.amount, p.currency, lang);
    case "percent":
      return formatPercent(p.ratio, lang);
    case "message":
      return renderMessage(p.message, lang, names);
    case "list":
      return p.items.map((i) => formatParam(i, lang, names)).join(JOINS[lang][p.join]);
    default:
      return lookupName(names, p) ?? p.name ?? p.id;
  }
}

/** A parameter counts as present unless missing or `false` (optional sections test it). */
const present = (p: MessageParam | undefined) => p !== undefined && p !== false;

const SECTION = /\{([?!])(\w+)\}([\s\S]*?)\{\/\2\}/g;
const PLURAL = /\{(\w+)#([^}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a catalogue template: `{p}` a parameter, `{?p}…{/p}` a part shown only when `p` is given
 * (`{!p}…{/p}` only when not), `{n#one:день|few:дня|many:дней|other:дня}` the plural form for
 * the number `n` (Intl.PluralRules). A parameter the message lacks stays visible as `{p}`.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, MessageParam>>,
  lang: Lang,
  names?: DisplayNames,
): string {
  let text = template;
  let previous: string;
  do {
    previous = text;
    text = text.replace(SECTION, (_, sign: string, name: string, body: string) =>
      (sign === "?") === present(params[name]) ? body : "",
    );
  } while (text !== previous);
  text = text.replace(PLURAL, (whole, name: string, forms: string) => {
    const p = params[name];
    if (typeof p !== "number") return whole;
    const table = new Map(
      forms.split("|").map((f) => {
        const i = f.indexOf(":");
        return [f.slice(0, i), f.slice(i + 1)] as const;
      }),
    );
    return table.get(pluralRule(LOCALE[lang]).select(p)) ?? table.get("other") ?? whole;
  });
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const p = params[name];
    return p === undefined ? whole : formatParam(p, lang, names);
  });
}

/**
 * Renders a domain message in `lang`. With `names`, named things show their display names; without,
 * the name the domain gave (or the id). English is the text the domain keeps for logs.
 */
export function renderMessage(message: Message, lang: Lang, names?: DisplayNames): string {
  const template = CATALOGUES[lang][message.code] ?? CATALOGUES.en[message.code];
  if (template === undefined) return message.code;
  return fillTemplate(template, message.params, lang, names);
}
