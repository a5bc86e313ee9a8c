// zodMissingSource (content.go) stands in for zod when the project has none.
const fail = () => { throw new Error("astro:content: z needs the zod package, which is installed with astro: run npm install (or npm install zod)"); };
export const z = new Proxy(function () {}, { get: (_, k) => (k === Symbol.toPrimitive ? undefined : fail()), apply: fail });
export default z;
