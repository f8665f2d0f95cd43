package assets_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/ddo"
)

func userParams() []ddo.ConsumerParameter {
	return []ddo.ConsumerParameter{
		{Name: "iterations", Type: "number", Required: true, Default: ddo.StringValue("10")},
		{Name: "label", Type: "text", Default: ddo.StringValue("none")},
		{Name: "verbose", Type: "boolean", Default: ddo.StringValue("false")},
		{Name: "mode", Type: "select", Default: ddo.StringValue("fast"), Options: ddo.StringValue(`[{"fast":"Fast"},{"slow":"Slow"}]`)},
	}
}

func TestCheckUserData(t *testing.T) {
	t.Parallel()
	got, err := assets.CheckUserData(userParams(), map[string]any{"iterations": 3, "extra": "kept"})
	require.NoError(t, err)
	require.Equal(t, map[string]any{"iterations": 3, "label": "none", "verbose": false, "mode": "fast", "extra": "kept"}, got)
	got, err = assets.CheckUserData(userParams(), map[string]any{"iterations": 1.5, "mode": "slow", "verbose": true, "label": "x"})
	require.NoError(t, err)
	require.Equal(t, "slow", got["mode"])

	for _, c := range []struct {
		data map[string]any
		name string
	}{
		{map[string]any{}, "iterations"},
		{map[string]any{"iterations": nil}, "iterations"},
		{map[string]any{"iterations": "3"}, "iterations"},
		{map[string]any{"iterations": 3, "label": 5}, "label"},
		{map[string]any{"iterations": 3, "verbose": "yes"}, "verbose"},
		{map[string]any{"iterations": 3, "mode": "medium"}, "mode"},
	} {
		_, err := assets.CheckUserData(userParams(), c.data)
		var pe *assets.ParameterError
		require.True(t, errors.As(err, &pe), "%v: %v", c.data, err)
		require.Equal(t, c.name, pe.Name)
		require.ErrorIs(t, err, assets.ErrInvalidParams)
	}
}
