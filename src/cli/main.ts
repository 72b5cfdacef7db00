import { PartialFailure, runCli, UsageError } from './run-cli.js';

// Exit codes: 0 done, 1 failure, 2 the command was used wrongly (message says how).
runCli(process.argv.slice(2)).then(
  (output) => console.log(output),
  (error: unknown) => {
    if (error instanceof PartialFailure) {
      console.log(error.output);
      process.exit(1);
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
