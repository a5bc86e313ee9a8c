export const GET = ({ session }) => Response.json({ hasSession: typeof session });
