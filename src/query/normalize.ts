/**
 * Folds a name for lookup: lower case, no diacritics (Vietnamese included: "đ"/"Đ" become "d"), no spacing or
 * punctuation. "Phạm Minh Chính" and "pham-minh chinh" both fold to "phamminhchinh".
 *
 * @example
 * ```ts
 * import { foldName } from "vietnam-us-relations";
 *
 * foldName("Phạm Minh Chính"); // "phamminhchinh"
 * foldName("U.N."); // "un"
 * ```
 */
export function foldName(text: string): string {
  return foldWords(text).join("");
}

/**
 * {@link foldName} word by word: `"Hà Nội"` → `["ha", "noi"]`.
 *
 * @example
 * ```ts
 * import { foldWords } from "vietnam-us-relations";
 *
 * foldWords("Đà Nẵng City"); // ["da", "nang", "city"]
 * ```
 */
export function foldWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
