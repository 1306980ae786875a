/**
 * Tenants, API keys, refresh tokens and the live-token ledger in Upstash Redis (docs/auth.md).
 *
 * Unlike the cache, every call here throws on failure: the caller answers 503 rather than let an
 * unverifiable credential through. Multi-step updates that must not interleave (tenant
 * compare-and-set, refresh rotation, revocations) are single Lua scripts (EVAL), so they are
 * atomic on Redis whatever the number of isolates racing.
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
import type { SharedClient } from "./upstash-client";

/** SET NX the record, then index it. 1 = created, 0 = the id is taken. */
const CREATE_TENANT = `if redis.call('SET', KEYS[1], ARGV[1], 'NX') then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  return 1
end
return 0`;

/** Compare-and-set on the record's version (0 = absent). 1 = written. */
const UPDATE_TENANT = `local current = redis.call('GET', KEYS[1])
local version = 0
if current then version = cjson.decode(current).version end
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

/** Prune expired revocations, add one (keeping the later expiry), expire the set with its last member. */
const REVOKE = `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local current = redis.call('ZSCORE', KEYS[1], ARGV[3])
if (not current) or tonumber(current) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
end
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], math.floor(tonumber(last[2])) + 1000)
return 1`;

const FAMILY_FIELDS = ["tid", "key", "scopes", "current", "revoked"] as const;

/**
 * Refresh rotation. KEYS: refresh:{old}, family:{fid}, refresh:{new}.
 * ARGV: presented hash, family id, new hash, ttl ms, new id.
 * Returns {status, tid, key, scopes, current, revoked}; status: unknown | revoked | reused | rotated.
 */
const ROTATE = `local t = redis.call('HMGET', KEYS[1], 'fam', 'hash', 'used')
if (not t[1]) or t[1] ~= ARGV[2] or t[2] ~= ARGV[1] then return {'unknown'} end
local f = redis.call('HMGET', KEYS[2], 'tid', 'key', 'scopes', 'current', 'revoked')
if not f[1] then return {'unknown'} end
if f[5] and f[5] ~= '' then return {'revoked', f[1], f[2], f[3], f[4], f[5]} end
if t[3] == '1' then
  redis.call('HSET', KEYS[2], 'revoked', 'reuse')
  return {'reused', f[1], f[2], f[3], f[4], 'reuse'}
