import { defineConfig, envField } from 'astro/config';
export default defineConfig({
  env: { schema: {
    PUBLIC_API: envField.string({ context: 'server', access: 'public' }),
    PORT_NUM: envField.number({ context: 'server', access: 'public', int: true, max: 10 }),
    LEVEL: envField.enum({ context: 'server', access: 'public', values: ['debug', 'info'] }),
  } },
});
