export * from './people';
export * from './personEmails';
