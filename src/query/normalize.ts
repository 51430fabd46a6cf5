import { requireString } from "./arguments.js";

/**
 * Folds a name for lookup: compatibility forms unified (Unicode NFKD: full-width "ＵＮＭＩＳＳ" is "UNMISS"), lower case, no
 * diacritics (Vietnamese included: "đ"/"Đ" become "d"; Turkish dotless "ı" and dotted "İ" become "i"), no spacing
 * or punctuation. "Phạm Minh Chính" and "pham-minh chinh" both fold to "phamminhchinh".
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { foldName } from "vietnam-us-relations";
 *
 * foldName("Phạm Minh Chính"); // "phamminhchinh"
 * foldName("U.N."); // "un"
 * foldName("ＵＮＭＩＳＳ"); // "unmiss"
 * ```
 */
export function foldName(text: string): string {
  return foldChecked("foldName", text).join("");
}

/**
 * {@link foldName} word by word: `"Hà Nội"` → `["ha", "noi"]`.
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { foldWords } from "vietnam-us-relations";
 *
 * foldWords("Đà Nẵng City"); // ["da", "nang", "city"]
 * ```
 */
export function foldWords(text: string): string[] {
  return foldChecked("foldWords", text);
}

function foldChecked(helper: string, text: unknown): string[] {
  return fold(requireString(helper, "text", text, "a string"));
}

/** @internal The folding of {@link foldWords}, for callers that have checked their argument. */
export function fold(text: string): string[] {
  return (
    text
      // NFKD: compatibility forms to their plain letters (full-width, ligatures, superscripts), and accents split off.
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[đĐ]/g, "d")
      .replace(/[ıİ]/g, "i")
      .toLowerCase()
      .replace(/['’]/g, "")
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0)
  );
}
