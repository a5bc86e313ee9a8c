import { run } from '../lib/cases.mjs';

export const GET = async () => new Response(JSON.stringify(await run()));
