import { z } from "@hono/zod-openapi";
import { MAX_PATTERN_LENGTH, MAX_RULES_PER_TENANT, validateCustomRules } from "../auth/custom-rules";
import { TENANT_ID_PATTERN } from "../auth/tokens";
import { CATEGORIES } from "../detection/types";

const MAX_PHRASES = 100;

export const TenantIdSchema = z
  .string()
  .regex(TENANT_ID_PATTERN, "must be 1-64 letters, digits, '-' or '_', starting with a letter or digit")
  .openapi({ example: "acme" });

export const TenantPlanSchema = z
  .strictObject({
    requestsPerMinute: z.number().int().min(1).max(1_000_000).nullable().openapi({
      description: "Sliding-window rate limit; null = RATE_LIMIT_PER_MINUTE.",
      example: 600,
    }),
    maxBatchItems: z.number().int().min(1).max(1000).nullable().openapi({
      description: "Items per /v1/detect/batch; null = MAX_BATCH_ITEMS.",
    }),
    maxTextBytes: z
      .number()
      .int()
      .min(1)
      .max(10 * 1024 * 1024)
      .nullable()
      .openapi({
        description:
          "Cap on text and each document (UTF-8 bytes); null = MAX_TEXT_BYTES. Never above MAX_BODY_BYTES.",
      }),
  })
  .openapi("TenantPlan");

const PhraseList = z.array(z.string().trim().min(1).max(200)).max(MAX_PHRASES);

export const CustomRuleSchema = z
  .strictObject({
    id: z.string().openapi({ example: "internal-codename" }),
    pattern: z.string().max(MAX_PATTERN_LENGTH).openapi({
      description:
        "Regular expression run (case-insensitive) on the normalised text. Safe subset only: no backreferences, lookarounds, unbounded (*, +, {n,}) or nested repetition; see docs/auth.md.",
      example: "project\\s{0,3}bluebird",
    }),
    category: z.enum(CATEGORIES),
    weight: z.number().gt(0).max(1),
    description: z.string().max(200).optional(),
  })
  .openapi("CustomRule");

const TenantPolicyFields = z.strictObject({
  threshold: z.number().min(0.01).max(0.99).nullable().openapi({
    description: "Default verdict threshold for this tenant; null = DETECTION_THRESHOLD.",
  }),
  mode: z.enum(["fast", "balanced", "thorough"]).nullable().openapi({
    description:
      "fast = local engine only; balanced = ask model APIs when uncertain; thorough = always ensemble. null = CASCADE_MODE.",
  }),
  allowList: PhraseList.openapi({ description: "Phrases that force a part benign (deny-list wins)." }),
  denyList: PhraseList.openapi({
    description: "Phrases that force a part injection (rule tenant.deny_list).",
  }),
  customRules: z.array(CustomRuleSchema).max(MAX_RULES_PER_TENANT),
  eventPrivacy: z.enum(["hash-only", "redacted-excerpt"]).nullable().openapi({
    description: "What detection events reveal of the text; null = EVENTS_PRIVACY.",
  }),
});

/** Rejects custom rules outside the safe regex subset (one issue per rule). */
function checkRules(
  policy: { customRules?: z.infer<typeof CustomRuleSchema>[] },
  ctx: z.RefinementCtx,
): void {
  for (const problem of validateCustomRules(policy.customRules ?? [])) {
    ctx.addIssue({ code: "custom", message: problem, path: ["customRules"] });
  }
}

export const TenantPolicySchema = TenantPolicyFields.superRefine(checkRules).openapi("TenantPolicy");

/** A policy change: the fields given replace the stored ones. */
export const TenantPolicyPatchSchema = TenantPolicyFields.partial()
  .superRefine(checkRules)
  .openapi("TenantPolicyPatch");

export const TenantSchema = z
  .object({
    id: TenantIdSchema,
    name: z.string(),
    status: z.enum(["active", "disabled"]),
    plan: TenantPlanSchema,
    policy: TenantPolicySchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi("Tenant");

export const CreateTenantSchema = z
  .strictObject({
    id: TenantIdSchema,
    name: z.string().trim().min(1).max(200).optional(),
    plan: TenantPlanSchema.partial().optional(),
    policy: TenantPolicyPatchSchema.optional(),
  })
  .openapi("CreateTenant");

export const UpdateTenantSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    status: z.enum(["active", "disabled"]).optional().openapi({
      description: "disabled: tokens are refused within TENANT_CACHE_SECONDS and its WebSockets are closed.",
    }),
    plan: TenantPlanSchema.partial().optional(),
    policy: TenantPolicyPatchSchema.optional(),
  })
  .openapi("UpdateTenant");

export const TenantListSchema = z
  .object({ tenants: z.array(TenantSchema), total: z.number().int(), offset: z.number().int() })
  .openapi("TenantList");

const KEY_SCOPES = ["detect", "events"] as const;

export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ description: "Public id; the key starts with psk_<id>_." }),
    prefix: z.string().openapi({ example: "psk_3f9a0c1d2e4b5a69" }),
    tenantId: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi("ApiKey");

export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({ description: "The API key. Shown once: only its keyed hash is stored." }),
}).openapi("CreatedApiKey");

export const CreateApiKeySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    scopes: z.array(z.enum(KEY_SCOPES)).min(1).optional().openapi({
      description:
        "Scopes tokens from this key may carry (default detect, events). admin is never granted to keys.",
    }),
  })
  .openapi("CreateApiKey");

export const TenantDetailSchema = TenantSchema.extend({ keys: z.array(ApiKeySchema) }).openapi(
  "TenantDetail",
);

export type CreateTenantInput = z.infer<typeof CreateTenantSchema>;
export type UpdateTenantInput = z.infer<typeof UpdateTenantSchema>;
