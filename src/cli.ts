const USAGE = `Usage: twilio-conversations-graphql <command> [options]

Commands:
  serve      run the GraphQL gateway (default; with no Twilio credentials it runs against the
             embedded emulator with demo data)
  emulator   run the Twilio Conversations REST API emulator

Run a command with --help for its options.
`;

const args = process.argv.slice(2);
// Options without a command go to the default command: `cli.ts --port 0` means `cli.ts serve --port 0`.
const [command = 'serve', ...rest] =
  args[0]?.startsWith('--') && args[0] !== '--help' ? ['serve', ...args] : args;

// Each command loads only its own modules: `serve` in front of Twilio never loads the emulator.
switch (command) {
  case 'serve': {
    const { runServer } = await import('./server/main.ts');
    await runServer(rest);
    break;
  }
  case 'emulator': {
    const { runEmulator } = await import('./emulator/main.ts');
    await runEmulator(rest);
    break;
  }
  case '--help':
  case 'help':
    process.stdout.write(USAGE);
    break;
  default:
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    process.exitCode = 2;
}
