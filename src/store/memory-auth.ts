/**
 * In-memory tenants, API keys, refresh tokens and the live-token ledger: the same key layout and
 * semantics as the Upstash adapter (upstash-auth.ts), kept in a tiny Redis-like structure so that
 * tests can assert on everything stored (`dumpMemoryStore`). JavaScript runs one call at a time,
 * so the read-check-write sequences below are atomic, like the Lua scripts on Redis.
 */
import {
  activeTokensKey,
  apiKeyKey,
  assertTenantId,
  familyKey,
  refreshKey,
  TENANTS_INDEX_KEY,
  tenantApiKeysKey,
  tenantRecordKey,
  tenantRevokedKey,
} from "./keys";
import type {
  ApiKeyRecord,
  ApiKeyStore,
  RefreshFamily,
  RefreshTokenStore,
  RotateOutcome,
  TenantRecord,
  TenantRegistry,
  TokenLedger,
} from "./ports";

type Value = string | Map<string, string> | Map<string, number> | Set<string>;

/** A minimal key space with expiry (ms since epoch). */
export class MemoryKeySpace {
  private readonly values = new Map<string, { value: Value; expiresAt: number }>();

  constructor(
    private readonly now: () => number,
    private readonly maxKeys = 100_000,
  ) {}

  get<T extends Value>(key: string): T | undefined {
    const entry = this.values.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.values.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  set(key: string, value: Value, ttlMs = Number.POSITIVE_INFINITY): void {
    if (!this.values.has(key) && this.values.size >= this.maxKeys) this.evictExpired();
    if (this.values.size >= this.maxKeys) throw new Error("in-memory store is full");
    this.values.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  /** The value, created with `make` when absent (keeps an existing TTL). */
  ensure<T extends Value>(key: string, make: () => T): T {
    const existing = this.get<T>(key);
    if (existing !== undefined) return existing;
    const value = make();
    this.set(key, value);
    return value;
  }

  expire(key: string, ttlMs: number): void {
    const entry = this.values.get(key);
    if (entry) entry.expiresAt = this.now() + ttlMs;
  }

  /** Every live key with its value rendered as a string (for tests and debugging). */
  *dump(): IterableIterator<[string, string]> {
    const now = this.now();
    for (const [key, { value, expiresAt }] of this.values) {
      if (expiresAt <= now) continue;
      if (typeof value === "string") yield [key, value];
      else if (value instanceof Set) yield [key, JSON.stringify([...value])];
      else yield [key, JSON.stringify([...value.entries()])];
    }
  }

  private evictExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.values) if (entry.expiresAt <= now) this.values.delete(key);
  }
}

function hashOf(space: MemoryKeySpace, key: string): Map<string, string> | undefined {
  return space.get<Map<string, string>>(key);
}

function zsetOf(space: MemoryKeySpace, key: string): Map<string, number> {
  return space.ensure(key, () => new Map<string, number>());
}

function pruneZset(zset: Map<string, number>, now: number): void {
  for (const [member, score] of zset) if (score <= now) zset.delete(member);
}

function apiKeyFromHash(id: string, hash: Map<string, string>): ApiKeyRecord {
  return {
    id,
    tenantId: hash.get("tid") ?? "",
    name: hash.get("name") ?? "",
    scopes: (hash.get("scopes") ?? "").split(" ").filter(Boolean),
    hash: hash.get("hash") ?? "",
    createdAt: hash.get("createdAt") ?? "",
    revokedAt: hash.get("revokedAt") || null,
    lastUsedAt: hash.get("lastUsedAt") || null,
  };
}

function familyFromHash(id: string, hash: Map<string, string>): RefreshFamily {
  return {
    id,
    tenantId: hash.get("tid") ?? "",
    keyId: hash.get("key") ?? "",
    scopes: (hash.get("scopes") ?? "").split(" ").filter(Boolean),
    current: hash.get("current") ?? "",
    revokedReason: hash.get("revoked") || null,
  };
}

