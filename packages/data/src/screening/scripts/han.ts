import { pinyin } from "pinyin-pro";

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Hanzi → toneless pinyin through pinyin-pro (every CJK character; polyphones resolved by the word they
 * sit in, so 重庆 is "chong qing" and 银行 "yin hang"), one token per syllable, other text unchanged.
 */
export function hanziToPinyin(text: string): string {
  return text.replace(
    HAN_RUN,
    (run) => ` ${pinyin(run, { toneType: "none", type: "array", v: false }).join(" ")} `,
  );
}
