import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { isLanguage } from "./format.ts";
import { ru } from "./ru.ts";
import { zh } from "./zh.ts";

const STORAGE_KEY = "chiproad.language";

/** `?lang=` wins (handy for links and tests), then the last choice, then the browser's languages. */
function initialLanguage(): string {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  if (fromUrl && isLanguage(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored && isLanguage(stored)) return stored;
  const browser = navigator.languages.map((l) => l.slice(0, 2)).find(isLanguage);
  return browser ?? "en";
}

const language = initialLanguage();
document.documentElement.lang = language;

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, zh: { translation: zh } },
  lng: language,
  fallbackLng: "en",
  supportedLngs: ["en", "ru", "zh"],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  window.localStorage.setItem(STORAGE_KEY, lng);
});

export { i18next };
