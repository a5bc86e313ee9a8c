// weakref.js gives goja (which has neither) WeakRef and
// FinalizationRegistry, which packages such as undici construct at load.
// A WeakRef here holds its target strongly and a registry never calls
// back: the spec lets an engine keep objects alive as long as it likes, so
// this is allowed behaviour, only never collecting.
(function () {
  if (typeof globalThis.WeakRef === 'undefined') {
    const targets = new WeakMap();
    class WeakRef {
      constructor(target) {
        if (target === null || (typeof target !== 'object' && typeof target !== 'function')) throw new TypeError('WeakRef: target must be an object');
        targets.set(this, target);
      }
      deref() { return targets.get(this); }
      get [Symbol.toStringTag]() { return 'WeakRef'; }
    }
    Object.defineProperty(globalThis, 'WeakRef', { value: WeakRef, writable: true, configurable: true });
  }
  if (typeof globalThis.FinalizationRegistry === 'undefined') {
    class FinalizationRegistry {
      constructor(cleanup) { if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable'); }
      register(target) { if (target === null || (typeof target !== 'object' && typeof target !== 'function')) throw new TypeError('FinalizationRegistry.prototype.register: target must be an object'); }
      unregister() { return false; }
      get [Symbol.toStringTag]() { return 'FinalizationRegistry'; }
    }
    Object.defineProperty(globalThis, 'FinalizationRegistry', { value: FinalizationRegistry, writable: true, configurable: true });
  }
})()
