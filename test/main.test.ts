import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('npm start with SANDBOX=0 and no Slack credentials says exactly what to set and exits 1', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, SANDBOX: '0' };
  for (const key of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DATABASE_URL'])
    delete env[key];
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('SLACK_BOT_TOKEN');
  expect(run.stderr).toContain('SLACK_SIGNING_SECRET');
  expect(run.stderr).toContain('SLACK_APP_TOKEN');
  expect(run.stderr).toContain('manifest.json');
});
