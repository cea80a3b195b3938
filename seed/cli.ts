import { runSeedCommand } from './seed-command';

runSeedCommand(process.argv.slice(2), { out: console.log, err: console.error })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
