package app

import (
	_ "embed"
	"encoding/json"
	"errors"
	"strings"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/dop251/goja"
)

// envLookup reads a variable from import.meta.env's sources (.env files
// and the process environment).
func envLookup(env map[string]any) func(string) (string, bool) {
	return func(key string) (string, bool) {
		s, ok := env[key].(string)
		return s, ok
	}
}

// envModules validates env.schema against the build's environment (public
// variables; secrets too with env.validateSecrets), as Astro does at build,
// and writes the astro:env modules: public values are baked in, secrets
// are read when the module is first imported at run time (__cometEnvSchema,
// installed by envSetup), so they never reach dist/.
// envServerPrelude opens astro:env/server: __secret reads and validates a
// schema secret at run time, getSecret reads any variable unchecked.
//
//go:embed env_server.js
var envServerPrelude string

func envModules(cfg *config.Config) (map[string]string, error) {
	values, err := config.ValidateEnv(cfg.EnvSchema, envLookup(cfg.Env), cfg.EnvValidateSecrets)
	if err != nil {
		return nil, err
	}
	var client, server strings.Builder
	server.WriteString(envServerPrelude)
	for _, f := range cfg.EnvSchema {
		if f.Secret() {
			q, _ := json.Marshal(f.Key)
			server.WriteString("export let " + f.Key + " = __secret(" + string(q) + ");\n")
			continue
		}
		v, _ := json.Marshal(values[f.Key])
		if values[f.Key] == nil {
			v = []byte("undefined")
		}
		line := "export const " + f.Key + " = " + string(v) + ";\n"
		if f.Context == "client" {
			client.WriteString(line)
		} else {
			server.WriteString(line)
		}
	}
	if client.Len() == 0 {
		client.WriteString("export {};\n")
	}
	return map[string]string{"astro:env/client": client.String(), "astro:env/server": server.String()}, nil
}

// envSetup installs __cometEnvSchema: get(key) is getSecret's raw read of the
// run-time environment, secret(key) a schema secret validated as Astro's
// _internalGetSecret does ({value} or {error} with Astro's message).
func envSetup(vm *goja.Runtime, cfg *config.Config) error {
	lookup := envLookup(cfg.Env)
	fields := map[string]config.EnvField{}
	for _, f := range cfg.EnvSchema {
		fields[f.Key] = f
	}
	env := vm.NewObject()
	env.Set("get", func(key string) goja.Value {
		if s, ok := lookup(key); ok {
			return vm.ToValue(s)
		}
		return goja.Undefined()
	})
	env.Set("secret", func(key string) goja.Value {
		out := vm.NewObject()
		f, ok := fields[key]
		if !ok {
			out.Set("value", goja.Undefined())
			return out
		}
		values, err := config.ValidateEnv([]config.EnvField{f}, lookup, true)
		if err != nil {
			msg := err.Error()
			var d *diag.Diagnostic
			if errors.As(err, &d) {
				msg = d.Message
			}
			out.Set("error", msg)
			return out
		}
		if values[key] == nil {
			out.Set("value", goja.Undefined())
		} else {
			out.Set("value", values[key])
		}
		return out
	})
	return vm.Set("__cometEnvSchema", env)
}
