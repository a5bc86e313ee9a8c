// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- Streams -------------------------------------------------------
  // ReadableStream, WritableStream and TransformStream follow the WHATWG
  // Streams standard's algorithms (queues with a high-water mark and size,
  // backpressure, error and cancel propagation, pipeTo's options), without
  // byte streams: a `type: 'bytes'` source works as a default stream, and
  // BYOB readers are refused. The Go side reads three fields of a
  // ReadableStream directly: _bytes, _disturbed and _locked.
  const resolved = (v) => Promise.resolve(v);
  const handled = (p) => { p.catch(() => {}); return p; };
  function deferred() {
    const d = {};
    d.promise = new Promise((res, rej) => { d.resolve = res; d.reject = rej; });
    return d;
  }
  // promiseCall calls a user callback and always gives a promise.
  // promiseCall calls an underlying source's or sink's method through
  // Reflect.apply: the method's own .call/.apply are never looked up.
  function promiseCall(fn, self, ...args) {
    if (typeof fn !== 'function') return resolved(undefined);
    try { return resolved(Reflect.apply(fn, self, args)); } catch (e) { return Promise.reject(e); }
  }
  // strategyOf converts a QueuingStrategy dictionary as WebIDL does:
  // highWaterMark then size are read once each, a size that is not a
  // function is a TypeError, and only then is the mark checked.
  function strategyOf(strategy, defaultHWM) {
    let hwm = defaultHWM;
    let size = null;
    if (strategy !== undefined && strategy !== null) {
      const rawHWM = strategy.highWaterMark;
      const rawSize = strategy.size;
      if (rawSize !== undefined) {
        if (typeof rawSize !== 'function') throw new TypeError('The strategy size must be a function');
        size = rawSize;
      }
      if (rawHWM !== undefined) {
        hwm = Number(rawHWM);
        if (Number.isNaN(hwm) || hwm < 0) throw new RangeError('Invalid highWaterMark: ' + rawHWM);
      }
    }
    return { hwm, size };
  }
  // callbacksOf reads the members of an UnderlyingSource or
  // UnderlyingSink dictionary once each, in WebIDL's (alphabetical)
  // order, and checks that the callbacks are functions; what it returns
  // keeps the object, so each method is later called on it.
  function callbacksOf(obj, names, what) {
    const out = Object.create(null);
    for (const n of names) {
      const v = obj[n];
      if (n === 'type' || n === 'autoAllocateChunkSize') { out[n] = v; continue; }
      if (v !== undefined && typeof v !== 'function') throw new TypeError("Failed to construct '" + what + "': " + n + ' is not a function');
      out[n] = v === undefined ? undefined : function (...args) { return Reflect.apply(v, obj, args); };
    }
    return out;
  }
  function chunkSize(size, chunk) {
    if (size === null) return 1;
    const n = Number(size(chunk));
    if (Number.isNaN(n) || n < 0 || n === Infinity) throw new RangeError('The chunk size must be a finite, non-negative number');
    return n;
  }
  // A QueuingStrategyInit is a WebIDL dictionary with a required
  // highWaterMark; size is one function per class, named "size".
  function strategyHWM(init, what) {
    if (init === undefined || init === null || (typeof init !== 'object' && typeof init !== 'function')) throw new TypeError("Failed to construct '" + what + "': 1 argument required, but only 0 present.");
    const hwm = init.highWaterMark;
    if (hwm === undefined) throw new TypeError("Failed to construct '" + what + "': required member highWaterMark is undefined.");
    return Number(hwm);
  }
  const countSize = { size() { return 1; } }.size;
  const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
  class CountQueuingStrategy {
    constructor(init) { this.highWaterMark = strategyHWM(init, 'CountQueuingStrategy'); }
    get size() { return countSize; }
    get [Symbol.toStringTag]() { return 'CountQueuingStrategy'; }
  }
  class ByteLengthQueuingStrategy {
    constructor(init) { this.highWaterMark = strategyHWM(init, 'ByteLengthQueuingStrategy'); }
    get size() { return byteLengthSize; }
    get [Symbol.toStringTag]() { return 'ByteLengthQueuingStrategy'; }
  }

  // ---- ReadableStream ------------------------------------------------
  class ReadableStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get desiredSize() { return rsDesiredSize(this._s); }
    get byobRequest() { return null; }
    enqueue(chunk) {
      const s = this._s;
      if (!rsCanCloseOrEnqueue(s)) throw new TypeError('Invalid state: the stream is ' + (s._state === 'readable' ? 'closing' : s._state) + ' and cannot be enqueued to');
      rsEnqueue(s, chunk);
    }
    close() {
      const s = this._s;
      if (!rsCanCloseOrEnqueue(s)) throw new TypeError('Invalid state: the stream is already ' + (s._state === 'readable' ? 'closing' : s._state));
      rsCloseRequest(s);
    }
    error(e) { rsError(this._s, e); }
    get [Symbol.toStringTag]() { return 'ReadableStreamDefaultController'; }
  }
  function rsDesiredSize(s) {
    if (s._state === 'errored') return null;
    if (s._state === 'closed') return 0;
    return s._hwm - s._queueTotal;
  }
  function rsCanCloseOrEnqueue(s) { return s._state === 'readable' && !s._closeRequested; }
  function rsEnqueue(s, chunk) {
    const reader = s._reader;
    if (reader !== null && reader._reads.length) {
      reader._reads.shift().resolve({ value: chunk, done: false });
    } else {
      let size;
      try { size = chunkSize(s._size, chunk); } catch (e) { rsError(s, e); throw e; }
      s._queue.push(chunk, size);
      s._queueTotal += size;
    }
    rsPullIfNeeded(s);
  }
  function rsCloseRequest(s) {
    s._closeRequested = true;
    if (!s._queue.length) rsClose(s);
  }
  function rsShouldPull(s) {
    if (!s._started || !rsCanCloseOrEnqueue(s)) return false;
    if (s._reader !== null && s._reader._reads.length) return true;
    return rsDesiredSize(s) > 0;
  }
  function rsPullIfNeeded(s) {
    if (!rsShouldPull(s)) return;
    if (s._pulling) { s._pullAgain = true; return; }
    if (typeof s._source.pull !== 'function') return;
    s._pulling = true;
    promiseCall(s._source.pull, s._source, s._controller).then(() => {
      s._pulling = false;
      if (s._pullAgain) { s._pullAgain = false; rsPullIfNeeded(s); }
    }, (e) => rsError(s, e));
  }
  function rsClose(s) {
    if (s._state !== 'readable') return;
    s._state = 'closed';
    const reader = s._reader;
    if (reader !== null) {
      for (const r of reader._reads.splice(0)) r.resolve({ value: undefined, done: true });
      reader._closed.resolve();
    }
  }
  function rsError(s, e) {
    if (s._state !== 'readable') return;
    s._state = 'errored';
    s._error = e;
    s._queue = [];
    s._queueTotal = 0;
    const reader = s._reader;
    if (reader !== null) {
      for (const r of reader._reads.splice(0)) r.reject(e);
      reader._closed.reject(e);
    }
  }
  function rsCancel(s, reason) {
    s._disturbed = true;
    if (s._state === 'closed') return resolved(undefined);
    if (s._state === 'errored') return Promise.reject(s._error);
    s._queue = [];
    s._queueTotal = 0;
    rsClose(s);
    return promiseCall(s._source.cancel, s._source, reason).then(() => undefined);
  }
  // rsRead is a read request: a chunk, done, or the stored error.
  function rsRead(s) {
    s._disturbed = true;
    if (s._state === 'closed') return resolved({ value: undefined, done: true });
    if (s._state === 'errored') return Promise.reject(s._error);
    if (s._queue.length) {
      const value = s._queue.shift();
      s._queueTotal -= s._queue.shift();
      if (s._queueTotal < 0) s._queueTotal = 0; // only rounding below zero is clamped
      if (s._closeRequested && !s._queue.length) rsClose(s);
      else rsPullIfNeeded(s);
      return resolved({ value, done: false });
    }
    const d = deferred();
    s._reader._reads.push(d);
    rsPullIfNeeded(s);
    return d.promise;
  }
  class ReadableStreamDefaultReader {
    constructor(stream) {
      if (!(stream instanceof ReadableStream)) throw new TypeError('ReadableStreamDefaultReader needs a ReadableStream');
      if (stream._locked) throw new TypeError('ReadableStream is locked');
      stream._locked = true;
      stream._reader = this;
      this._s = stream;
      this._reads = [];
      this._closed = deferred();
      handled(this._closed.promise);
      if (stream._state === 'closed') this._closed.resolve();
      else if (stream._state === 'errored') this._closed.reject(stream._error);
    }
    get closed() { return this._closed.promise; }
    read() {
      if (!this._s) return Promise.reject(new TypeError('This reader has been released'));
      return rsRead(this._s);
    }
    releaseLock() {
      const s = this._s;
      if (!s) return;
      const err = new TypeError('Reader was released');
      for (const r of this._reads.splice(0)) r.reject(err);
      if (s._state === 'readable') this._closed.reject(err);
      else { this._closed = deferred(); handled(this._closed.promise); this._closed.reject(err); }
      s._locked = false;
      s._reader = null;
      this._s = null;
    }
    cancel(reason) {
      if (!this._s) return Promise.reject(new TypeError('This reader has been released'));
      return rsCancel(this._s, reason);
    }
    get [Symbol.toStringTag]() { return 'ReadableStreamDefaultReader'; }
  }
  class ReadableStream {
    constructor(source, strategy) {
      if (source === null) throw new TypeError("Failed to construct 'ReadableStream': the source is not an object");
      if (source === undefined) source = {};
      else if (typeof source !== 'object' && typeof source !== 'function') throw new TypeError("Failed to construct 'ReadableStream': the source is not an object");
      // The strategy is converted first: the source is a plain object
      // to WebIDL, made a dictionary by the constructor's own steps.
      const st = strategyOf(strategy, 1);
      source = callbacksOf(source, ['autoAllocateChunkSize', 'cancel', 'pull', 'start', 'type'], 'ReadableStream');
      if (source.type !== undefined && String(source.type) !== 'bytes') throw new TypeError("Failed to construct 'ReadableStream': invalid type " + source.type);
      this._source = source;
      this._hwm = st.hwm;
      this._size = st.size;
      this._queue = []; // chunk, size, chunk, size, ...
      this._queueTotal = 0;
      this._state = 'readable';
      this._reader = null;
      this._locked = false;
      this._pulling = false;
      this._pullAgain = false;
      this._closeRequested = false;
      this._started = false;
      const c = Object.create(ReadableStreamDefaultController.prototype);
      c._s = this;
      this._controller = c;
      let started;
      try { started = typeof source.start === 'function' ? source.start(c) : undefined; } catch (e) { rsError(this, e); throw e; }
      resolved(started).then(() => { this._started = true; rsPullIfNeeded(this); }, (e) => rsError(this, e));
    }
    get locked() { return this._locked; }
    cancel(reason) {
      if (this._locked) return Promise.reject(new TypeError('Cannot cancel a locked stream'));
      return rsCancel(this, reason);
    }
    getReader(opts) {
      if (opts !== undefined && opts !== null && typeof opts !== 'object' && typeof opts !== 'function') throw new TypeError("Failed to execute 'getReader' on 'ReadableStream': The provided value is not of type 'ReadableStreamGetReaderOptions'.");
      if (opts && opts.mode !== undefined) {
        if (String(opts.mode) === 'byob') throw new TypeError('BYOB readers are not supported by Comet');
        throw new TypeError('Invalid reader mode: ' + opts.mode);
      }
      return new ReadableStreamDefaultReader(this);
    }
    // pipeTo and pipeThrough check their receiver and arguments as
    // WebIDL does, before anything else (isRS/isWS: real streams, not
    // objects that merely inherit the prototype); pipeTo rejects where
    // pipeThrough throws.
    pipeTo(dest, opts) {
      try {
        if (!isRS(this)) throw new TypeError("Failed to execute 'pipeTo' on 'ReadableStream': Illegal invocation");
        if (!isWS(dest)) throw new TypeError("Failed to execute 'pipeTo' on 'ReadableStream': parameter 1 is not of type 'WritableStream'");
        opts = pipeOptions(opts, 'pipeTo');
      } catch (e) { return Promise.reject(e); }
      if (this._locked) return Promise.reject(new TypeError('Cannot pipe a locked stream'));
      if (dest._writer !== undefined) return Promise.reject(new TypeError('Cannot pipe to a locked stream'));
      return pipe(this, dest, opts);
    }
    pipeThrough(pair, opts) {
      if (!isRS(this)) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': Illegal invocation");
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': parameter 1 is not an object");
      const readable = pair.readable;
      if (!isRS(readable)) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': the transform's readable is not a ReadableStream");
      const writable = pair.writable;
      if (!isWS(writable)) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': the transform's writable is not a WritableStream");
      opts = pipeOptions(opts, 'pipeThrough');
      if (this._locked) throw new TypeError('Cannot pipe a locked stream');
      if (writable._writer !== undefined) throw new TypeError('Cannot pipe to a locked stream');
      handled(pipe(this, writable, opts));
      return readable;
    }
    tee() { return tee(this); }
    values(opts) {
      const reader = new ReadableStreamDefaultReader(this); // not this.getReader(): it may be patched
      const it = Object.create(RSAsyncIteratorProto);
      it._reader = reader;
      it._preventCancel = !!(opts && opts.preventCancel);
      it._finished = false;
      it._ongoing = null;
      return it;
    }
    [Symbol.asyncIterator](opts) { return this.values(opts); }
    static from(items) {
      if (items instanceof ReadableStream) return items;
      let it;
      if (items !== null && items !== undefined && typeof items[Symbol.asyncIterator] === 'function') it = items[Symbol.asyncIterator]();
      else if (items !== null && items !== undefined && typeof items[Symbol.iterator] === 'function') it = items[Symbol.iterator]();
      else throw new TypeError("Failed to execute 'from' on 'ReadableStream': the argument is not iterable");
      return new ReadableStream({
        pull(c) {
          return resolved(it.next()).then((r) => {
            if (r === null || typeof r !== 'object') throw new TypeError('The iterator result is not an object');
            if (r.done) { c.close(); return; }
            return resolved(r.value).then((v) => c.enqueue(v));
          });
        },
        cancel(reason) {
          if (typeof it.return !== 'function') return;
          return resolved(it.return(reason)).then((r) => {
            if (r === null || typeof r !== 'object') throw new TypeError('The iterator result is not an object');
          });
        },
      }, { highWaterMark: 0 });
    }
    get [Symbol.toStringTag]() { return 'ReadableStream'; }
  }
  // The async iterator of a ReadableStream, as WebIDL's asynchronous
  // iterator: next() and return() queue behind the call before them (the
  // ongoing promise), a done or failed iterator stays finished, and
  // return() cancels the stream unless preventCancel.
  // The reader's own methods, as they were: user code may patch them.
  const readerRead = ReadableStreamDefaultReader.prototype.read;
  const readerRelease = ReadableStreamDefaultReader.prototype.releaseLock;
  const readerCancel = ReadableStreamDefaultReader.prototype.cancel;
  const RSAsyncIteratorProto = Object.create(Object.prototype, {
    [Symbol.asyncIterator]: { value() { return this; }, writable: true, configurable: true },
  });
  Object.assign(RSAsyncIteratorProto, {
    next() {
      const it = this;
      const nextSteps = () => {
        if (it._finished) return resolved({ value: undefined, done: true });
        return Reflect.apply(readerRead, it._reader, []).then((r) => {
          if (r.done) { it._finished = true; Reflect.apply(readerRelease, it._reader, []); return { value: undefined, done: true }; }
          return { value: r.value, done: false };
        }, (e) => { it._finished = true; Reflect.apply(readerRelease, it._reader, []); throw e; });
      };
      const p = it._ongoing ? it._ongoing.then(nextSteps, nextSteps) : nextSteps();
      it._ongoing = p.then(() => {}, () => {});
      return p;
    },
    return(value) {
      const it = this;
      const returnSteps = () => {
        if (it._finished) return resolved(undefined);
        it._finished = true;
        const reader = it._reader;
        if (it._preventCancel) { Reflect.apply(readerRelease, reader, []); return resolved(undefined); }
        const p = Reflect.apply(readerCancel, reader, [value]);
        Reflect.apply(readerRelease, reader, []);
        return p;
      };
      const p = it._ongoing ? it._ongoing.then(returnSteps, returnSteps) : returnSteps();
      it._ongoing = p.then(() => {}, () => {});
      return p.then(() => ({ value, done: true }));
    },
  });
  ReadableStream.prototype._disturbed = false;
  ReadableStream.prototype._bytes = null;

  // tee: two branches fed from one reader, read as fast as the faster one;
  // the source is cancelled when both branches are, with both reasons.
  function tee(stream) {
    const reader = stream.getReader();
    let reading = false, readAgain = false;
    let canceled1 = false, canceled2 = false, reason1, reason2;
    const cancelled = deferred();
    let b1, b2;
    function pull() {
      if (reading) { readAgain = true; return resolved(undefined); }
      reading = true;
      reader.read().then((r) => {
        reading = false;
        if (r.done) {
          if (!canceled1 && rsCanCloseOrEnqueue(b1)) rsCloseRequest(b1);
          if (!canceled2 && rsCanCloseOrEnqueue(b2)) rsCloseRequest(b2);
          if (!canceled1 || !canceled2) cancelled.resolve(undefined);
          return;
        }
        if (!canceled1 && rsCanCloseOrEnqueue(b1)) rsEnqueue(b1, r.value);
        if (!canceled2 && rsCanCloseOrEnqueue(b2)) rsEnqueue(b2, r.value);
        if (readAgain) { readAgain = false; pull(); }
      }, () => { reading = false; });
      return resolved(undefined);
    }
    const cancelBoth = () => cancelled.resolve(rsCancel(stream, [reason1, reason2]));
    b1 = new ReadableStream({ pull, cancel(r) { canceled1 = true; reason1 = r; if (canceled2) cancelBoth(); return cancelled.promise; } });
    b2 = new ReadableStream({ pull, cancel(r) { canceled2 = true; reason2 = r; if (canceled1) cancelBoth(); return cancelled.promise; } });
    reader.closed.catch((e) => {
      rsError(b1, e);
      rsError(b2, e);
      if (!canceled1 || !canceled2) cancelled.resolve(undefined);
    });
    return [b1, b2];
  }

  // pipe is ReadableStreamPipeTo: chunks go from a reader to a writer as
  // the writer is ready for them; an error, close or abort on either side
  // is carried to the other unless the options prevent it.
  function isRS(x) { return x !== null && typeof x === 'object' && Object.prototype.hasOwnProperty.call(x, '_state') && x instanceof ReadableStream; }
  function isWS(x) { return x !== null && typeof x === 'object' && Object.prototype.hasOwnProperty.call(x, '_state') && x instanceof WritableStream; }
  // pipeOptions converts a StreamPipeOptions dictionary: its members read
  // once each in WebIDL's order, signal an AbortSignal if given.
  function pipeOptions(opts, method) {
    if (opts === undefined || opts === null) return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
    if (typeof opts !== 'object' && typeof opts !== 'function') throw new TypeError("Failed to execute '" + method + "' on 'ReadableStream': options is not an object");
    const preventAbort = !!opts.preventAbort;
    const preventCancel = !!opts.preventCancel;
    const preventClose = !!opts.preventClose;
    const signal = opts.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("Failed to execute '" + method + "' on 'ReadableStream': signal is not an AbortSignal");
    return { preventAbort, preventCancel, preventClose, signal };
  }
  function pipe(source, dest, opts) {
    const preventClose = opts.preventClose, preventAbort = opts.preventAbort, preventCancel = opts.preventCancel;
    const signal = opts.signal;
    const reader = source.getReader();
    const writer = dest.getWriter();
    source._disturbed = true;
    const done = deferred();
    let shuttingDown = false;
    let lastWrite = resolved(undefined);
    let onAbort = null;
    // Writes already handed to the writer finish before the pipe ends.
    const pendingWrites = () => {
      const w = lastWrite;
      return w.then(() => (w === lastWrite ? undefined : pendingWrites()), () => undefined);
    };
    function finalize(isError, error) {
      writer.releaseLock();
      reader.releaseLock();
      if (onAbort) signal.removeEventListener('abort', onAbort);
      if (isError) done.reject(error); else done.resolve(undefined);
    }
    function shutdown(action, isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      const run = () => {
        if (!action) { finalize(isError, error); return; }
        action().then(() => finalize(isError, error), (e) => finalize(true, e));
      };
      if (dest._state === 'writable' && !wsCloseQueuedOrInFlight(dest)) pendingWrites().then(run);
      else run();
    }
    if (signal !== undefined) {
      onAbort = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) actions.push(() => (dest._state === 'writable' ? wsAbort(dest, error) : resolved(undefined)));
        if (!preventCancel) actions.push(() => (source._state === 'readable' ? rsCancel(source, error) : resolved(undefined)));
        shutdown(() => Promise.all(actions.map((a) => a())), true, error);
      };
      if (signal.aborted) { onAbort(); return done.promise; }
      signal.addEventListener('abort', onAbort);
    }
    reader.closed.catch((e) => {
      if (!preventAbort) shutdown(() => wsAbort(dest, e), true, e);
      else shutdown(null, true, e);
    });
    // A source that closes is noticed even while the destination wants
    // no chunks (no read is pending then; a pending read ends the pipe
    // itself, after writing what it got).
    let reading = false;
    reader.closed.then(() => { if (!shuttingDown && !reading) closeDest(); }, () => {});
    writer.closed.catch((e) => {
      if (!preventCancel) shutdown(() => rsCancel(source, e), true, e);
      else shutdown(null, true, e);
    });
    const closeDest = () => {
      // WritableStreamDefaultWriterCloseWithErrorPropagation: an erroring
      // or errored destination gives its own error.
      if (!preventClose) shutdown(() => (dest._state === 'errored' || dest._state === 'erroring' ? Promise.reject(dest._error) : wsCloseQueuedOrInFlight(dest) || dest._state === 'closed' ? resolved(undefined) : writer.close()), false);
      else shutdown(null, false);
    };
    if (wsCloseQueuedOrInFlight(dest) || dest._state === 'closed') {
      const e = new TypeError('The destination writable stream closed before all data could be piped to it');
      if (!preventCancel) shutdown(() => rsCancel(source, e), true, e);
      else shutdown(null, true, e);
      return done.promise;
    }
    function step() {
      if (shuttingDown) return;
      writer.ready.then(() => {
        if (shuttingDown) return;
        reading = true;
        reader.read().then((r) => {
          reading = false;
          if (shuttingDown) return;
          if (r.done) { closeDest(); return; }
          lastWrite = writer.write(r.value);
          handled(lastWrite);
          step();
        }, () => { reading = false; });
      }, () => {});
    }
    step();
    return done.promise;
  }

  // streamOf makes the stream of a body held as bytes. It remembers them
  // (_bytes), so ReadResponse can still take them whole if nobody read the
  // stream (code often only tests `if (response.body)`).
  function streamOf(u8) {
    const s = new ReadableStream({ start(c) { if (u8.byteLength) c.enqueue(u8); c.close(); } });
    s._bytes = u8;
    return s;
  }
  async function readAllStream(stream) {
    const reader = stream.getReader();
    const chunks = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      // Only Uint8Array chunks are bytes (Fetch: "read all bytes").
      if (typedArrayTag(value) !== 'Uint8Array') throw new TypeError('Received non-Uint8Array chunk');
      chunks.push(value);
    }
    return concatU8(chunks);
  }

  // ---- WritableStream ------------------------------------------------
  const CLOSE = Symbol('close');
  class WritableStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get signal() { return this._abort.signal; }
    error(e) { if (this._s._state === 'writable') wsControllerError(this, e); }
    get [Symbol.toStringTag]() { return 'WritableStreamDefaultController'; }
  }
  function wsCloseQueuedOrInFlight(s) { return s._closeRequest !== undefined || s._inFlightClose !== undefined; }
  function wsDesiredSize(c) { return c._hwm - c._queueTotal; }
  function wsAbort(s, reason) {
    if (s._state === 'closed' || s._state === 'errored') return resolved(undefined);
    s._controller._abort.abort(reason);
    if (s._state === 'closed' || s._state === 'errored') return resolved(undefined);
    if (s._pendingAbort !== undefined) return s._pendingAbort.promise;
    const wasErroring = s._state === 'erroring';
    const d = deferred();
    d.reason = wasErroring ? undefined : reason;
    d.wasErroring = wasErroring;
    s._pendingAbort = d;
    if (!wasErroring) wsStartErroring(s, reason);
    return d.promise;
  }
  function wsClose(s) {
    if (s._state === 'closed' || s._state === 'errored') return Promise.reject(new TypeError('The stream is ' + s._state + ' and cannot be closed'));
    const d = deferred();
    s._closeRequest = d;
    const w = s._writer;
    if (w !== undefined && s._backpressure && s._state === 'writable') w._ready.resolve();
    const c = s._controller;
    c._queue.push(CLOSE, 0);
    wsAdvance(c);
    return d.promise;
  }
  function wsStartErroring(s, reason) {
    s._error = reason;
    s._state = 'erroring';
    const w = s._writer;
    if (w !== undefined) wsWriterRejectReady(w, reason);
    if (s._inFlightWrite === undefined && s._inFlightClose === undefined && s._controller._started) wsFinishErroring(s);
  }
  function wsFinishErroring(s) {
    s._state = 'errored';
    const c = s._controller;
    c._queue = [];
    c._queueTotal = 0;
    for (const r of s._writeRequests.splice(0)) r.reject(s._error);
    const abort = s._pendingAbort;
    if (abort === undefined) { wsRejectCloseAndClosed(s); return; }
    s._pendingAbort = undefined;
    if (abort.wasErroring) { abort.reject(s._error); wsRejectCloseAndClosed(s); return; }
    promiseCall(c._sink.abort, c._sink, abort.reason).then(
      () => { abort.resolve(undefined); wsRejectCloseAndClosed(s); },
      (e) => { abort.reject(e); wsRejectCloseAndClosed(s); });
  }
  function wsRejectCloseAndClosed(s) {
    if (s._closeRequest !== undefined) { s._closeRequest.reject(s._error); s._closeRequest = undefined; }
    const w = s._writer;
    if (w !== undefined) { handled(w._closed.promise); w._closed.reject(s._error); }
  }
  function wsDealWithRejection(s, e) {
    if (s._state === 'writable') { wsStartErroring(s, e); return; }
    wsFinishErroring(s);
  }
  function wsUpdateBackpressure(s, bp) {
    const w = s._writer;
    if (w !== undefined && bp !== s._backpressure) {
      if (bp) { w._ready = deferred(); handled(w._ready.promise); } else w._ready.resolve();
    }
    s._backpressure = bp;
  }
  function wsControllerError(c, e) { wsStartErroring(c._s, e); }
  function wsAdvance(c) {
    const s = c._s;
    if (!c._started || s._inFlightWrite !== undefined) return;
    if (s._state === 'erroring') { wsFinishErroring(s); return; }
    if (!c._queue.length) return;
    const chunk = c._queue[0];
    if (chunk === CLOSE) {
      s._inFlightClose = s._closeRequest;
      s._closeRequest = undefined;
      c._queue.splice(0, 2);
      promiseCall(c._sink.close, c._sink).then(() => {
        s._inFlightClose.resolve(undefined);
        s._inFlightClose = undefined;
        if (s._state === 'erroring') {
          s._error = undefined;
          if (s._pendingAbort !== undefined) { s._pendingAbort.resolve(undefined); s._pendingAbort = undefined; }
        }
        s._state = 'closed';
        if (s._writer !== undefined) s._writer._closed.resolve(undefined);
      }, (e) => {
        s._inFlightClose.reject(e);
        s._inFlightClose = undefined;
        if (s._pendingAbort !== undefined) { s._pendingAbort.reject(e); s._pendingAbort = undefined; }
        wsDealWithRejection(s, e);
      });
      return;
    }
    s._inFlightWrite = s._writeRequests.shift();
    promiseCall(c._sink.write, c._sink, chunk, c).then(() => {
      s._inFlightWrite.resolve(undefined);
      s._inFlightWrite = undefined;
      c._queue.shift();
      c._queueTotal -= c._queue.shift();
      if (c._queueTotal < 0) c._queueTotal = 0; // only rounding below zero is clamped
      if (!wsCloseQueuedOrInFlight(s) && s._state === 'writable') wsUpdateBackpressure(s, wsDesiredSize(c) <= 0);
      wsAdvance(c);
    }, (e) => {
      s._inFlightWrite.reject(e);
      s._inFlightWrite = undefined;
      wsDealWithRejection(s, e);
    });
  }
  function wsWriterRejectReady(w, reason) {
    if (w._readySettled) w._ready = deferred();
    handled(w._ready.promise);
    w._ready.reject(reason);
  }
  class WritableStreamDefaultWriter {
    constructor(stream) {
      if (!(stream instanceof WritableStream)) throw new TypeError('WritableStreamDefaultWriter needs a WritableStream');
      if (stream._writer !== undefined) throw new TypeError('WritableStream is locked');
      this._s = stream;
      stream._writer = this;
      this._ready = deferred();
      this._closed = deferred();
      handled(this._ready.promise);
      handled(this._closed.promise);
      const state = stream._state;
      if (state === 'writable') {
        if (wsCloseQueuedOrInFlight(stream) || !stream._backpressure) this._ready.resolve();
      } else if (state === 'erroring') {
        this._ready.reject(stream._error);
      } else if (state === 'closed') {
        this._ready.resolve();
        this._closed.resolve();
      } else {
        this._ready.reject(stream._error);
        this._closed.reject(stream._error);
      }
    }
    get closed() { return this._closed.promise; }
    get ready() { return this._ready.promise; }
    get desiredSize() {
      const s = this._s;
      if (!s) throw new TypeError('This writer has been released');
      if (s._state === 'errored' || s._state === 'erroring') return null;
      if (s._state === 'closed') return 0;
      return wsDesiredSize(s._controller);
    }
    abort(reason) {
      if (!this._s) return Promise.reject(new TypeError('This writer has been released'));
      return wsAbort(this._s, reason);
    }
    close() {
      const s = this._s;
      if (!s) return Promise.reject(new TypeError('This writer has been released'));
      if (wsCloseQueuedOrInFlight(s)) return Promise.reject(new TypeError('The stream is already closing'));
      return wsClose(s);
    }
    releaseLock() {
      const s = this._s;
      if (!s) return;
      const err = new TypeError('Writer was released');
      wsWriterRejectReady(this, err);
      if (this._closedSettled) this._closed = deferred();
      handled(this._closed.promise);
      this._closed.reject(err);
      s._writer = undefined;
      this._s = null;
    }
    write(chunk) {
      const s = this._s;
      if (!s) return Promise.reject(new TypeError('This writer has been released'));
      const c = s._controller;
      let size = 1;
      try { size = chunkSize(c._size, chunk); } catch (e) { if (s._state === 'writable') wsControllerError(c, e); }
      if (s._state === 'errored') return Promise.reject(s._error);
      if (wsCloseQueuedOrInFlight(s) || s._state === 'closed') return Promise.reject(new TypeError('The stream is closing or closed and cannot be written to'));
      if (s._state === 'erroring') return Promise.reject(s._error);
      const d = deferred();
      s._writeRequests.push(d);
      c._queue.push(chunk, size);
      c._queueTotal += size;
      if (!wsCloseQueuedOrInFlight(s) && s._state === 'writable') wsUpdateBackpressure(s, wsDesiredSize(c) <= 0);
      wsAdvance(c);
      return d.promise;
    }
    get [Symbol.toStringTag]() { return 'WritableStreamDefaultWriter'; }
  }
  // The writer's promises remember whether they settled: ready is replaced
  // by a new one only once the old one has settled.
  for (const k of ['_ready', '_closed']) {
    Object.defineProperty(WritableStreamDefaultWriter.prototype, k, {
      get() { return this[k + 'D']; },
      set(d) {
        this[k + 'D'] = d;
        this[k + 'Settled'] = false;
        const r = d.resolve, j = d.reject;
        d.resolve = (v) => { this[k + 'Settled'] = true; r(v); };
        d.reject = (e) => { this[k + 'Settled'] = true; j(e); };
      },
    });
  }
  class WritableStream {
    constructor(sink, strategy) {
      if (sink === null) throw new TypeError("Failed to construct 'WritableStream': the sink is not an object");
      if (sink === undefined) sink = {};
      else if (typeof sink !== 'object' && typeof sink !== 'function') throw new TypeError("Failed to construct 'WritableStream': the sink is not an object");
      const st = strategyOf(strategy, 1);
      sink = callbacksOf(sink, ['abort', 'close', 'start', 'type', 'write'], 'WritableStream');
      if (sink.type !== undefined) throw new RangeError("Failed to construct 'WritableStream': invalid type " + sink.type);
      this._state = 'writable';
      this._error = undefined;
      this._writer = undefined;
      this._writeRequests = [];
      this._inFlightWrite = undefined;
      this._closeRequest = undefined;
      this._inFlightClose = undefined;
      this._pendingAbort = undefined;
      this._backpressure = false;
      const c = Object.create(WritableStreamDefaultController.prototype);
      c._s = this;
      c._sink = sink;
      c._queue = [];
      c._queueTotal = 0;
      c._hwm = st.hwm;
      c._size = st.size;
      c._started = false;
      c._abort = new AbortController();
      this._controller = c;
      wsUpdateBackpressure(this, wsDesiredSize(c) <= 0);
      const started = typeof sink.start === 'function' ? sink.start(c) : undefined;
      resolved(started).then(() => { c._started = true; wsAdvance(c); }, (e) => { c._started = true; wsDealWithRejection(this, e); });
    }
    get locked() { return this._writer !== undefined; }
    abort(reason) {
      if (this._writer !== undefined) return Promise.reject(new TypeError('Cannot abort a locked stream'));
      return wsAbort(this, reason);
    }
    close() {
      if (this._writer !== undefined) return Promise.reject(new TypeError('Cannot close a locked stream'));
      if (wsCloseQueuedOrInFlight(this)) return Promise.reject(new TypeError('The stream is already closing'));
      return wsClose(this);
    }
    getWriter() { return new WritableStreamDefaultWriter(this); }
    get [Symbol.toStringTag]() { return 'WritableStream'; }
  }

  // ---- TransformStream -----------------------------------------------
  class TransformStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get desiredSize() { return rsDesiredSize(this._t._readable); }
    enqueue(chunk) { tsEnqueue(this._t, chunk); }
    error(e) { tsError(this._t, e); }
    terminate() {
      const t = this._t;
      const r = t._readable;
      if (rsCanCloseOrEnqueue(r)) rsCloseRequest(r);
      tsErrorWritable(t, new TypeError('The transform stream has been terminated'));
    }
    get [Symbol.toStringTag]() { return 'TransformStreamDefaultController'; }
  }
  function tsSetBackpressure(t, bp) {
    if (t._bpChange) t._bpChange.resolve(undefined);
    t._bpChange = deferred();
    t._backpressure = bp;
  }
  function tsEnqueue(t, chunk) {
    const r = t._readable;
    if (!rsCanCloseOrEnqueue(r)) throw new TypeError('The readable side of the transform stream is not in a state that permits enqueue');
    try { rsEnqueue(r, chunk); } catch (e) { tsErrorWritable(t, e); throw r._error; }
    const bp = !rsShouldPull(r);
    if (bp !== t._backpressure && bp) tsSetBackpressure(t, true);
  }
  function tsError(t, e) {
    rsError(t._readable, e);
    tsErrorWritable(t, e);
  }
  function tsErrorWritable(t, e) {
    const w = t._writable;
    if (w._state === 'writable') wsControllerError(w._controller, e);
    if (t._backpressure) tsSetBackpressure(t, false);
  }
  class TransformStream {
    constructor(transformer, writableStrategy, readableStrategy) {
      if (transformer === null) throw new TypeError("Failed to construct 'TransformStream': the transformer is not an object");
      if (transformer === undefined) transformer = {};
      if (transformer.readableType !== undefined) throw new RangeError('Invalid readableType');
      if (transformer.writableType !== undefined) throw new RangeError('Invalid writableType');
      const t = this;
      const c = Object.create(TransformStreamDefaultController.prototype);
      c._t = t;
      this._controller = c;
      const start = deferred();
      const transform = typeof transformer.transform === 'function'
        ? (chunk) => promiseCall(transformer.transform, transformer, chunk, c)
        : (chunk) => { try { tsEnqueue(t, chunk); return resolved(undefined); } catch (e) { return Promise.reject(e); } };
      const perform = (chunk) => transform(chunk).catch((e) => { tsError(t, e); throw e; });
      this._writable = new WritableStream({
        start: () => start.promise,
        write(chunk) {
          if (t._backpressure) {
            return t._bpChange.promise.then(() => {
              const w = t._writable;
              if (w._state === 'erroring') throw w._error;
              return perform(chunk);
            });
          }
          return perform(chunk);
        },
        // abort, close and the readable's cancel share one finish
        // promise (the Streams standard's [[finishPromise]]): whichever
        // comes first runs the transformer's cancel or flush, and the
        // others wait for its outcome.
        abort(reason) {
          if (t._finish) return t._finish.promise;
          const r = t._readable;
          const f = t._finish = deferred();
          handled(f.promise);
          promiseCall(transformer.cancel, transformer, reason).then(() => {
            if (r._state === 'errored') { f.reject(r._error); return; }
            rsError(r, reason);
            f.resolve(undefined);
          }, (e) => { rsError(r, e); f.reject(e); });
          return f.promise;
        },
        close() {
          if (t._finish) return t._finish.promise;
          const r = t._readable;
          const f = t._finish = deferred();
          handled(f.promise);
          promiseCall(transformer.flush, transformer, c).then(() => {
            if (r._state === 'errored') { f.reject(r._error); return; }
            if (rsCanCloseOrEnqueue(r)) rsCloseRequest(r);
            f.resolve(undefined);
          }, (e) => { rsError(r, e); f.reject(e); });
          return f.promise;
        },
      }, writableStrategy);
      this._readable = new ReadableStream({
        start: () => start.promise,
        pull() { tsSetBackpressure(t, false); return t._bpChange.promise; },
        cancel(reason) {
          if (t._finish) return t._finish.promise;
          const w = t._writable;
          const f = t._finish = deferred();
          handled(f.promise);
          promiseCall(transformer.cancel, transformer, reason).then(() => {
            if (w._state === 'errored') { f.reject(w._error); return; }
            tsErrorWritable(t, reason);
            f.resolve(undefined);
          }, (e) => { tsErrorWritable(t, e); f.reject(e); });
          return f.promise;
        },
      }, readableStrategy === undefined ? { highWaterMark: 0 } : readableStrategy);
      this._backpressure = undefined;
      this._bpChange = undefined;
      this._finish = undefined;
      tsSetBackpressure(this, true);
      try { start.resolve(typeof transformer.start === 'function' ? transformer.start(c) : undefined); } catch (e) { start.reject(e); throw e; }
    }
    get readable() { return this._readable; }
    get writable() { return this._writable; }
    get [Symbol.toStringTag]() { return 'TransformStream'; }
  }

  class TextEncoderStream extends TransformStream {
    constructor() {
      const enc = new TextEncoder();
      let high = '';
      super({
        transform(chunk, c) {
          let str = high + String(chunk);
          high = '';
          const last = str.charCodeAt(str.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) { high = str.slice(-1); str = str.slice(0, -1); }
          if (str) c.enqueue(enc.encode(str));
        },
        flush(c) { if (high) c.enqueue(enc.encode(high)); },
      });
    }
    get encoding() { return 'utf-8'; }
    get [Symbol.toStringTag]() { return 'TextEncoderStream'; }
  }
  class TextDecoderStream extends TransformStream {
    constructor(label, opts) {
      const dec = new TextDecoder(label, opts);
      super({
        transform(chunk, c) { const s = dec.decode(chunk, { stream: true }); if (s) c.enqueue(s); },
        flush(c) { const s = dec.decode(); if (s) c.enqueue(s); },
      });
      this._dec = dec;
    }
    get encoding() { return this._dec.encoding; }
    get fatal() { return this._dec.fatal; }
    get ignoreBOM() { return this._dec.ignoreBOM; }
    get [Symbol.toStringTag]() { return 'TextDecoderStream'; }
  }

