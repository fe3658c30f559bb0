import type { CliCommand } from '../cliCommand';

export const sampleCommands: CliCommand[] = [
  {
    words: ['sample'],
    summary: 'Fill an empty Farley with a sample world: people, notes and this week’s calendar',
    usage: 'farley sample',
    options: {},
    async run({ call, io }) {
      // Refused (exit 2, nothing written) when the data folder already has anything in it.
      const report = await call('welcome.loadSample', {});
      io.out(
        `Loaded the sample world: ${report.people} people at ${report.organizations} organizations, ` +
          `${report.interactions} notes, ${report.followUps} follow-ups and ${report.meetings} meetings ` +
          `in the sample calendar. Try: farley agenda`,
      );
    },
  },
];
