import type { Entity } from "../src/index.ts";

/** Deterministic LCG so the benchmark population is the same on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const ONSETS = [
  "b",
  "v",
  "g",
  "d",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "z",
  "sh",
  "ch",
  "kh",
  "br",
  "gr",
  "st",
  "tr",
];
const VOWELS = ["a", "e", "i", "o", "u", "ya", "yu"];
const ENDINGS = ["ov", "ev", "in", "enko", "sky", "ova", "uk", "ich", "er", "son", "an", "ing", "ez", "ani"];
const FIRST = [
  "Ivan",
  "Sergey",
  "Olga",
  "Anna",
  "Dmitry",
  "Li",
  "Wei",
  "Chen",
  "Maria",
  "John",
  "Ahmed",
  "Fatima",
  "Yuki",
  "Hans",
  "Pierre",
  "Carlos",
  "Elena",
  "Nikolai",
  "Tatiana",
  "Omar",
];
const COMPANY = [
  "Trading",
  "Electronics",
  "Microsystems",
  "Logistics",
  "Engineering",
  "Technologies",
  "Industrial",
  "Export",
  "Semiconductor",
  "Components",
  "Holding",
  "Systems",
  "Instruments",
  "Energy",
  "Machinery",
];

/** A made-up word that looks like a surname or company stem: 2–3 syllables plus an ending. */
export function stem(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  let w = "";
  const syllables = 2 + Math.floor(rand() * 2);
  for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS);
  w += pick(ENDINGS);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `count` synthetic persons and companies in the screening model (list "SYNTHETIC"). */
export function syntheticParties(count: number, seed = 7): Entity[] {
  const rand = lcg(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: Entity[] = [];
  for (let n = 0; n < count; n++) {
    const person = rand() < 0.6;
    const name = person
      ? `${stem(rand).toUpperCase()}, ${pick(FIRST)}`
      : `${stem(rand)} ${pick(COMPANY)}${rand() < 0.5 ? ` ${pick(COMPANY)}` : ""} LLC`;
    out.push({
      id: `syn-${n}`,
      schema: person ? "Person" : "Company",
      name,
      aliases: rand() < 0.3 ? [`${stem(rand)} ${pick(COMPANY)}`] : [],
      countries: [],
      identifiers: [],
      addresses: [],
      list: "SYNTHETIC",
      programs: [],
      datasetVersion: "bench",
    });
  }
  return out;
}
