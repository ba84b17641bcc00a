import { runEmulator } from './emulator/main.ts';

const USAGE = `Usage: twilio-conversations-graphql <command> [options]

Commands:
  emulator   run the Twilio Conversations REST API emulator (default)

Run a command with --help for its options.
`;

const [command = 'emulator', ...rest] = process.argv.slice(2);

switch (command) {
  case 'emulator':
    await runEmulator(rest);
    break;
  case '--help':
  case 'help':
    process.stdout.write(USAGE);
    break;
  default:
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    process.exitCode = 2;
}
