package jsrt

import "github.com/dop251/goja"

// NewProgram wraps a program compiled elsewhere (package bundle compiles
// the route bundle itself, to place compile errors in their modules).
func NewProgram(name string, p *goja.Program) *Program {
	return &Program{prog: p, name: name}
}
