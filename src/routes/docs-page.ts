/**
 * Renders a self-contained API reference page from an OpenAPI document: no scripts, no CDN,
 * so it works offline and under a strict Content-Security-Policy.
 */

import type { OpenAPIObject, OperationObject, ReferenceObject, RequestBodyObject } from "openapi3-ts/oas31";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function schemaBlock(schema: unknown): string {
  return `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;
}

function isReference(value: object): value is ReferenceObject {
  return "$ref" in value;
}

function renderOperation(path: string, method: string, operation: OperationObject): string {
  const requestBody: RequestBodyObject | ReferenceObject | undefined = operation.requestBody;
  const body =
    requestBody && !isReference(requestBody) ? requestBody.content["application/json"]?.schema : undefined;
  const responses = Object.entries(operation.responses ?? {})
    .map(
      ([status, response]: [string, { description?: string }]) =>
        `<li><code>${escapeHtml(status)}</code> ${escapeHtml(response.description ?? "")}</li>`,
    )
    .join("");
  return `<section>
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? "")}${operation.security?.length ? " <em>(Bearer token)</em>" : ""}</p>
${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ""}
${body ? `<h4>Request body</h4>${schemaBlock(body)}` : ""}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

/** Builds the HTML reference for `document`. */
export function renderDocsPage(document: OpenAPIObject): string {
  const operations: string[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (operation) operations.push(renderOperation(path, method, operation));
    }
  }
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${schemaBlock(schema)}`,
    )
    .join("");
  const title = escapeHtml(document.info.title);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
pre{background:#f5f5f5;padding:.75rem;overflow:auto;font-size:13px}section{border-top:1px solid #ddd;padding-top:.5rem}
.method{display:inline-block;min-width:4rem;font-weight:700;color:#0b5cad}code{font-size:14px}</style></head>
<body><h1>${title} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description ?? "")}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>${operations.join("\n")}
<h2>Schemas</h2>${schemas}
</body></html>`;
}
