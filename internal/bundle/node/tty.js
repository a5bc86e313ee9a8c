// tty: an endpoint's output is Comet's log, never a terminal.
function unsupported(name) {
  return class {
    constructor() { const e = new Error('tty.' + name + ' is not supported by Comet: endpoints have no terminal'); e.code = 'ERR_COMET_UNSUPPORTED'; throw e; }
  };
}
export const isatty = () => false;
export const ReadStream = unsupported('ReadStream');
export const WriteStream = unsupported('WriteStream');
export default { isatty, ReadStream, WriteStream };
