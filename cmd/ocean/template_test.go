package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
)

func TestPublishTemplateFlag(t *testing.T) {
	flags := func(template uint64) *publishFlags {
		o := &publishFlags{urls: []string{"https://example.com/a.csv"}, free: true, template: template}
		o.meta.Name = "a"
		return o
	}
	for _, tmpl := range []uint64{datatoken.TemplateEnterprise, datatoken.TemplateStandard} {
		p, err := flags(tmpl).params()
		require.NoError(t, err)
		require.Equal(t, tmpl, p.Services[0].Pricing.Template)
	}
	code, _, stderr := runCLI(t, "", "publish", "--name", "a", "--url", "https://example.com/a.csv", "--free", "--template", "3")
	require.Equal(t, exitUsage, code)
	require.Contains(t, stderr, "--template must be 2 (Enterprise) or 1 (standard)")
	cmd := newPublishCommand(&env{})
	require.Equal(t, "2", cmd.Flags().Lookup("template").DefValue, "Enterprise stays the default")
}
