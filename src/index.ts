// The action's entry point (action.yml runs dist/index.js): nothing but run().
import { run } from './main.js';

await run();