/** The four auth ports over one in-memory key space. */
export function createMemoryAuthStores(space: MemoryKeySpace, now: () => number) {
  const tenants: TenantRegistry = {
    async lookup(tenantId, at = now()) {
      const raw = space.get<string>(tenantRecordKey(tenantId));
      const zset = space.get<Map<string, number>>(tenantRevokedKey(tenantId));
      const revoked = zset ? [...zset].filter(([, score]) => score > at).map(([member]) => member) : [];
      return { record: raw ? (JSON.parse(raw) as TenantRecord) : null, revoked };
    },
    async get(tenantId) {
      const raw = space.get<string>(tenantRecordKey(tenantId));
      return raw ? (JSON.parse(raw) as TenantRecord) : null;
    },
    async create(record) {
      const key = tenantRecordKey(record.id);
      if (space.get(key) !== undefined) return false;
      space.set(key, JSON.stringify(record));
      zsetOf(space, TENANTS_INDEX_KEY).set(record.id, Date.parse(record.createdAt) || now());
      return true;
    },
    async update(record, expectedVersion) {
      const key = tenantRecordKey(record.id);
      const raw = space.get<string>(key);
      const version = raw ? (JSON.parse(raw) as TenantRecord).version : 0;
      if (version !== expectedVersion) return false;
      space.set(key, JSON.stringify(record));
      return true;
    },
    async list(offset, limit) {
      const index = zsetOf(space, TENANTS_INDEX_KEY);
      const ids = [...index].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
      const page = ids.slice(offset, offset + limit);
      const records = page
        .map((id) => space.get<string>(tenantRecordKey(id)))
        .filter((raw): raw is string => raw !== undefined)
        .map((raw) => JSON.parse(raw) as TenantRecord);
      return { tenants: records, total: ids.length };
    },
    async revoke(tenantId, member, untilMs, at = now()) {
      const key = tenantRevokedKey(tenantId);
      const zset = zsetOf(space, key);
      pruneZset(zset, at);
      zset.set(member, Math.max(untilMs, zset.get(member) ?? 0));
      space.expire(key, Math.max(...zset.values()) - at + 1000);
    },
  };

  const apiKeys: ApiKeyStore = {
    async create(record) {
      assertTenantId(record.tenantId);
      const hash = new Map<string, string>([
        ["tid", record.tenantId],
        ["name", record.name],
        ["scopes", record.scopes.join(" ")],
        ["hash", record.hash],
        ["createdAt", record.createdAt],
      ]);
      space.set(apiKeyKey(record.id), hash);
      space.ensure(tenantApiKeysKey(record.tenantId), () => new Set<string>()).add(record.id);
    },
    async get(id) {
      const hash = hashOf(space, apiKeyKey(id));
      return hash ? apiKeyFromHash(id, hash) : null;
    },
    async list(tenantId) {
      const ids = space.get<Set<string>>(tenantApiKeysKey(tenantId)) ?? new Set<string>();
      return [...ids]
        .map((id) => {
          const hash = hashOf(space, apiKeyKey(id));
          return hash ? apiKeyFromHash(id, hash) : null;
        })
        .filter((record): record is ApiKeyRecord => record !== null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async revoke(id, at) {
      const hash = hashOf(space, apiKeyKey(id));
      if (!hash) return null;
      if (!hash.get("revokedAt")) hash.set("revokedAt", at);
      return apiKeyFromHash(id, hash);
    },
    async touch(id, at) {
      hashOf(space, apiKeyKey(id))?.set("lastUsedAt", at);
    },
  };

  const refreshTokens: RefreshTokenStore = {
    async open(family, tokenHash, ttlMs) {
      assertTenantId(family.tenantId);
      space.set(
        familyKey(family.id),
        new Map([
          ["tid", family.tenantId],
          ["key", family.keyId],
          ["scopes", family.scopes.join(" ")],
          ["current", family.current],
          ["revoked", ""],
        ]),
        ttlMs,
      );
      space.set(
        refreshKey(family.current),
        new Map([
          ["fam", family.id],
          ["hash", tokenHash],
          ["used", "0"],
        ]),
        ttlMs,
      );
    },
    async rotate(familyId, tokenId, tokenHash, next, ttlMs): Promise<RotateOutcome> {
      const token = hashOf(space, refreshKey(tokenId));
      const fam = hashOf(space, familyKey(familyId));
      if (!token || token.get("fam") !== familyId || token.get("hash") !== tokenHash || !fam) {
        return { status: "unknown" };
      }
      if (fam.get("revoked")) return { status: "revoked", family: familyFromHash(familyId, fam) };
      if (token.get("used") === "1") {
        fam.set("revoked", "reuse");
        return { status: "reused", family: familyFromHash(familyId, fam) };
      }
      token.set("used", "1");
      space.set(
        refreshKey(next.id),
        new Map([
          ["fam", familyId],
          ["hash", next.hash],
          ["used", "0"],
        ]),
        ttlMs,
      );
      fam.set("current", next.id);
      space.expire(familyKey(familyId), ttlMs);
      return { status: "rotated", family: familyFromHash(familyId, fam) };
    },
    async find(familyId, tokenId, tokenHash) {
      const token = hashOf(space, refreshKey(tokenId));
      const fam = hashOf(space, familyKey(familyId));
      if (!token || !fam || token.get("fam") !== familyId || token.get("hash") !== tokenHash) return null;
      return familyFromHash(familyId, fam);
    },
    async revokeFamily(familyId, reason) {
      const fam = hashOf(space, familyKey(familyId));
      if (!fam) return null;
      if (!fam.get("revoked")) fam.set("revoked", reason);
      return familyFromHash(familyId, fam);
    },
  };

  const tokens: TokenLedger = {
    async add(type, id, expiresAtMs, at = now()) {
      const zset = zsetOf(space, activeTokensKey(type));
      pruneZset(zset, at);
      zset.set(id, expiresAtMs);
    },
    async remove(type, id) {
      space.get<Map<string, number>>(activeTokensKey(type))?.delete(id);
    },
    async count(type, at = now()) {
      const zset = space.get<Map<string, number>>(activeTokensKey(type));
      if (!zset) return 0;
      pruneZset(zset, at);
      return zset.size;
    },
  };

  return { tenants, apiKeys, refreshTokens, tokens };
}
