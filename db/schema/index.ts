export * from './people';
export * from './personEmails';
export * from './personDetails';
export * from './organizations';
export * from './relationships';
export * from './tags';
export * from './interactions';
export * from './followUps';
