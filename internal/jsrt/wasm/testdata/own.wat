;; own.wat: a module that exports its own memory and imports nothing.
(module
  (memory (export "memory") 1 4)
  (data (i32.const 0) "hi")
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
)
