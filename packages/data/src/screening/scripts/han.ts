import { pinyin } from "pinyin-pro";

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Hanzi → toneless pinyin through pinyin-pro (every CJK character; polyphones resolved by the word they
 * sit in, so 重庆 is "chong qing" and 银行 "yin hang"), one token per syllable, other text unchanged.
 * A name of 2–4 characters and nothing else is a person's name: its first character is read as a surname
 * (单田芳 shan tian fang, 曾国藩 zeng guo fan, not dan, ceng).
 */
export function hanziToPinyin(text: string): string {
  const person = /^\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,4}\s*$/.test(text);
  const surname = person ? "head" : "off";
  return text.replace(
    HAN_RUN,
    (run) => ` ${pinyin(run, { toneType: "none", type: "array", v: false, surname }).join(" ")} `,
  );
}
