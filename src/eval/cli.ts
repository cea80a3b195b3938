import { runEvalCommand } from './eval-command';

runEvalCommand(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
