/**
 * Platform check: the optional second YAML document (`platforms:`, written by kfp-kubernetes)
 * configures executors by label; every label must be an executor of the first document, or the
 * configuration (secrets, volumes, node selectors…) silently applies to nothing.
 */
import { asRecord, entriesOf, has, nameList, type Check } from './context.js';

export const checkPlatform: Check = (ctx) => {
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  const platforms = asRecord(ctx.loaded.platform?.platforms);
  for (const [platform, spec] of entriesOf(platforms)) {
    const configured = asRecord(asRecord(spec.deploymentSpec)?.executors) ?? {};
    for (const label of Object.keys(configured)) {
      if (has(executors, label)) continue;
      ctx.report(
        'platform/unknown-executor',
        `the ${platform} platform spec configures executor "${label}", which deploymentSpec.executors does not define (defined: ${nameList(Object.keys(executors))})`,
        ['platforms', platform, 'deploymentSpec', 'executors', label],
        { document: 1, task: label },
      );
    }
  }
};