end
redis.call('HSET', KEYS[1], 'used', '1')
redis.call('HSET', KEYS[3], 'fam', ARGV[2], 'hash', ARGV[3], 'used', '0')
redis.call('PEXPIRE', KEYS[3], ARGV[4])
redis.call('HSET', KEYS[2], 'current', ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {'rotated', f[1], f[2], f[3], ARGV[5], ''}`;

/** Marks a family revoked unless it already is. Returns its fields, or an empty array. */
const REVOKE_FAMILY = `if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
local r = redis.call('HGET', KEYS[1], 'revoked')
if (not r) or r == '' then redis.call('HSET', KEYS[1], 'revoked', ARGV[1]) end
return redis.call('HMGET', KEYS[1], 'tid', 'key', 'scopes', 'current', 'revoked')`;

const API_KEY_FIELDS = ["tid", "name", "scopes", "hash", "createdAt", "revokedAt", "lastUsedAt"] as const;

function str(value: unknown): string | null {
  if (value === null || value === undefined || value === false) return null;
  return String(value);
}

/** HMGET reply → values in field order (accepts the object form too). */
function fieldsOf(reply: unknown, fields: readonly string[]): Array<string | null> {
  if (Array.isArray(reply)) return fields.map((_, i) => str(reply[i]));
  if (reply && typeof reply === "object")
    return fields.map((field) => str((reply as Record<string, unknown>)[field]));
  return fields.map(() => null);
}

function apiKeyFrom(id: string, reply: unknown): ApiKeyRecord | null {
  const [tid, name, scopes, hash, createdAt, revokedAt, lastUsedAt] = fieldsOf(reply, API_KEY_FIELDS);
  if (!tid || !hash) return null;
  return {
    id,
    tenantId: tid,
    name: name ?? "",
    scopes: (scopes ?? "").split(" ").filter(Boolean),
    hash,
    createdAt: createdAt ?? "",
    revokedAt: revokedAt || null,
    lastUsedAt: lastUsedAt || null,
  };
}

function familyFrom(id: string, values: Array<string | null>): RefreshFamily | null {
  const [tid, key, scopes, current, revoked] = values;
  if (!tid) return null;
  return {
    id,
    tenantId: tid,
    keyId: key ?? "",
    scopes: (scopes ?? "").split(" ").filter(Boolean),
    current: current ?? "",
    revokedReason: revoked || null,
  };
}

function parseRecord(raw: unknown): TenantRecord | null {
  if (raw === null || raw === undefined) return null;
  return JSON.parse(String(raw)) as TenantRecord;
}

/** The four auth ports on one shared Upstash client. */
export function createUpstashAuthStores(client: SharedClient) {
  const { redis } = client;

  const tenants: TenantRegistry = {
    async lookup(tenantId, now = Date.now()) {
      const recordKey = tenantRecordKey(tenantId);
      const revokedKey = tenantRevokedKey(tenantId);
      // One /pipeline request through auto-pipelining.
      const [raw, revoked] = await Promise.all([
        redis.get<string>(recordKey),
        redis.zrange<string[]>(revokedKey, `(${now}`, "+inf", { byScore: true }),
      ]);
      return { record: parseRecord(raw), revoked: (revoked ?? []).map(String) };
    },
    async get(tenantId) {
      return parseRecord(await redis.get<string>(tenantRecordKey(tenantId)));
    },
    async create(record) {
      const created = await redis.eval(
        CREATE_TENANT,
        [tenantRecordKey(record.id), TENANTS_INDEX_KEY],
        [JSON.stringify(record), String(Date.parse(record.createdAt) || Date.now()), record.id],
      );
      return Number(created) === 1;
    },
    async update(record, expectedVersion) {
      const written = await redis.eval(
        UPDATE_TENANT,
        [tenantRecordKey(record.id)],
        [String(expectedVersion), JSON.stringify(record)],
      );
      return Number(written) === 1;
    },
    async list(offset, limit) {
      const [ids, total] = await Promise.all([
        redis.zrange<string[]>(TENANTS_INDEX_KEY, offset, offset + Math.max(0, limit - 1)),
        redis.zcard(TENANTS_INDEX_KEY),
      ]);
      const valid = (limit > 0 ? ids : []).map(String).filter((id) => {
        try {
          assertTenantId(id);
          return true;
        } catch {
          return false;
        }
      });
      if (valid.length === 0) return { tenants: [], total: Number(total) };
      const raws = await redis.mget<string[]>(...valid.map(tenantRecordKey));
      const records = raws.map(parseRecord).filter((record): record is TenantRecord => record !== null);
      return { tenants: records, total: Number(total) };
    },
    async revoke(tenantId, member, untilMs, now = Date.now()) {
      await redis.eval(
        REVOKE,
        [tenantRevokedKey(tenantId)],
        [String(now), String(Math.floor(untilMs)), member],
      );
    },
  };

  const apiKeys: ApiKeyStore = {
    async create(record) {
      await redis
        .multi()
        .hset(apiKeyKey(record.id), {
          tid: record.tenantId,
          name: record.name,
          scopes: record.scopes.join(" "),
          hash: record.hash,
          createdAt: record.createdAt,
        })
        .sadd(tenantApiKeysKey(record.tenantId), record.id)
        .exec();
    },
    async get(id) {
      return apiKeyFrom(id, await redis.hmget(apiKeyKey(id), ...API_KEY_FIELDS));
    },
    async list(tenantId) {
      const ids = (await redis.smembers<string[]>(tenantApiKeysKey(tenantId))).map(String);
      if (ids.length === 0) return [];
      const replies = await Promise.all(ids.map((id) => redis.hmget(apiKeyKey(id), ...API_KEY_FIELDS)));
      return ids
        .map((id, i) => apiKeyFrom(id, replies[i]))
        .filter((record): record is ApiKeyRecord => record !== null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async revoke(id, at) {
      const key = apiKeyKey(id);
      if (Number(await redis.exists(key)) === 0) return null;
      await redis.hsetnx(key, "revokedAt", at);
      return apiKeyFrom(id, await redis.hmget(key, ...API_KEY_FIELDS));
    },
    async touch(id, at) {
      await redis.hset(apiKeyKey(id), { lastUsedAt: at });
    },
  };

  const refreshTokens: RefreshTokenStore = {
    async open(family, tokenHash, ttlMs) {
      assertTenantId(family.tenantId);
      const fKey = familyKey(family.id);
      const rKey = refreshKey(family.current);
      await redis
        .multi()
        .hset(fKey, {
          tid: family.tenantId,
          key: family.keyId,
          scopes: family.scopes.join(" "),
          current: family.current,
          revoked: "",
        })
        .pexpire(fKey, ttlMs)
        .hset(rKey, { fam: family.id, hash: tokenHash, used: "0" })
        .pexpire(rKey, ttlMs)
        .exec();
    },
    async rotate(familyId, tokenId, tokenHash, next, ttlMs): Promise<RotateOutcome> {
      const reply = await redis.eval(
        ROTATE,
        [refreshKey(tokenId), familyKey(familyId), refreshKey(next.id)],
        [tokenHash, familyId, next.hash, String(Math.floor(ttlMs)), next.id],
      );
      const values = Array.isArray(reply) ? reply.map(str) : [];
      const status = values[0];
      const family = familyFrom(familyId, values.slice(1));
      if (!family || (status !== "rotated" && status !== "reused" && status !== "revoked")) {
        return { status: "unknown" };
      }
      return { status, family };
    },
    async find(familyId, tokenId, tokenHash) {
      const [token, fam] = await Promise.all([
        redis.hmget(refreshKey(tokenId), "fam", "hash"),
        redis.hmget(familyKey(familyId), ...FAMILY_FIELDS),
      ]);
      const [tokenFamily, hash] = fieldsOf(token, ["fam", "hash"]);
      if (tokenFamily !== familyId || hash !== tokenHash) return null;
      return familyFrom(familyId, fieldsOf(fam, FAMILY_FIELDS));
    },
    async revokeFamily(familyId, reason) {
      const reply = await redis.eval(REVOKE_FAMILY, [familyKey(familyId)], [reason]);
      const values = Array.isArray(reply) ? reply.map(str) : [];
      return values.length === 0 ? null : familyFrom(familyId, values);
    },
  };

  const tokens: TokenLedger = {
    async add(type, id, expiresAtMs, now = Date.now()) {
      const key = activeTokensKey(type);
      await Promise.all([
        redis.zremrangebyscore(key, "-inf", now),
        redis.zadd(key, { score: Math.floor(expiresAtMs), member: id }),
      ]);
    },
    async remove(type, id) {
      await redis.zrem(activeTokensKey(type), id);
    },
    async count(type, now = Date.now()) {
      const key = activeTokensKey(type);
      const [, count] = await Promise.all([redis.zremrangebyscore(key, "-inf", now), redis.zcard(key)]);
      return Number(count);
    },
  };

  return { tenants, apiKeys, refreshTokens, tokens };
}
