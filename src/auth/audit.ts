/**
 * Audit lines for security-relevant actions (tenant and key changes, token issue/refresh/revoke,
 * refresh reuse). One JSON object per line on stdout, written whatever LOG_LEVEL says: an audit
 * trail that a log-level change can switch off is not one. Never pass secrets: keys appear only
 * as their public id, tokens only as their `jti`/family id.
 */
export type AuditFields = Record<string, string | number | boolean | null | undefined | string[]>;

export function audit(event: string, fields: AuditFields = {}): void {
  console.log(JSON.stringify({ ts: new Date().toISOString(), level: "audit", event, ...fields }));
}
