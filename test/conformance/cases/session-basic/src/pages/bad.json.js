export function GET({ session }) { session.set('f', () => 1); return Response.json({}); }
