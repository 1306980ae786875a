/**
 * Morse code (ITU letters, digits and punctuation written with ASCII "." and "-"), an encoding
 * attack tools use to carry an order past text filters: ".. --. -. --- .-. . / .- .-.. .-..".
 *
 * A run is at least MIN_MORSE_LETTERS valid codes in a row, one space between the letters of a
 * word; "/", "|" or two spaces or more end a word. A run without word breaks is re-segmented into
 * words (segmentWords), as letter-spaced text is. Pure and linear: one pass, no regex.
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

/** A decoded Morse run: [start, end) in the text, and its letters (lower case, words spaced). */
export interface MorseRun {
  start: number;
  end: number;
  decoded: string;
}

/**
 * Appends the Morse runs of `text` to `out`.
 *
 * @param text the original text
 * @param out receives each run of at least MIN_MORSE_LETTERS codes, decoded
 */
export function findMorse(text: string, out: MorseRun[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isMark(text.charCodeAt(i)) || (i > 0 && isMark(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let letters = 0;
    let breaks = 0;
    let words = "";
    let j = i;
    for (;;) {
      let k = j;
      while (k < n && isMark(text.charCodeAt(k))) k++;
      // A code must stand alone: "--flag" or "...and" is not Morse.
      const letter = k - j <= MAX_CODE ? MORSE.get(text.slice(j, k)) : undefined;
      if (letter === undefined || (k < n && !isBlank(text.charCodeAt(k)) && !isBreak(text.charCodeAt(k))))
        break;
      words += letter;
      letters++;
      end = k;
      let m = k;
      let blanks = 0;
      let wordBreak = false;
      while (m < n) {
        const c = text.charCodeAt(m);
        if (isBlank(c)) blanks++;
        else if (isBreak(c)) wordBreak = true;
        else break;
        m++;
      }
      if (m === n || !isMark(text.charCodeAt(m))) break;
      if (wordBreak || blanks >= 2) {
        words += " ";
        breaks++;
      }
      j = m;
    }
    if (letters >= MIN_MORSE_LETTERS)
      out.push({ start, end, decoded: breaks > 0 ? words : segmentWords(words) });
    i = end > i ? end : i + 1;
  }
}
