import type { LogLevel } from "./config";

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** A minimal leveled logger writing one line per event (JSON when structured). */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function formatPlain(level: LogLevel, message: string, fields: LogFields): string {
  const pairs = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(
      ([key, value]) =>
        `${key}=${typeof value === "string" && /\s/.test(value) ? JSON.stringify(value) : value}`,
    );
  return [new Date().toISOString(), level.toUpperCase(), message, ...pairs].join(" ");
}

/**
 * Creates a logger that drops events below `level`. Callers must never pass secrets, tokens or
 * raw prompt text in `fields`: log lines leave the Worker.
 */
export function createLogger(level: LogLevel, structured: boolean, base: LogFields = {}): Logger {
  const threshold = LEVEL_ORDER[level];
  const write = (eventLevel: LogLevel, message: string, fields: LogFields = {}) => {
    if (LEVEL_ORDER[eventLevel] < threshold) return;
    const all = { ...base, ...fields };
    const line = structured
      ? JSON.stringify({ ts: new Date().toISOString(), level: eventLevel, msg: message, ...all })
      : formatPlain(eventLevel, message, all);
    if (eventLevel === "error") console.error(line);
    else if (eventLevel === "warn") console.warn(line);
    else console.log(line);
  };
  return {
    debug: (message, fields) => write("debug", message, fields),
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
  };
}
