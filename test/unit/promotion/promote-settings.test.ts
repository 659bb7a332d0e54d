import { describe, expect, it } from '@jest/globals';
import { promoteCommand } from '../../../src/commands/promote.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { parseArgs } from '../../../src/settings/args.js';
import type { CommonSettings } from '../../../src/settings/common.js';

const common: CommonSettings = {
  workingDirectory: '/repo',
  configPath: '/repo/kfp-action.yaml',
  python: 'python3',
};
const SHA = 'E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3';

function fromArgs(...argv: string[]) {
  const spec = promoteCommand.cliFlags;
  return promoteCommand.fromArgs(parseArgs(['--environment', 'staging', ...argv], spec), common);
}

describe('promote settings: the run to promote', () => {
  it('takes a job name, or nothing (then the newest good run of the commit is looked up)', () => {
    const named = fromArgs('--job-name', 'projects/p/locations/r/pipelineJobs/bc-abc1234-1');
    expect(named.jobName).toBe('projects/p/locations/r/pipelineJobs/bc-abc1234-1');
    const bare = fromArgs();
    expect(bare.jobName).toBe('');
    expect(bare.commit).toBeUndefined();
    expect(
      promoteCommand.fromInputs((n) => (n === 'environment' ? 'staging' : ''), common),
    ).toMatchObject({
      jobName: '',
      environment: 'staging',
    });
  });

  it('takes --commit as a full SHA (lowercased, as jobs are labelled) and refuses a short one', () => {
    expect(fromArgs('--commit', SHA).commit).toBe(SHA.toLowerCase());
    const short = (() => {
      try {
        fromArgs('--commit', 'e4f5a6b');
      } catch (error) {
        return error;
      }
    })();
    expect(short).toBeInstanceOf(UserError);
    expect((short as UserError).exitCode).toBe(2);
    expect((short as UserError).message).toContain('--commit "e4f5a6b" is not a full commit SHA');
  });

  it('still refuses a job name that is neither a resource name nor an id', () => {
    expect(() => fromArgs('--job-name', 'Not A Job')).toThrow(
      'job-name "Not A Job" is neither projects/{project}/locations/{region}/pipelineJobs/{id} nor a job id',
    );
  });
});
