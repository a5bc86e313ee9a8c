package intl_test

import (
	"errors"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/intl"
	"github.com/dop251/goja"
)

// env is a bare goja runtime with only Intl installed: Intl depends on
// nothing else of the Web platform (webapi's tests check it is installed
// there too).
type env struct{ vm *goja.Runtime }

func newEnv(t testing.TB) *env {
	t.Helper()
	vm := goja.New()
	if err := intl.Install(vm); err != nil {
		t.Fatal(err)
	}
	return &env{vm: vm}
}

// exec runs fn on the runtime.
func (e *env) exec(fn func(vm *goja.Runtime) error) error { return fn(e.vm) }

// eval runs `(function () { body })()` and returns its result as a string
// ("undefined" for undefined), or the error's stack.
func (e *env) eval(body string) (string, error) {
	v, err := e.vm.RunString("(function () {" + body + "\n})()")
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			return "", errors.New(ex.String())
		}
		return "", err
	}
	if v == nil || goja.IsUndefined(v) {
		return "undefined", nil
	}
	return v.String(), nil
}

// jsCase is one table entry: JS (the body of a function) and the string
// its result should be.
type jsCase struct{ name, js, want string }

func runCases(t *testing.T, e *env, prefix string, cases []jsCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.eval(prefix + tc.js)
			if err != nil {
				t.Fatalf("%s\nerror: %v", tc.js, err)
			}
			if got != tc.want {
				t.Errorf("%s\ngot  %q\nwant %q", tc.js, got, tc.want)
			}
		})
	}
}
