// Worker threads do not inherit tsx's loader (privatenumber/tsx#354): register it in this
// thread, then load the TypeScript worker itself.
import { register } from "tsx/esm/api";

register();
await import("./compare-worker.ts");
