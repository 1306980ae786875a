/**
 * Bounds the number of distinct tenant_id label values. Every tenant multiplies the series count
 * of half the catalogue, and Grafana Cloud bills (and caps) by active series, so the first
 * `maxTenants` tenants seen keep their own series and every later one is folded into "other".
 */
import { OTHER_TENANT } from "./catalogue";

/** Default cap on distinct tenant_id values (overridable with METRICS_MAX_TENANTS). */
export const DEFAULT_MAX_TENANTS = 100;

/** Admission set for tenant ids; first come, first kept. */
export class TenantCap {
  private readonly admitted: Set<string>;
  private foldedCount = 0;

  /**
   * @param maxTenants distinct tenant ids kept before folding into "other".
   * @param admitted tenants already admitted (the aggregator restores them from storage).
   */
  constructor(
    readonly maxTenants: number = DEFAULT_MAX_TENANTS,
    admitted: Iterable<string> = [],
  ) {
    if (!Number.isInteger(maxTenants) || maxTenants < 0)
      throw new RangeError("maxTenants must be a whole number");
    this.admitted = new Set(admitted);
  }

  /** Returns the label value to use for `tenantId`, admitting it while there is room. */
  admit(tenantId: string): string {
    if (tenantId === OTHER_TENANT || this.admitted.has(tenantId)) return tenantId;
    if (this.admitted.size < this.maxTenants) {
      this.admitted.add(tenantId);
      this.onAdmit?.(tenantId);
      return tenantId;
    }
    this.foldedCount++;
    return OTHER_TENANT;
  }

  /** Called once per newly admitted tenant; the aggregator persists it. */
  onAdmit?: (tenantId: string) => void;

  /** Distinct tenants currently admitted. */
  get size(): number {
    return this.admitted.size;
  }

  /** How many recordings were folded into "other" (diagnostics and tests). */
  get folded(): number {
    return this.foldedCount;
  }
}
