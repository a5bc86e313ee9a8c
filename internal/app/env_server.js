const __secret = (key) => {
  const r = globalThis.__cometEnvSchema.secret(key);
  if (r.error !== undefined) {
    const e = new Error(r.error);
    e.name = 'EnvInvalidVariables';
    e.hint = '';
    e.cometError = true;
    throw e;
  }
  return r.value;
};
export const getSecret = (key) => globalThis.__cometEnvSchema.get(key);
