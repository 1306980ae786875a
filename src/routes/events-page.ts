/**
 * `GET /events/live`: a self-contained live event viewer (HTML + `/events/live.js`, no CDN).
 * The user pastes an access token; the page trades it for a ticket and opens the WebSocket.
 */
import { Hono } from "hono";
import { VIEWER_SCRIPT } from "../realtime/viewer-script";
import type { AppEnv } from "../types";

/**
 * The page's own CSP: scripts only from this origin (no inline), network only to this origin
 * (`'self'` covers ws:/wss: to the same host). The app's secureHeaders must not overwrite it
 * (`overwrite: false`), see docs/realtime.md.
 */
export const EVENTS_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>PromptShield Edge — live events</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a}
fieldset{border:1px solid #ddd;margin:0 0 .75rem}label{margin-right:1rem}
input[type=password]{width:100%;font-family:monospace;box-sizing:border-box}
table{border-collapse:collapse;width:100%;margin-top:.75rem}td,th{border-bottom:1px solid #eee;padding:.25rem .4rem;text-align:left;vertical-align:top}
tr.injection td:nth-child(4){color:#b00020;font-weight:600}tr.benign td:nth-child(4){color:#2e7d32}
#status{padding:.35rem .5rem;background:#f5f5f5}#status.ok{background:#e8f5e9}#status.warn{background:#fff8e1}#status.error{background:#ffebee}
</style></head>
<body>
<h1>Live detection events</h1>
<p>Paste an access token with the <code>events</code> scope (<code>npm run token -- --tenant demo --scopes events</code>).
It stays in this page: it is exchanged for a 60&nbsp;s single-use ticket and never put in a URL.</p>
<fieldset><legend>Connection</legend>
<label for="token">Access token</label>
<input id="token" type="password" autocomplete="off" spellcheck="false" placeholder="eyJ…">
<p><button id="connect" type="button">Connect</button> <button id="disconnect" type="button" disabled>Disconnect</button></p>
</fieldset>
<fieldset><legend>Filter</legend>
<label><input type="checkbox" name="event" value="detection.completed" checked> detection.completed</label>
<label><input type="checkbox" name="event" value="rate_limit.exceeded" checked> rate_limit.exceeded</label>
<label><input type="checkbox" name="event" value="circuit_breaker.changed" checked> circuit_breaker.changed</label>
<label>verdict <select id="verdict"><option value="">any</option><option value="injection">injection</option><option value="benign">benign</option></select></label>
<button id="apply" type="button">Apply</button> <button id="clear" type="button">Clear table</button>
</fieldset>
<div id="status" role="status">Not connected.</div>
<table id="events"><thead><tr><th>seq</th><th>time</th><th>event</th><th>result</th><th>categories</th><th>text</th></tr></thead><tbody></tbody></table>
<script src="/events/live.js"></script>
</body></html>`;

/** The viewer routes; mount with `app.route("/events", eventsPageRoutes)`. */
export const eventsPageRoutes = new Hono<AppEnv>();

eventsPageRoutes.get("/live", (c) => {
  c.header("Content-Security-Policy", EVENTS_PAGE_CSP);
  c.header("Cache-Control", "no-store");
  return c.html(PAGE);
});

eventsPageRoutes.get("/live.js", (c) => {
  c.header("Content-Type", "text/javascript; charset=utf-8");
  c.header("Cache-Control", "no-cache");
  return c.body(VIEWER_SCRIPT);
});
