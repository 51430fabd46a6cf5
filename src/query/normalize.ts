import { requireString } from "./arguments.js";

/**
 * Folds a name for lookup: compatibility forms unified (Unicode NFKD: full-width "ＵＮＭＩＳＳ" is "UNMISS"), lower case, no
 * diacritics (Vietnamese included: "đ"/"Đ" become "d"; Turkish dotless "ı" and dotted "İ" become "i"), letters that
 * have no decomposition folded to their base letters ("ł" "l", "ø" "o", "ß" "ss", "æ" "ae", "œ" "oe", "ð" "d",
 * "þ" "th"), an English possessive dropped ("Hegseth's" is "hegseth"), no spacing or punctuation. Letters of every
 * script are kept. "Phạm Minh Chính" and "pham-minh chinh" both fold to "phamminhchinh"; "Łukasz Wałęsa" to
 * "lukaszwalesa".
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { foldName } from "vietnam-us-relations";
 *
 * foldName("Phạm Minh Chính"); // "phamminhchinh"
 * foldName("U.N."); // "un"
 * foldName("ＵＮＭＩＳＳ"); // "unmiss"
 * foldName("Łukasz Wałęsa"); // "lukaszwalesa"
 * ```
 */
export function foldName(text: string): string {
  return foldChecked("foldName", text).join("");
}

/**
 * {@link foldName} word by word: `"Hà Nội"` → `["ha", "noi"]`. A run of single letters is one word, the acronym
 * it spells: `"U.S. Army"` and `"U S Army"` → `["us", "army"]`.
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { foldWords } from "vietnam-us-relations";
 *
 * foldWords("Đà Nẵng City"); // ["da", "nang", "city"]
 * foldWords("the U.N. mission"); // ["the", "un", "mission"]
 * ```
 */
export function foldWords(text: string): string[] {
  return foldChecked("foldWords", text);
}

function foldChecked(helper: string, text: unknown): string[] {
  return fold(requireString(helper, "text", text, "a string"));
}

/** Letters that NFKD leaves whole (they are not a base letter plus an accent), mapped to the base letters readers type. */
const BASE_LETTERS: Readonly<Record<string, string>> = { ł: "l", ø: "o", ß: "ss", æ: "ae", œ: "oe", ð: "d", þ: "th", đ: "d", ı: "i", ħ: "h", ŧ: "t", ŋ: "n" };
const NOT_DECOMPOSED = new RegExp(`[${Object.keys(BASE_LETTERS).join("")}]`, "g");
/** A single letter between word breaks, as in "U.N." or "U N": one letter of an acronym spelled out. */
const SINGLE_LETTER = /^\p{L}$/u;

/**
 * @internal The folding of {@link foldWords}, for callers that have checked their argument. Every script's letters
 * are kept (a query in Cyrillic or Chinese folds as the names it is compared with do); a run of single letters
 * ("U.N.", "U S", "u-n") is one word, the acronym; an English possessive ("Hegseth's") is the name.
 */
export function fold(text: string): string[] {
  const words = text
    // NFKD: compatibility forms to their plain letters (full-width, ligatures, superscripts), and accents split off.
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/İ/g, "i")
    .toLowerCase()
    .replace(NOT_DECOMPOSED, (letter) => BASE_LETTERS[letter] as string)
    .replace(/(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu, "")
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  const merged: string[] = [];
  let runStart = -1;
  for (const word of words) {
    const single = SINGLE_LETTER.test(word);
    if (single && runStart >= 0) merged[merged.length - 1] += word;
    else merged.push(word);
    runStart = single ? merged.length - 1 : -1;
  }
  return merged;
}
