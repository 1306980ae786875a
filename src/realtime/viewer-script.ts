/**
 * The live viewer's browser script, served as `/events/live.js` (a separate file so the page's
 * CSP can forbid inline scripts). Plain ES2020, no dependencies. The token lives only in the
 * input field and one variable — never in storage or a URL: it is traded for a ticket.
 * It is a string here because Workers have no static files without an assets binding.
 */
export const VIEWER_SCRIPT = `"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var socket = null;
  var pingTimer = null;
  var retryTimer = null;
  var retryDelay = 1000;
  var lastSeq = 0;
  var wanted = false;
  // Reconnect only after network trouble; the 4000 range and policy closes need a human.
  var RETRYABLE = [1001, 1006, 1011, 1012, 1013];

  function status(text, kind) {
    var el = $("status");
    el.textContent = text;
    el.className = kind || "";
  }

  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text;
    row.appendChild(td);
  }

  function showEvent(event) {
    var data = event.data || {};
    var row = document.createElement("tr");
    row.dataset.seq = String(event.seq);
    row.dataset.type = event.type;
    if (data.verdict) row.className = data.verdict;
    cell(row, String(event.seq));
    cell(row, new Date(event.ts).toLocaleTimeString());
    cell(row, event.type);
    if (event.type === "detection.completed") {
      cell(row, data.verdict + " (" + Number(data.score).toFixed(2) + ")" + (data.cached ? " cached" : ""));
      cell(row, (data.categories || []).join(", "));
      cell(row, data.excerpt || (data.textSha256 || "").slice(0, 16) + "…");
    } else if (event.type === "rate_limit.exceeded") {
      cell(row, "limit " + data.limit + "/" + data.windowSeconds + "s");
      cell(row, "");
      cell(row, "retry after " + data.retryAfterSeconds + "s");
    } else {
      cell(row, data.provider + ": " + data.from + " → " + data.to);
      cell(row, "");
      cell(row, "");
    }
    var body = $("events").tBodies[0];
    body.insertBefore(row, body.firstChild);
    while (body.rows.length > 500) body.deleteRow(body.rows.length - 1);
  }

  function subscription() {
    var events = [];
    document.querySelectorAll("input[name=event]:checked").forEach(function (box) { events.push(box.value); });
    var verdict = $("verdict").value;
    return { type: "subscribe", events: events, verdicts: verdict ? [verdict] : [] };
  }

  function onMessage(message) {
    var parsed;
    try { parsed = JSON.parse(message.data); } catch (e) { return; }
    if (typeof parsed.seq === "number") {
      if (parsed.seq <= lastSeq) return;
      lastSeq = parsed.seq;
      showEvent(parsed);
      return;
    }
    if (parsed.type === "welcome") status("Connected to " + parsed.tenantId + " (last seq " + parsed.lastSeq + ")", "ok");
    else if (parsed.type === "gap") status("Some events were missed (" + parsed.reason + ")", "warn");
    else if (parsed.type === "error") status("Server: " + parsed.message, "warn");
  }

  async function connect() {
    clearTimeout(retryTimer);
    var token = $("token").value.trim();
    if (!token) { status("Paste an access token with the events scope.", "warn"); return; }
    wanted = true;
    status("Getting a ticket…");
    var response;
    try {
      response = await fetch("/v1/events/ticket", { method: "POST", headers: { Authorization: "Bearer " + token } });
    } catch (e) {
      return retry("network error");
    }
    var body = await response.json().catch(function () { return {}; });
    // The hub was busy or unreachable: that passes, a refused token does not.
    if (response.status === 503) {
      retryDelay = Math.max(retryDelay, (Number(response.headers.get("Retry-After")) || 0) * 1000);
      return retry("event hub unavailable");
    }
    if (!response.ok) {
      wanted = false;
      status("Ticket refused: " + ((body.error && body.error.message) || response.status), "error");
      return;
    }
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var url = scheme + location.host + body.url + (lastSeq > 0 ? "&since=" + lastSeq : "");
    socket = new WebSocket(url);
    socket.onopen = function () {
      retryDelay = 1000;
      socket.send(JSON.stringify(subscription()));
      // Keeps the connection inside the idle timeout; answered by the runtime without waking the hub.
      pingTimer = setInterval(function () { if (socket && socket.readyState === 1) socket.send("ping"); }, 30000);
      $("connect").disabled = true;
      $("disconnect").disabled = false;
    };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      clearInterval(pingTimer);
      socket = null;
      $("connect").disabled = false;
      $("disconnect").disabled = true;
      if (wanted && RETRYABLE.indexOf(event.code) >= 0) return retry("closed " + event.code);
      wanted = false;
      status("Disconnected (" + event.code + (event.reason ? ": " + event.reason : "") + ")", event.code === 1000 ? "" : "warn");
    };
  }

  function retry(why) {
    status("Reconnecting in " + Math.round(retryDelay / 1000) + " s (" + why + ")…", "warn");
    retryTimer = setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  $("connect").addEventListener("click", function () { connect(); });
  $("disconnect").addEventListener("click", function () {
    wanted = false;
    clearTimeout(retryTimer);
    if (socket) socket.close(1000, "bye");
  });
  $("apply").addEventListener("click", function () {
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(subscription()));
  });
  $("clear").addEventListener("click", function () { $("events").tBodies[0].textContent = ""; });
})();
`;
