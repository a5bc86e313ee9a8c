// bcryptjs: a hash with a fixed salt is compared byte for byte; Node's hash
// is checked here.
import bcrypt from 'bcryptjs';
import tokens from '../lib/node-tokens.json';
import { run } from '../lib/steps';

export const GET = () => run({
  fixedSalt: () => bcrypt.hashSync('hunter2', '$2b$04$HY6FJC0C6T5v6BWC0guhQu'),
  nodeHash: () => [bcrypt.compareSync('hunter2', tokens.bcrypt), bcrypt.compareSync('hunter3', tokens.bcrypt)],
  roundTrip: () => bcrypt.compareSync('pässwörd', bcrypt.hashSync('pässwörd', 4)),
  rounds: () => bcrypt.getRounds(tokens.bcrypt),
});
