import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** BCP 47 tags handed to Intl for each UI language. */
export const LOCALES = { en: "en-GB", ru: "ru-RU", zh: "zh-CN" } as const;
export type Language = keyof typeof LOCALES;
export const LANGUAGES = Object.keys(LOCALES) as Language[];

/** How each language names a currency beside an amount. */
const MONEY_DISPLAY: Record<Language, "code" | "narrowSymbol" | "name"> = {
  en: "code",
  ru: "narrowSymbol",
  zh: "name",
};

export function isLanguage(value: string): value is Language {
  return value in LOCALES;
}

/** Plan dates are calendar days (`2025-03-01`); format them in UTC so no time zone shifts a day. */
function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function makeFormat(language: string) {
  const locale = isLanguage(language) ? LOCALES[language] : language;
  const numberFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const integerFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compactFmt = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const percentFmt = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const monthFmt = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const missing = "—";
  const short = (isLanguage(language) ? language : "en") as Language;
  const moneyFmts = new Map<string, Intl.NumberFormat>();
  /** Money with its currency and a scale word per locale: "RUB 3bn", "3 млрд ₽", "30亿俄罗斯卢布". */
  const money = (value: number | null | undefined, currency: string | null | undefined) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return missing;
    const code = (currency ?? "").toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return `${compactFmt.format(value)} ${currency ?? ""}`.trim();
    let fmt = moneyFmts.get(code);
    if (!fmt) {
      fmt = new Intl.NumberFormat(locale, {
        style: "currency",
        currency: code,
        notation: "compact",
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
        currencyDisplay: MONEY_DISPLAY[short],
      });
      moneyFmts.set(code, fmt);
    }
    return fmt.format(value);
  };
  const num = (fmt: Intl.NumberFormat) => (value: number | null | undefined) =>
    typeof value === "number" && Number.isFinite(value) ? fmt.format(value) : missing;
  const day = (fmt: Intl.DateTimeFormat) => (value: string | number | Date | null | undefined) => {
    const date = value === null || value === undefined ? null : toDate(value);
    return date ? fmt.format(date) : missing;
  };
  return {
    locale,
    number: num(numberFmt),
    integer: num(integerFmt),
    compact: num(compactFmt),
    percent: num(percentFmt),
    date: day(dateFmt),
    month: day(monthFmt),
    /** A moment (an ISO timestamp) in the reader's locale and time zone. */
    dateTime: day(dateTimeFmt),
    money,
  };
}

export type Format = ReturnType<typeof makeFormat>;

export function useFormat(): Format {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormat(i18n.language), [i18n.language]);
}
