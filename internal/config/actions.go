package config

// readActionBodySizeLimit reads security.actionBodySizeLimit (bytes; Astro
// 7's default is 1 MiB), the largest action request body astro:actions
// reads before answering 413.
func (c *Config) readActionBodySizeLimit(raw map[string]any) []issue {
	s, ok := raw["security"].(map[string]any)
	if !ok {
		return nil
	}
	v, ok := s["actionBodySizeLimit"]
	if !ok || v == nil {
		return nil
	}
	n, ok := v.(float64)
	if !ok {
		if i, isInt := v.(int64); isInt {
			n, ok = float64(i), true
		}
	}
	if !ok {
		return []issue{{"security.actionBodySizeLimit", "Expected type \"number\", received \"" + jsType(v) + "\""}}
	}
	c.ActionBodySizeLimit = int64(n)
	return nil
}
