package intl

// Precompile compiles intl.js (once per process) so that Install finds it
// ready; webapi.Precompile runs it in a goroutine when a command starts.
func Precompile() { compileIntl() }
