import type { TenantProfile } from "./auth/tenants";
import type { TenantContext } from "./auth/tokens";
import type { Config, RawEnv } from "./config";
import type { Logger } from "./logging";
import type { StoreStatus } from "./services/store";
import type { Store } from "./store";

export type { TenantContext };

/** Hono environment of the app: Worker bindings plus per-request variables. */
export interface AppEnv {
  Bindings: Env & RawEnv;
  Variables: {
    config: Config;
    requestId: string;
    logger: Logger;
    tenant: TenantContext;
    /** The caller's tenant as the registry knows it (plan, policy, revocations). */
    tenantProfile: TenantProfile;
    /** Who passed the admin gate (for audit lines). */
    admin: { via: "admin_token" | "jwt"; subject: string };
    store: Store;
    storeStatus: StoreStatus;
  };
}
