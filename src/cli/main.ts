import { refusalOfDatabaseError } from '../kernel/complete-scores-refusal.js';
import { PartialFailure, runCli, UsageError } from './run-cli.js';

// Exit codes: 0 done, 1 failure, 2 the command was used wrongly (message says how).
runCli(process.argv.slice(2)).then(
  (output) => console.log(output),
  (error: unknown) => {
    if (error instanceof PartialFailure) {
      console.log(error.output);
      process.exit(1);
    }
    // The database's refusal of an incomplete evaluation reads as the API's, naming the units.
    const shown = refusalOfDatabaseError(error);
    console.error(shown instanceof Error ? shown.message : String(shown));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
