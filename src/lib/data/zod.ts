/**
 * zod, configured once for the whole app: import `z` from here, never from 'zod' directly.
 *
 * zod 4 probes `new Function('')` when its first object schema is built, to decide whether to compile
 * parsers; under the app's Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported
 * as a violation. `jitless` skips the probe (parsing is interpreted, fast enough for our data).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
