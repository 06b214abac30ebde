// Workshop mode: group answers (tallies, dot votes, contributions, consensus), private
// rounds and paper forms, as pure functions over templates and answers.
export * from './counts';
export * from './tally-check';
export * from './votes';
export * from './distribution';
export * from './consensus';
export * from './weights';
export * from './slides';
export * from './round';
export * from './paper-codes';
export * from './band';
export * from './spread';
