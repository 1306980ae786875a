/** Public entry of the local Upstash REST proxy (see server.ts). */

export { stripUnknownShebangFlags } from "./lua";
export { type ProxyOptions, type RunningProxy, resolveRedisAddress, startProxy } from "./server";
