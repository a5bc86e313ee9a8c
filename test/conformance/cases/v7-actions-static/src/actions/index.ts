import { defineAction } from 'astro:actions';
export const server = { hi: defineAction({ handler: () => 'hi' }) };
