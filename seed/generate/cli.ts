import { progressLine, runGenerateCommand } from './generate-command';

runGenerateCommand(process.argv.slice(2), {
  out: console.log,
  err: console.error,
  progress: progressLine(),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
