import { PORT_NUM } from 'astro:env/server';
export const GET = () => Response.json({ PORT_NUM });
