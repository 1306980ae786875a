/**
 * Morse code (ITU letters, digits and punctuation written with ASCII "." and "-"), an encoding
 * attack tools use to carry an order past text filters: ".. --. -. --- .-. . / .- .-.. .-..".
 *
 * A run is at least MIN_MORSE_LETTERS valid codes in a row with at least MIN_DISTINCT different
 * letters, one space between the letters of a word; "/", "|" or two spaces or more end a word (a
 * gap is at most MAX_GAP units). A run without word breaks is re-segmented into words
 * (segmentWords), as letter-spaced text is. Pure and linear: one pass, no regex.
 */
import { segmentWords } from "./decode-text";

/** Fewest letters a run needs: short runs are dashes and ellipses in prose ("... - ..."). */
export const MIN_MORSE_LETTERS = 12;

/** The longest code (the "$" sign). */
const MAX_CODE = 7;

const CODES: Readonly<Record<string, string>> = {
  ".-": "a",
  "-...": "b",
  "-.-.": "c",
  "-..": "d",
  ".": "e",
  "..-.": "f",
  "--.": "g",
  "....": "h",
  "..": "i",
  ".---": "j",
  "-.-": "k",
  ".-..": "l",
  "--": "m",
  "-.": "n",
  "---": "o",
  ".--.": "p",
  "--.-": "q",
  ".-.": "r",
  "...": "s",
  "-": "t",
  "..-": "u",
  "...-": "v",
  ".--": "w",
  "-..-": "x",
  "-.--": "y",
  "--..": "z",
  "-----": "0",
  ".----": "1",
  "..---": "2",
  "...--": "3",
  "....-": "4",
  ".....": "5",
  "-....": "6",
  "--...": "7",
  "---..": "8",
  "----.": "9",
  ".-.-.-": ".",
  "--..--": ",",
  "..--..": "?",
  ".----.": "'",
  "-.-.--": "!",
  "-..-.": "/",
  "-.--.": "(",
  "-.--.-": ")",
  ".-...": "&",
  "---...": ":",
  "-.-.-.": ";",
  "-...-": "=",
  ".-.-.": "+",
  "-....-": "-",
  "..--.-": "_",
  ".-..-.": '"',
  "...-..-": "$",
  ".--.-.": "@",
};

/** Codes as a map (a plain object would also answer "constructor"). */
const MORSE: ReadonlyMap<string, string> = new Map(Object.entries(CODES));

function isMark(c: number): boolean {
  return c === 0x2e /* . */ || c === 0x2d /* - */;
}

/** A word break: "/" or "|". */
function isBreak(c: number): boolean {
  return c === 0x2f || c === 0x7c;
}

/** Spaces and tabs between codes. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** ASCII letters and digits: a code glued to one ("foo.-", "3-.5") is not Morse. */
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * Longest gap between two codes ("   /   " is 7): longer gaps end the run, so padding cannot
 * stretch a run past the decode budget.
 */
const MAX_GAP = 7;

/**
 * Longest run, in code units: a longer one is cut and continues as a new run, so a payload
 * followed by padding codes is decoded instead of skipped as over budget.
 */
export const MAX_MORSE_RUN = 16 * 1024;

/**
 * Fewest distinct letters a run needs: dot leaders (". . . ."), dashed rules ("- - - -") and
 * table borders ("|---|---|") are runs of one code.
 */
const MIN_DISTINCT = 4;

/** A Morse run: [start, end) in the text, its letters, and whether it had word breaks. */
export interface MorseRun {
  start: number;
  end: number;
  /** Letters in lower case, a space at each word break. */
  letters: string;
  wordBreaks: boolean;
}

/** A run's text: its words, or its letters re-segmented into words when it had no breaks. */
export function morseText(run: MorseRun): string {
  return run.wordBreaks ? run.letters : segmentWords(run.letters);
}

/**
 * Appends the Morse runs of `text` to `out` (decode them with morseText: only those within the
 * decode budget are worth it).
 *
 * @param text the original text
 * @param out receives each run of at least MIN_MORSE_LETTERS codes and MIN_DISTINCT letters
 */
export function findMorse(text: string, out: MorseRun[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    if (!isMark(text.charCodeAt(i)) || isMark(before) || isAlnum(before)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let count = 0;
    let breaks = false;
    let letters = "";
    let j = i;
    for (;;) {
      let k = j;
      while (k < n && isMark(text.charCodeAt(k))) k++;
      const after = k < n ? text.charCodeAt(k) : 0x20;
      const letter = k - j <= MAX_CODE ? MORSE.get(text.slice(j, k)) : undefined;
      if (letter === undefined || isAlnum(after)) break;
      letters += letter;
      count++;
      end = k;
      let m = k;
      let blanks = 0;
      let wordBreak = false;
      while (m < n && m - k <= MAX_GAP) {
        const c = text.charCodeAt(m);
        if (isBlank(c)) blanks++;
        else if (isBreak(c)) wordBreak = true;
        else break;
        m++;
      }
      if (m === n || m - k > MAX_GAP || m === k || !isMark(text.charCodeAt(m)) || m - start > MAX_MORSE_RUN)
        break;
      if (wordBreak || blanks >= 2) {
        letters += " ";
        breaks = true;
      }
      j = m;
    }
    if (count >= MIN_MORSE_LETTERS && distinctLetters(letters) >= MIN_DISTINCT)
      out.push({ start, end, letters, wordBreaks: breaks });
    i = end > i ? end : i + 1;
  }
}

/** Number of distinct characters of `s` other than the space. */
function distinctLetters(s: string): number {
  const seen = new Set(s);
  seen.delete(" ");
  return seen.size;
}
