package config

import (
	"strings"
	"testing"
)

// TestI18nConfig reads i18n as Astro 7's schema does: defaults, the
// routing strategy, and the refined validators' errors.
func TestI18nConfig(t *testing.T) {
	for _, tc := range []struct {
		conf, strategy, json, err string
	}{
		{`{ i18n: { locales: ['en', 'es'], defaultLocale: 'en' } }`, "pathname-prefix-other-locales",
			`{"i18n":{"defaultLocale":"en","locales":["en","es"],"strategy":"pathname-prefix-other-locales","fallbackType":"redirect","manual":false},"base":"/","trailingSlash":"ignore","format":"directory"}`, ""},
		{`{ site: 'https://a.b', i18n: { locales: ['en', { path: 'pt', codes: ['pt-BR'] }], defaultLocale: 'en', routing: { prefixDefaultLocale: true }, fallback: { pt: 'en' } } }`, "pathname-prefix-always-no-redirect",
			`{"i18n":{"defaultLocale":"en","locales":["en",{"path":"pt","codes":["pt-BR"]}],"fallback":{"pt":"en"},"strategy":"pathname-prefix-always-no-redirect","fallbackType":"redirect","manual":false},"base":"/","trailingSlash":"ignore","format":"directory","site":"https://a.b"}`, ""},
		{`{ i18n: { locales: ['en'], defaultLocale: 'en', routing: { prefixDefaultLocale: true, redirectToDefaultLocale: true, fallbackType: 'rewrite' } } }`, "pathname-prefix-always", "", ""},
		{`{ i18n: { locales: ['en'], defaultLocale: 'en', routing: 'manual' } }`, "manual", "", ""},
		{`{ output: 'server', site: 'https://a.b', i18n: { locales: ['en', 'fr'], defaultLocale: 'en', domains: { fr: 'https://fr.a.b' } } }`, "domains-prefix-other-locales", "", ""},
		{`{ i18n: { locales: ['en'], defaultLocale: 'fr' } }`, "", "", "The default locale `fr` is not present in the `i18n.locales` array"},
		{`{ i18n: { locales: ['en', 'es'], defaultLocale: 'en', fallback: { en: 'es' } } }`, "", "", "You can't use the default locale as a key"},
		{`{ i18n: { locales: ['en', 'es'], defaultLocale: 'en', fallback: { es: 'de' } } }`, "", "", "The locale `de` value in the `i18n.fallback` record doesn't exist in the `i18n.locales` array"},
		{`{ i18n: { locales: ['en'], defaultLocale: 'en', routing: { redirectToDefaultLocale: true } } }`, "", "", "can be used only when `i18n.routing.prefixDefaultLocale` is set to `true`"},
		{`{ i18n: { locales: ['en'], defaultLocale: 'en', routing: { fallbackType: 'x' } } }`, "", "", "i18n.routing.fallbackType"},
		{`{ i18n: { locales: ['en', 'fr'], defaultLocale: 'en', domains: { fr: 'https://fr.a.b' } } }`, "", "", "Domain support is only available when `output` is `\"server\"`"},
		{`{ i18n: { locales: 'en', defaultLocale: 'en' } }`, "", "", "i18n.locales  Expected type \"array\""},
	} {
		dir := project(t, map[string]string{"astro.config.mjs": "export default " + tc.conf + ";"})
		c, err := Load(dir, Overrides{})
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.conf, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.conf, err)
			continue
		}
		if got := c.I18n.Strategy(); got != tc.strategy {
			t.Errorf("%s: strategy %s, want %s", tc.conf, got, tc.strategy)
		}
		if tc.json != "" && c.ClientJSON() != tc.json {
			t.Errorf("%s: ClientJSON\n%s\nwant\n%s", tc.conf, c.ClientJSON(), tc.json)
		}
	}
}
